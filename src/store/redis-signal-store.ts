import type { Redis } from 'ioredis';
import {
  AuditEventSchema,
  DomainError,
  formatReference,
  isOpenStatus,
  ownerKeyOf,
  withRetention,
  SignalSchema,
  followUpDueMs,
  figureCalendarOf,
  figureChange,
  FALLBACK_ONLY_ROUTING,
  type FigureCalendar,
  type AuditEvent,
  type ReminderSchedule,
  type Signal,
  type SignalStore,
  type WakeUps,
} from '../domain';
import { withReference, type SignalCodec } from './signal-codec';
import { queueKeys, referenceCounterKey, signallerIndexKey } from './signal-keys';
import { APPLY_FIGURES_LUA, FIGURE_KEY_COUNT, figureKeys, figureSpec } from './redis-figures';

// One atomic step on the queue's keys: store the signal (only if new), index it as open and by reference, schedule
// its card and audit it. A repeat of the same signal id changes nothing. Submit and the receiving half of a transfer
// both use it.
const SUBMIT_SCRIPT = `${APPLY_FIGURES_LUA}
if redis.call('SET', KEYS[1], ARGV[1], 'NX') == false then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
redis.call('HSET', KEYS[5], ARGV[5], ARGV[3])
redis.call('XADD', KEYS[3], '*', 'kind', 'new-signal', 'signal', ARGV[3])
redis.call('XADD', KEYS[4], '*', 'e', ARGV[4])
apply_figures(6, ARGV[6])
return 1
`;

// Compare-and-set on the sealed record (every seal has a fresh IV, so equal text means no change in between);
// the new record, its jobs and its audit event land together or not at all.
const UPDATE_SCRIPT = `${APPLY_FIGURES_LUA}
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
if ARGV[3] == 'done' then redis.call('ZREM', KEYS[2], ARGV[4]) else redis.call('ZADD', KEYS[2], 'NX', ARGV[5], ARGV[4]) end
redis.call('XADD', KEYS[4], '*', 'e', ARGV[6])
apply_figures(5, ARGV[7])
for i = 8, #ARGV, 2 do
  redis.call('XADD', KEYS[3], '*', 'kind', ARGV[i], 'signal', ARGV[4], 'event', ARGV[i + 1])
end
return 1
`;

// The queue's part of a purge, in one step: the record (compare-and-set on what was read, so the figures lose what
// it really was), its place on the worklist, its reference, where its card was posted, and the audit entry and the
// figures (only when there was a record, so a repeat changes nothing). -1: it changed since it was read.
const PURGE_SCRIPT = `${APPLY_FIGURES_LUA}
if ARGV[4] ~= '' and redis.call('GET', KEYS[1]) ~= ARGV[4] then return -1 end
local existed = redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
if ARGV[2] ~= '' then redis.call('HDEL', KEYS[3], ARGV[2]) end
redis.call('HDEL', KEYS[4], ARGV[1])
if existed == 1 then
  redis.call('XADD', KEYS[5], '*', 'e', ARGV[3])
  apply_figures(6, ARGV[5])
end
return existed
`;

// A signal sent back to a queue that still holds the copy it left there: that copy (compare-and-set on what was read)
// is replaced by the newer one, back on the worklist, its old card forgotten so a new one is posted, and audited.
const RECEIVE_AGAIN_SCRIPT = `${APPLY_FIGURES_LUA}
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
redis.call('HDEL', KEYS[5], ARGV[4])
redis.call('XADD', KEYS[3], '*', 'kind', 'new-signal', 'signal', ARGV[4])
redis.call('XADD', KEYS[4], '*', 'e', ARGV[5])
apply_figures(6, ARGV[6])
return 1
`;

const MAX_UPDATE_ATTEMPTS = 5;

/** Each script's own keys, then the figure keys (see figureKeys), then its arguments. */
type ScriptedRedis = Redis & {
  wsReceiveAgain(...keysAndArgs: Array<string | number>): Promise<number>;
  wsPurgeSignal(...keysAndArgs: string[]): Promise<number>;
  wsUpdateSignal(...keysAndArgs: Array<string | number>): Promise<number>;
  wsSubmitSignal(...keysAndArgs: Array<string | number>): Promise<number>;
};

/**
 * `wakeUps`, when given, hears of every queue write, after the atomic step and apart from it (another key, another
 * slot): a lost wake-up only delays the job until the notifier's next sweep.
 */
export function createRedisSignalStore(options: {
  redis: Redis;
  codec: SignalCodec;
  keyPrefix: string;
  wakeUps?: Pick<WakeUps, 'notify'>;
  /** Where each stored signal's follow-up (afweging question 5) is put on the schedule, when given. */
  followUps?: Pick<ReminderSchedule, 'schedule'>;
  /**
   * The schedules a purged signal is taken off. Not the purge schedule: its entry is what brings a purge stopped
   * halfway back, so the purge task removes it only after the purge.
   */
  unschedule?: ReadonlyArray<Pick<ReminderSchedule, 'cancel'>>;
  /** The teams' working time, for the claim-time figures; the fallback table's office hours when not given. */
  calendar?: FigureCalendar;
}): SignalStore {
  const { codec, keyPrefix } = options;
  const calendar = options.calendar ?? figureCalendarOf(FALLBACK_ONLY_ROUTING);
  /** The figure keys and the change as the scripts take them (see APPLY_FIGURES_LUA). */
  const figures = (teamId: string, before: Signal | undefined, after: Signal | undefined, at: string) => {
    const change = figureChange(before, after, Date.parse(at), calendar);
    return { keys: figureKeys(keyPrefix, teamId, change.month), spec: figureSpec(change) };
  };
  const wake = async (teamId: string) => options.wakeUps?.notify(teamId);
  const redis = options.redis as ScriptedRedis;
  if (typeof redis.wsSubmitSignal !== 'function') {
    redis.defineCommand('wsSubmitSignal', { numberOfKeys: 5 + FIGURE_KEY_COUNT, lua: SUBMIT_SCRIPT });
    redis.defineCommand('wsUpdateSignal', { numberOfKeys: 4 + FIGURE_KEY_COUNT, lua: UPDATE_SCRIPT });
    redis.defineCommand('wsPurgeSignal', { numberOfKeys: 5 + FIGURE_KEY_COUNT, lua: PURGE_SCRIPT });
    redis.defineCommand('wsReceiveAgain', { numberOfKeys: 5 + FIGURE_KEY_COUNT, lua: RECEIVE_AGAIN_SCRIPT });
  }

  /** A record that cannot be opened (a retired key) is still purged; its figures wait for the rebuild. */
  const decodedOrNothing = (sealed: string, key: string): Signal | undefined => {
    try {
      return codec.decode(sealed, key);
    } catch {
      return undefined;
    }
  };
  const read = async (key: string): Promise<Signal | undefined> => {
    const sealed = await redis.get(key);
    return sealed === null ? undefined : codec.decode(sealed, key);
  };

  /** Stores a signal new to its queue (see SUBMIT_SCRIPT); false when the queue has it already. */
  const store = async (signal: Signal, audit: AuditEvent): Promise<boolean> => {
    const keys = queueKeys(keyPrefix, signal.routing.teamId);
    const key = keys.signal(signal.id);
    const figured = figures(signal.routing.teamId, undefined, signal, audit.at);
    const created = await redis.wsSubmitSignal(
      key,
      keys.open,
      keys.jobs,
      keys.audit,
      keys.refs,
      ...figured.keys,
      codec.encode(SignalSchema.parse(signal), key),
      Date.parse(signal.createdAt),
      signal.id,
      JSON.stringify(AuditEventSchema.parse(audit)),
      signal.reference,
      figured.spec,
    );
    if (created === 1) await wake(signal.routing.teamId);
    // Its own slot, after the queue's step and again on every repeat (ZADD of the same member changes nothing).
    await options.followUps?.schedule(signal.routing.teamId, signal.id, followUpDueMs(signal));
    return created === 1;
  };

  return {
    async submit(signal) {
      const keys = queueKeys(keyPrefix, signal.routing.teamId);
      const key = keys.signal(signal.id);
      // The signaller's own index is a third slot: written after the queue's step, and again by every repeat of the
      // submit (ZADD of the same member is a no-op), so a crash in between is mended by Teams' re-delivery.
      const indexed = async (s: Signal) =>
        void (await redis.zadd(signallerIndexKey(keyPrefix, ownerKeyOf(s)), Date.parse(s.createdAt), `${s.routing.teamId}|${s.id}`));
      const existing = await read(key);
      if (existing) {
        await indexed(existing);
        await options.followUps?.schedule(existing.routing.teamId, existing.id, followUpDueMs(existing));
        return { reference: existing.reference, created: false };
      }
      const year = new Date(signal.createdAt).getUTCFullYear();
      const sequence = await redis.incr(referenceCounterKey(keyPrefix, year));
      const complete = withReference(signal, formatReference(year, sequence));
      const audit: AuditEvent = {
        at: complete.createdAt,
        action: 'signal-submitted',
        actor: complete.signaller.aadObjectId ?? 'signaller',
        teamId: complete.routing.teamId,
        signalId: complete.id,
      };
      if (await store(complete, audit)) {
        await indexed(complete);
        return { reference: complete.reference, created: true };
      }
      // Another run of the same turn stored it first: its reference is the one the user sees.
      const winner = (await read(key)) ?? complete;
      await indexed(winner);
      return { reference: winner.reference, created: false };
    },
    async receive(signal, audit) {
      // The signaller's index learns where it is now (the copy it left is purged a day later, with its entry).
      await redis.zadd(signallerIndexKey(keyPrefix, ownerKeyOf(signal)), Date.parse(signal.createdAt), `${signal.routing.teamId}|${signal.id}`);
      const keys = queueKeys(keyPrefix, signal.routing.teamId);
      const key = keys.signal(signal.id);
      const sealed = await redis.get(key);
      const there = sealed === null ? undefined : codec.decode(sealed, key);
      // Sent back here after it left: the newer copy (more transfers) replaces the one it left behind, once.
      if (sealed !== null && there?.status === 'transferred' && (signal.transfers?.length ?? 0) > (there.transfers?.length ?? 0)) {
        const figured = figures(signal.routing.teamId, there, signal, audit.at);
        const again = await redis.wsReceiveAgain(
          key,
          keys.open,
          keys.jobs,
          keys.audit,
          keys.cards,
          ...figured.keys,
          sealed,
          codec.encode(SignalSchema.parse(signal), key),
          Date.parse(signal.createdAt),
          signal.id,
          JSON.stringify(AuditEventSchema.parse(audit)),
          figured.spec,
        );
        if (again === 1) await wake(signal.routing.teamId);
        return { created: again === 1 };
      }
      return { created: await store(signal, audit) };
    },
    get: (teamId, signalId) => read(queueKeys(keyPrefix, teamId).signal(signalId)),
    async findByReference(teamId, reference) {
      return (await redis.hget(queueKeys(keyPrefix, teamId).refs, reference)) ?? undefined;
    },
    async purge(teamId, signalId, audit) {
      const keys = queueKeys(keyPrefix, teamId);
      const key = keys.signal(signalId);
      for (let attempt = 1; attempt <= MAX_UPDATE_ATTEMPTS; attempt++) {
        // What names the signal outside its queue goes first, while the record still says where: a purge stopped
        // halfway finds the record and does these again (each a no-op the second time).
        const sealed = await redis.get(key);
        const signal = sealed === null ? undefined : decodedOrNothing(sealed, key);
        if (signal) await redis.zrem(signallerIndexKey(keyPrefix, ownerKeyOf(signal)), `${teamId}|${signalId}`);
        for (const schedule of options.unschedule ?? []) await schedule.cancel(teamId, signalId);
        const figured = figures(teamId, signal, undefined, audit.at);
        const existed = await redis.wsPurgeSignal(
          key,
          keys.open,
          keys.refs,
          keys.cards,
          keys.audit,
          ...figured.keys,
          signalId,
          signal?.reference ?? '',
          JSON.stringify(AuditEventSchema.parse(audit)),
          sealed ?? '',
          figured.spec,
        );
        if (existed !== -1) return { purged: existed === 1 };
      }
      throw new DomainError('conflict', 'the signal kept changing while it was purged; the purge runs again');
    },
    async signalsOf(owners, count) {
      const lists = await Promise.all(
        owners.map((owner) => redis.zrevrangebyscore(signallerIndexKey(keyPrefix, owner), '+inf', '-inf', 'WITHSCORES', 'LIMIT', 0, count)),
      );
      return newestFirst(lists, count);
    },
    async openPage(teamId, offset, count) {
      const keys = queueKeys(keyPrefix, teamId);
      const [[, total], [, ids]] = (await redis
        .multi()
        .zcard(keys.open)
        .zrange(keys.open, offset, offset + count - 1)
        .exec()) as [[unknown, number], [unknown, string[]]];
      if (ids.length === 0) return { total, signals: [] };
      const sealed = await redis.mget(ids.map((id) => keys.signal(id)));
      // A record gone between the two reads (purged) is left out rather than failing the page.
      const signals = sealed.flatMap((value, i) => (value === null ? [] : [codec.decode(value, keys.signal(ids[i] ?? ''))]));
      return { total, signals };
    },

    async update(teamId, signalId, change) {
      const keys = queueKeys(keyPrefix, teamId);
      const key = keys.signal(signalId);
      for (let attempt = 1; attempt <= MAX_UPDATE_ATTEMPTS; attempt++) {
        const sealed = await redis.get(key);
        if (sealed === null) return { ok: false, notFound: true } as const;
        const current = codec.decode(sealed, key);
        const result = change(current);
        if ('refused' in result) return { ok: false, refused: result.refused } as const;
        const next = SignalSchema.parse(result.signal);
        const jobArgs = withRetention(current, next, result.jobs).flatMap((job) => [job.kind, job.event ?? '']);
        const figured = figures(teamId, current, next, result.audit.at);
        const written = await redis.wsUpdateSignal(
          key,
          keys.open,
          keys.jobs,
          keys.audit,
          ...figured.keys,
          sealed,
          codec.encode(next, key),
          isOpenStatus(next.status) ? 'open' : 'done',
          signalId,
          Date.parse(next.createdAt),
          JSON.stringify(AuditEventSchema.parse(result.audit)),
          figured.spec,
          ...jobArgs,
        );
        if (written === 1) {
          if (jobArgs.length > 0) await wake(teamId);
          return { ok: true, signal: next } as const;
        }
      }
      throw new DomainError('conflict', 'the signal kept changing; try again');
    },
  };
}

/** Several `[member, score, member, score, …]` lists as one, newest first, without repeats, cut at `count`. */
function newestFirst(lists: readonly string[][], count: number): Array<{ teamId: string; signalId: string }> {
  const all = new Map<string, number>();
  for (const list of lists) for (let i = 0; i + 1 < list.length; i += 2) all.set(list[i] ?? '', Number(list[i + 1]));
  return [...all.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .flatMap(([member]) => {
      const [teamId, signalId] = member.split('|');
      return teamId && signalId ? [{ teamId, signalId }] : [];
    });
}
