import { randomId } from './ids';
import { z } from 'zod';
import { ActorSchema, type Actor } from './signal-lifecycle';

/**
 * A question the intake worker asked the signaller, and the answer. Both texts are personal content, so they live
 * only here, inside the sealed signal record: the lifecycle history, the audit trail, the notification jobs and the
 * cards' button data carry the question id only.
 */

export const SIGNAL_QUESTION_MAX = 1000;
export const SIGNAL_ANSWER_MAX = 1000;

/** "q_" and twelve base-36 characters: short enough for a card's button data, random so it cannot be guessed. */
export const SignalQuestionIdSchema = z.string().regex(/^q_[a-z0-9]{12}$/);

export const QuestionTextSchema = z.string().trim().min(1).max(SIGNAL_QUESTION_MAX);
export const AnswerTextSchema = z.string().trim().min(1).max(SIGNAL_ANSWER_MAX);

export const SignalQuestionSchema = z.strictObject({
  id: SignalQuestionIdSchema,
  askedBy: ActorSchema,
  askedAt: z.iso.datetime(),
  text: QuestionTextSchema,
  answer: z.strictObject({ text: AnswerTextSchema, at: z.iso.datetime() }).optional(),
});
export type SignalQuestion = z.infer<typeof SignalQuestionSchema>;

export function newQuestionId(): string {
  return randomId('q_');
}

/** Anything that carries questions, like a Signal. */
interface QuestionHolder {
  readonly questions?: readonly SignalQuestion[];
}

export function questionOf(holder: QuestionHolder, questionId: string): SignalQuestion | undefined {
  return holder.questions?.find((q) => q.id === questionId);
}

/** The holder with one more question, not yet answered. */
export function withQuestion<T extends QuestionHolder>(holder: T, question: { id: string; askedBy: Actor; askedAt: string; text: string }): T {
  return { ...holder, questions: [...(holder.questions ?? []), { ...question }] };
}

/** The holder with the answer stored on its question; undefined when there is no such question or it was answered. */
export function withAnswer<T extends QuestionHolder>(holder: T, questionId: string, answer: { text: string; at: string }): T | undefined {
  const question = questionOf(holder, questionId);
  if (!question || question.answer) return undefined;
  return { ...holder, questions: (holder.questions ?? []).map((q) => (q.id === questionId ? { ...q, answer: { ...answer } } : q)) };
}
