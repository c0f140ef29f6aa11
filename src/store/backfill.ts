import type { Redis } from 'ioredis';
import {
  figuresFromRecords,
  followUpDueMs,
  isOpenStatus,
  needsFollowUp,
  ownerKeyOf,
  purgeDueMs,
  type FigureCalendar,
  type QueueFigures,
  type ReminderSchedule,
  type Signal,
} from '../domain';
import type { SignalCodec } from './signal-codec';
import { queueKeys, signallerIndexKey } from './signal-keys';

/**
 * Once, at deploy: what this release indexes and schedules when a signal is stored or changed, done for the signals
 * stored before it — each queue's reference index and worklist, the signallers' own index, and the follow-up and
 * purge schedules. It reads every record of every queue (SCAN), which no request ever does; it only adds what is
 * missing and changes no record, so it is safe to run again. A record it cannot open is counted, not touched.
 */
/** Every record of the given queues that opens (SCAN: for deploy-time work only, never a request); counts the rest. */
async function forEachStoredSignal(
  options: { readonly redis: Redis; readonly keyPrefix: string; readonly codec: SignalCodec; readonly teams: readonly string[] },
  handle: (team: string, signal: Signal) => Promise<void>,
): Promise<{ signals: number; unreadable: number }> {
  const { redis, keyPrefix, codec } = options;
  let signals = 0;
  let unreadable = 0;
  for (const team of options.teams) {
    const pattern = `${queueKeys(keyPrefix, team).signal('')}*`.replace(/[?[\]\\]/g, (c) => `\\${c}`);
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      for (const key of found) {
        const sealed = await redis.get(key);
        if (sealed === null) continue;
        let signal;
        try {
          signal = codec.decode(sealed, key);
        } catch {
          unreadable++;
          continue;
        }
        signals++;
        await handle(team, signal);
      }
    } while (cursor !== '0');
  }
  return { signals, unreadable };
}

export async function backfillIndexes(options: {
  readonly redis: Redis;
  readonly keyPrefix: string;
  readonly codec: SignalCodec;
  readonly teams: readonly string[];
  readonly followUps: Pick<ReminderSchedule, 'schedule'>;
  readonly purges: Pick<ReminderSchedule, 'schedule'>;
  readonly retentionMs: number;
}): Promise<{ signals: number; unreadable: number }> {
  const { redis, keyPrefix } = options;
  return forEachStoredSignal(options, async (team, signal) => {
    const keys = queueKeys(keyPrefix, team);
    await redis.hset(keys.refs, signal.reference, signal.id);
    if (isOpenStatus(signal.status)) await redis.zadd(keys.open, 'NX', Date.parse(signal.createdAt), signal.id);
    await redis.zadd(signallerIndexKey(keyPrefix, ownerKeyOf(signal)), Date.parse(signal.createdAt), `${team}|${signal.id}`);
    if (needsFollowUp(signal)) await options.followUps.schedule(team, signal.id, followUpDueMs(signal));
    const due = purgeDueMs(signal, options.retentionMs);
    if (due !== undefined) await options.purges.schedule(team, signal.id, due);
  });
}

/**
 * Recomputes every queue's figures from the records of all queues (see figuresFromRecords): once at deploy (the
 * signals stored before this release have no counters), and whenever the figures are in doubt. Changes made while it
 * reads are not in what it writes, so run it when the bot is quiet, or run it again; month counts only grow (a purged
 * signal's events are no longer in any record, but stay counted).
 */
export async function rebuildFigures(options: {
  readonly redis: Redis;
  readonly keyPrefix: string;
  readonly codec: SignalCodec;
  readonly teams: readonly string[];
  readonly figures: Pick<QueueFigures, 'replace'>;
  readonly calendar: FigureCalendar;
  readonly now: number;
}): Promise<{ signals: number; unreadable: number }> {
  const records: Signal[] = [];
  const counted = await forEachStoredSignal(options, async (_team, signal) => void records.push(signal));
  const rebuilt = figuresFromRecords(records, options.now, options.calendar);
  for (const team of options.teams) await options.figures.replace(team, rebuilt.get(team) ?? { counts: {}, sets: [], months: {} });
  return counted;
}
