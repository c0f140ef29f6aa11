import {
  SIGNAL_ANSWER_MAX,
  SIGNAL_QUESTION_MAX,
  SignalQuestionIdSchema,
  SignalSchema,
  applyTransition,
  lifecycleOf,
  newQuestionId,
  questionOf,
  withAnswer,
  withLifecycle,
  withQuestion,
  type Actor,
  type LifecycleCommand,
  type Signal,
} from '../../src/domain';
import { consultationSignal } from '../fixtures/signal';

const ANNA: Actor = { aadObjectId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', name: 'Anna Intake' };
const T1 = '2026-11-23T10:00:00.000Z';
const T2 = '2026-11-23T11:00:00.000Z';

function step(signal: Signal, command: LifecycleCommand, at = T1): Signal {
  const result = applyTransition(lifecycleOf(signal), command, ANNA, at);
  if (!result.ok) throw result.error;
  return withLifecycle(signal, result.state);
}

/** A consultation, claimed, with one question asked (waiting for the signaller). */
function askedSignal(text = 'Sinds wanneer zie je dit?') {
  const id = newQuestionId();
  const claimed = step(SignalSchema.parse({ ...consultationSignal(), reference: 'WS-2026-000001' }), { verb: 'claim' });
  const signal = withQuestion(step(claimed, { verb: 'ask', questionId: id }), { id, askedBy: ANNA, askedAt: T1, text });
  return { id, signal };
}

describe('questions in the signal record', () => {
  it('a consultation with a question and its answer is valid; the lifecycle carries the id only', () => {
    const { id, signal } = askedSignal();
    const answered = withAnswer(step(signal, { verb: 'answer', questionId: id }, T2), id, { text: 'Sinds de herfstvakantie.', at: T2 });
    const parsed = SignalSchema.parse(answered);
    expect(parsed.questions).toEqual([
      { id, askedBy: ANNA, askedAt: T1, text: 'Sinds wanneer zie je dit?', answer: { text: 'Sinds de herfstvakantie.', at: T2 } },
    ]);
    expect(JSON.stringify(parsed.lifecycle)).not.toContain('herfstvakantie');
    expect(JSON.stringify(parsed.lifecycle)).not.toContain('Sinds wanneer');
    expect(parsed.lifecycle?.history.map((e) => e.verb)).toEqual(['claim', 'ask', 'answer']);
  });

  it('a consultation with questions still rejects name fields', () => {
    const { signal } = askedSignal();
    expect(SignalSchema.safeParse(signal).success).toBe(true);
    expect(SignalSchema.safeParse({ ...signal, identity: { childName: 'X.' } }).success).toBe(false);
    expect(SignalSchema.safeParse({ ...signal, child: { ...signal.child, name: 'Pietje' } }).success).toBe(false);
  });

  it.each<[string, (s: Signal, id: string) => unknown]>([
    ['a question over the limit', (s, id) => ({ ...s, questions: [{ id, askedBy: ANNA, askedAt: T1, text: 'x'.repeat(SIGNAL_QUESTION_MAX + 1) }] })],
    ['an empty question', (s, id) => ({ ...s, questions: [{ id, askedBy: ANNA, askedAt: T1, text: '   ' }] })],
    [
      'an answer over the limit',
      (s, id) => ({ ...s, questions: [{ id, askedBy: ANNA, askedAt: T1, text: 'Vraag', answer: { text: 'x'.repeat(SIGNAL_ANSWER_MAX + 1), at: T2 } }] }),
    ],
    ['a name slipped into a question', (s, id) => ({ ...s, questions: [{ id, askedBy: ANNA, askedAt: T1, text: 'Vraag', childName: 'Pietje' }] })],
    [
      'a name slipped into an answer',
      (s, id) => ({ ...s, questions: [{ id, askedBy: ANNA, askedAt: T1, text: 'Vraag', answer: { text: 'A', at: T2, by: 'Jan' } }] }),
    ],
    ['a question id that is not ours', (s) => ({ ...s, questions: [{ id: 'vraag-1', askedBy: ANNA, askedAt: T1, text: 'Vraag' }] })],
    ['the same question id twice', (s) => ({ ...s, questions: [s.questions![0], { ...s.questions![0], text: 'Nog een' }] })],
    ['a question without who asked', (s, id) => ({ ...s, questions: [{ id, askedAt: T1, text: 'Vraag' }] })],
  ])('rejects %s', (_name, make) => {
    const { id, signal } = askedSignal();
    expect(SignalSchema.safeParse(make(signal, id)).success).toBe(false);
  });

  it('question ids are short, random and ours', () => {
    const ids = Array.from({ length: 500 }, newQuestionId);
    for (const id of ids) expect(SignalQuestionIdSchema.safeParse(id).success).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('an answer goes to its own question once: a second answer or an unknown question changes nothing', () => {
    const { id, signal } = askedSignal();
    const answered = withAnswer(signal, id, { text: 'Eerste', at: T2 })!;
    expect(questionOf(answered, id)?.answer?.text).toBe('Eerste');
    expect(withAnswer(answered, id, { text: 'Tweede', at: T2 })).toBeUndefined();
    expect(withAnswer(signal, newQuestionId(), { text: 'Elders', at: T2 })).toBeUndefined();
    expect(questionOf(signal, id)?.answer).toBeUndefined();
  });
});
