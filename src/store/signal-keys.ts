import { createHash } from 'node:crypto';
import type { FigureSet } from '../domain';

/**
 * Everything of one wijkteam's queue lives under its hash tag `{q:<team>}`, so one queue step (store a signal,
 * index it, schedule its notification, audit it) is one atomic script on one Cluster slot. The yearly reference
 * counter has its own key: handing out a number is the one step outside the queue's slot, made safe by storing
 * the signal with NX afterwards (a lost race only leaves a gap in the numbers).
 */
export function queueKeys(prefix: string, teamId: string) {
  const tag = `${prefix}{q:${teamId}}`;
  return {
    signal: (signalId: string) => `${tag}:signal:${signalId}`,
    /** Open signals by creation time (ms): the worklist, oldest first. */
    open: `${tag}:open`,
    /** Reference ("WS-2026-000123") → signal id, for finding a signal by the reference a signaller quotes. */
    refs: `${tag}:refs`,
    /** Notification jobs, consumed by the notifier's consumer group. */
    jobs: `${tag}:jobs`,
    /** Where each signal's card was posted: signal id → JSON. */
    cards: `${tag}:cards`,
    audit: `${tag}:audit`,
    /** Where the queue's cards go (see redis-channel-links.ts). */
    channel: `${tag}:channel`,
    /** Failed deliveries per pending job id, dropped when the job is acknowledged: what makes a delivery "stuck". */
    failures: `${tag}:failures`,
    /** The queue's figures for coordinators: counters by status and urgency (see queue-figures.ts). */
    figures: `${tag}:fig`,
    /** The figures' sorted sets (unclaimed by arrival, deadlines, claim times and transfers of the last week). */
    figureSet: (set: FigureSet) => `${tag}:fig:${set}`,
    /** A month's count of events (in, claimed in time, closed by outcome, …), kept after the signals are purged. */
    month: (month: string) => `${tag}:month:${month}`,
  };
}

/** Kept for the signal key alone, as the stores and tests use it. */
export function signalKeys(prefix: string, teamId: string) {
  return { signal: queueKeys(prefix, teamId).signal };
}

export function referenceCounterKey(prefix: string, year: number): string {
  return `${prefix}seq:reference:${year}`;
}

/**
 * One signaller's signals (see signallerKeysOf), under a tag of its own: `teamId|signalId` by time of sending. The
 * owner key is hashed, as Teams and Entra ids may hold the braces that delimit a hash tag.
 */
export function signallerIndexKey(prefix: string, owner: string): string {
  return `${prefix}{s:${createHash('sha256').update(owner, 'utf8').digest('base64url').slice(0, 22)}}:signals`;
}
