import { z } from 'zod';
import { ProfessionSchema } from '../../src/domain';

export const AnswerSchema = z.union([z.string(), z.array(z.string())]);
export type Answer = z.infer<typeof AnswerSchema>;
export type Answers = Readonly<Record<string, Answer>>;

/**
 * Questions outside the question order: "are you sure you want to stop?", "is there danger now?" (beside the
 * guidance), "go on after the danger?", "keep the text you typed as the answer?", "is this a name after all?", and "is
 * this postcode (in no team's area) right?".
 */
export const PENDING = ['danger-confirm', 'stop-confirm', 'after-danger', 'use-held', 'identifying-confirm', 'postcode-confirm'] as const;
export type Pending = (typeof PENDING)[number];

/** A signal being put together: the answers so far, the order they were given in (for "terug"), and flags. */
export const DraftSchema = z.object({
  id: z.string().min(1),
  startedAt: z.number(),
  updatedAt: z.number(),
  answers: z.record(z.string(), AnswerSchema),
  history: z.array(z.string()),
  /** Direct danger was named: the signal becomes acute. */
  acute: z.boolean(),
  /** Something the bot asked outside the question order, waiting for its answer (see PENDING). */
  pending: z.enum(PENDING).optional(),
  /**
   * A text typed at a question and not (yet) stored as its answer: danger was named in it, or in an anonymous
   * consultation it may identify someone. Stored once the signaller confirms it; gone when they type another.
   */
  held: z.object({ question: z.string(), text: z.string(), earlier: z.boolean().optional() }).optional(),
  /** In a consultation: per question, what the signaller confirmed is not a name or personal detail. */
  notIdentifying: z.record(z.string(), z.array(z.string())).optional(),
  /** Notices said once per draft (e.g. why a hand-over became a consultation). */
  told: z.array(z.string()),
});
export type Draft = z.infer<typeof DraftSchema>;

/** What the bot remembers about the signaller beyond one draft. */
export const ProfileSchema = z.object({
  profession: ProfessionSchema.optional(),
  /** Offered back on the first card of the next signal, to confirm or change. */
  organisation: z.string().optional(),
  aandachtsfunctionaris: z.enum(['ja', 'nee']).optional(),
  lastSubmitted: z.object({ draftId: z.string(), reference: z.string(), teamName: z.string() }).optional(),
  /** A draft expired unseen; the user is told on their next visit. */
  draftExpired: z.boolean().optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const text = (answers: Answers, id: string): string | undefined => {
  const value = answers[id];
  return typeof value === 'string' ? value : undefined;
};

export const list = (answers: Answers, id: string): readonly string[] => {
  const value = answers[id];
  return Array.isArray(value) ? value : [];
};
