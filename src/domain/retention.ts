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

/** Question 5 still to ask or to answer for a closed signal. */
export const followUpOpen = (signal: Signal): boolean =>
  signal.status === 'closed' && (!signal.followUp || (!signal.followUp.answer && !signal.followUp.undeliverableAt));

/** How long a stub waits for its follow-up at most: this long after the follow-up date. */
export const stubKeptUntilMs = (signal: Signal): number => Date.parse(`${signal.afweging.followUpDate}T00:00:00Z`) + FOLLOW_UP_GRACE_MS;

/**
 * When the signal's content goes, or undefined while it is open. A closed signal whose follow-up is still open is
 * then not purged but reduced to a stub (redactedForFollowUp); the stub goes once the follow-up is answered or found
 * undeliverable, or at the latest FOLLOW_UP_GRACE_MS after the follow-up date.
 */
export function purgeDueMs(signal: Signal, retentionMs: number): number | undefined {
  if (signal.erasure) return Date.parse(signal.erasure.at);
  const lastTransfer = signal.transfers?.at(-1);
  if (signal.status === 'transferred' && lastTransfer) return Date.parse(lastTransfer.at) + DAY_MS;
  if (signal.redactedAt) {
    const done = signal.followUp?.answeredAt ?? signal.followUp?.undeliverableAt;
    return done ? Date.parse(done) : stubKeptUntilMs(signal);
  }
  const ended = signal.status === 'closed' ? signal.lifecycle?.closedAt : signal.status === 'withdrawn' ? signal.withdrawal?.at : undefined;
  return ended ? Date.parse(ended) + retentionMs : undefined;
}

const GONE = '—';

/**
 * The stub kept for the follow-up: reference, team, dates, the codes of the afweging and the lifecycle, and where the
 * signaller is reached; every text anyone typed, the identity, the checklist, roles, questions, additions and notes
 * replaced or dropped. A hand-over becomes a consultation (its identity is what goes first).
 */
export function redactedForFollowUp(signal: Signal, at: string): Signal {
  const kept: Record<string, unknown> = { ...signal };
  for (const key of ['identity', 'questions', 'additions']) delete kept[key];
  const without = <T extends object>(value: T, key: string): T => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key)) as T;
  return {
    ...kept,
    mode: 'consultation',
    signaller: { ...signal.signaller, organisation: GONE },
    child: { ...signal.child, household: [] },
    observations: { codes: [], text: GONE, when: GONE, source: signal.observations.source, disclosure: { told: signal.observations.disclosure.told } },
    network: { protectiveRoles: [] },
    // A close note is kept as a mark only: 'other' as the outcome needs one.
    ...(signal.lifecycle?.closeNote ? { lifecycle: { ...signal.lifecycle, closeNote: GONE } } : {}),
    ...(signal.transfers ? { transfers: signal.transfers.map((t) => without(t, 'note')) } : {}),
    ...(signal.followUp ? { followUp: without(signal.followUp, 'note') } : {}),
    redactedAt: at,
    // Built from a copy with keys removed, so the compiler cannot follow; the store parses it as a Signal on write.
  } as unknown as Signal;
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
