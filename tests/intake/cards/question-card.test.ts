import { CardFactory } from 'botbuilder';
import { signallerQuestionCard } from '../../../src/intake/cards/question-card';
import { SIGNAL_ANSWER_MAX, SIGNAL_QUESTION_MAX, SignalSchema, newQuestionId, type Signal, type SignalQuestion } from '../../../src/domain';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import { consultationSignal } from '../../fixtures/signal';
import { TEAMS, checkCard, objectsOfType } from '../../helpers/validate-card';

const ANNA = { aadObjectId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', name: 'Anna Intake' };
const signal: Signal = SignalSchema.parse({ ...consultationSignal(), reference: 'WS-2026-000042' });
const question = (text: string, answer?: string): SignalQuestion => ({
  id: newQuestionId(),
  askedBy: ANNA,
  askedAt: '2026-11-23T10:30:00.000Z',
  text,
  ...(answer === undefined ? {} : { answer: { text: answer, at: '2026-11-23T12:00:00.000Z' } }),
});

describe('the question card in the signaller’s 1:1 chat', () => {
  it.each([
    ['nl', nl, 'Antwoord versturen', 'Vraag over je signaal WS-2026-000042'],
    ['en', en, 'Send answer', 'Question about your signal WS-2026-000042'],
  ] as const)('%s: reference, team, question, an answer field and a Submit button with ids only', (_lang, texts, send, title) => {
    const q = question('Sinds wanneer?');
    const card = signallerQuestionCard(signal, q, 'Wijkteam Noord', texts);
    const check = checkCard(card);
    expect([...check.parseEvents, ...check.validationEvents, ...check.unknownProperties]).toEqual([]);
    expect(card.version).toBe(TEAMS.schemaVersion);
    expect(JSON.stringify(card)).toContain(title);
    expect(JSON.stringify(card)).toContain('Wijkteam Noord');
    expect(objectsOfType(card, 'Input.Text')).toEqual([
      expect.objectContaining({ id: 'answer', isMultiline: true, maxLength: SIGNAL_ANSWER_MAX, isRequired: true }),
    ]);
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: send, style: 'positive', data: { ws: 'signal-answer', signalId: signal.id, teamId: 'noord', questionId: q.id } },
    ]);
  });

  it('shows the question as typed, never as markdown, and fits a Teams message at the longest', () => {
    const typed = '**vet** [klik](https://example.invalid) ';
    const card = signallerQuestionCard(signal, question(typed.repeat(40).slice(0, SIGNAL_QUESTION_MAX)), 'Wijkteam Noord', nl);
    const runs = objectsOfType(card, 'TextRun').map((r) => String(r.text));
    expect(runs.join('')).toContain('**vet** [klik](https://example.invalid)');
    const blocks = objectsOfType(card, 'TextBlock').map((b) => String(b.text));
    expect(blocks.some((b) => b.includes('[klik]'))).toBe(false);
    const longest = signallerQuestionCard(signal, question('€'.repeat(SIGNAL_QUESTION_MAX)), 'Wijkteam Noord', nl);
    expect(Buffer.byteLength(JSON.stringify(CardFactory.adaptiveCard(longest)))).toBeLessThan(TEAMS.maxBytes - 4 * 1024);
  });

  it('asks for no names on an anonymous consultation only', () => {
    expect(JSON.stringify(signallerQuestionCard(signal, question('Vraag'), 'Wijkteam Noord', nl))).toContain('noem geen namen');
    const handover = { ...signal, mode: 'handover' } as unknown as Signal;
    expect(JSON.stringify(signallerQuestionCard(handover, question('Vraag'), 'Wijkteam Noord', nl))).not.toContain('noem geen namen');
  });
});
