import { z } from 'zod';
import type { Signal } from './signal';

/**
 * When a signal's content goes: a closed or withdrawn signal `retentionMs` after it was closed or withdrawn; the copy
 * a transfer left behind a day after the transfer (the team it went to has its own copy); a signal an admin asked to
 * erase (a correction, or a request under the AVG handled by the wijkteam) at once. An open signal is kept. Pure.
 */

export const ERASURE_REASONS = ['correction', 'avg-request'] as const;
export const ErasureReasonSchema = z.enum(ERASURE_REASONS);
export type ErasureReason = z.infer<typeof ErasureReasonSchema>;
export const ErasureSchema = z.strictObject({ at: z.iso.datetime(), reason: ErasureReasonSchema, by: z.string().min(1).max(100) });

const DAY_MS = 24 * 60 * 60 * 1000;
/** A follow-up still to ask or to answer keeps the signal until this long after its date (see purgeDueMs). */
export const FOLLOW_UP_GRACE_MS = 30 * DAY_MS;

/** When the signal may be purged, or undefined while it is open. */
export function purgeDueMs(signal: Signal, retentionMs: number): number | undefined {
  if (signal.erasure) return Date.parse(signal.erasure.at);
  const lastTransfer = signal.transfers?.at(-1);
  if (signal.status === 'transferred' && lastTransfer) return Date.parse(lastTransfer.at) + DAY_MS;
  const ended = signal.status === 'closed' ? signal.lifecycle?.closedAt : signal.status === 'withdrawn' ? signal.withdrawal?.at : undefined;
  if (!ended) return undefined;
  const due = Date.parse(ended) + retentionMs;
  // Question 5 still to come or unanswered: kept until it is answered, found undeliverable, or long past its date.
  // (Keeping only a minimal stub for it meanwhile is the next step; until then the whole record waits.)
  const followUpOpen = signal.status === 'closed' && (!signal.followUp || (!signal.followUp.answer && !signal.followUp.undeliverableAt));
  return followUpOpen ? Math.max(due, Date.parse(`${signal.afweging.followUpDate}T00:00:00Z`) + FOLLOW_UP_GRACE_MS) : due;
}

/**
 * The jobs of a change, with a 'retention' job added when the change gives the signal a purge date it did not have
 * (closed, withdrawn, moved on, to be erased): added by the store in the same atomic step as the change, so the purge
 * is scheduled at least once whatever crashes after.
 */
export function withRetention<J extends { readonly kind: string }>(
  before: Signal,
  after: Signal,
  jobs: readonly J[],
): Array<J | { readonly kind: 'retention'; readonly signalId: string; readonly event?: string }> {
  const due = (s: Signal) => purgeDueMs(s, 0);
  return due(after) !== undefined && due(after) !== due(before) ? [...jobs, { kind: 'retention', signalId: after.id }] : [...jobs];
}
