import { z } from 'zod';
import { isWorkingTime, type HolidayRules, type OfficeHours } from './working-time';
import type { Signal } from './signal';

/**
 * Afweging question 5, asked of the signaller on the follow-up date: has the help led to lasting safety for the
 * child? Asked once, on a working day between 09:00 and 16:00 in Amsterdam (a person at work, not at night).
 */

export const FOLLOW_UP_ANSWERS = ['yes', 'no', 'unknown'] as const;
export const FollowUpAnswerSchema = z.enum(FOLLOW_UP_ANSWERS);
export type FollowUpAnswer = z.infer<typeof FollowUpAnswerSchema>;
export const FOLLOW_UP_NOTE_MAX = 1000;

export const FollowUpSchema = z.strictObject({
  /** When the question was decided on (once); the card is then delivered at least once. */
  askedAt: z.iso.datetime(),
  answer: FollowUpAnswerSchema.optional(),
  answeredAt: z.iso.datetime().optional(),
  /** What the signaller wrote with the answer: content, sealed record and Details only. */
  note: z.string().trim().min(1).max(FOLLOW_UP_NOTE_MAX).optional(),
  /** The signaller could not be reached (left the organisation, blocked the bot): recorded, not retried forever. */
  undeliverableAt: z.iso.datetime().optional(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

const SENDING_HOURS: OfficeHours = { mon: '09:00-16:00', tue: '09:00-16:00', wed: '09:00-16:00', thu: '09:00-16:00', fri: '09:00-16:00', sat: null, sun: null };

/** Whether the follow-up may be sent now: a working day, not a public holiday, 09:00 to 16:00 Europe/Amsterdam. */
export function isFollowUpSendingTime(instant: Date, holidays: HolidayRules): boolean {
  return isWorkingTime({ officeHours: SENDING_HOURS }, instant, holidays);
}

/** When the follow-up falls due: the start of its date (the sending window decides the hour). */
export const followUpDueMs = (signal: Pick<Signal, 'afweging'>): number => Date.parse(`${signal.afweging.followUpDate}T00:00:00Z`);

/** Who gets the question: a signal still with a team (not withdrawn, not the copy a transfer left behind), once. */
export function needsFollowUp(signal: Signal): boolean {
  return signal.followUp === undefined && signal.status !== 'withdrawn' && signal.status !== 'transferred';
}

/** The answer, once; a second answer (a second press) changes nothing. */
export function withFollowUpAnswer(
  signal: Signal,
  answer: { readonly answer: FollowUpAnswer; readonly note?: string },
  at: string,
): { ok: true; signal: Signal } | { ok: false; reason: 'not-asked' | 'already-answered' } {
  const asked = signal.followUp;
  if (!asked) return { ok: false, reason: 'not-asked' };
  if (asked.answer) return { ok: false, reason: 'already-answered' };
  const note = answer.note?.trim().slice(0, FOLLOW_UP_NOTE_MAX);
  return { ok: true, signal: { ...signal, followUp: { ...asked, answer: answer.answer, answeredAt: at, ...(note ? { note } : {}) } } };
}
