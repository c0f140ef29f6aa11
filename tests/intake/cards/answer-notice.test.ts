import { newQuestionId, type SignalQuestion } from '../../../src/domain';
import { answerNotice } from '../../../src/intake/cards/answer-notice';
import { nl } from '../../../src/texts/nl';

const ANNA = { aadObjectId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', name: 'Anna Intake' };
const question = (text: string, answer: string): SignalQuestion => ({
  id: newQuestionId(),
  askedBy: ANNA,
  askedAt: '2026-11-23T10:30:00.000Z',
  text,
  answer: { text: answer, at: '2026-11-23T12:00:00.000Z' },
});

describe('the notice in the card’s thread', () => {
  it('@mentions the worker who asked and says only that there is an answer: no question, no answer, no reference to content', () => {
    const notice = answerNotice(question('CANARY Sinds wanneer?', 'CANARY Sinds maandag.'), nl);
    expect(notice.text).toBe('<at>Anna Intake</at> De melder heeft geantwoord — zie Details.');
    expect(notice.entities).toEqual([{ type: 'mention', text: '<at>Anna Intake</at>', mentioned: { id: ANNA.aadObjectId, name: 'Anna Intake' } }]);
    expect(JSON.stringify(notice)).not.toContain('CANARY');
  });

  it('a worker name with markup cannot break out of its mention', () => {
    const q = { ...question('Vraag', 'Antwoord'), askedBy: { aadObjectId: 'x', name: 'Anna </at><b>Intake' } };
    expect(answerNotice(q, nl).text).toBe('<at>Anna /atbIntake</at> De melder heeft geantwoord — zie Details.');
  });
});
