import type { Redis } from 'ioredis';
import {
  CLAIM_BUCKETS,
  COUNT_FIELDS,
  FIGURE_SETS,
  FIGURE_WINDOW_MS,
  MONTH_FIELDS,
  STUCK_DELIVERY_MS,
  WINDOWED_SETS,
  type FigureChange,
  type MonthField,
  type QueueFigures,
  type QueueStatus,
} from '../domain';
import { queueKeys } from './signal-keys';

/**
 * A Lua function the queue's scripts share: applies a FigureChange (see figureArgs) to the queue's figure keys, which
 * the script receives from KEYS[base] on (counters, the month, then the sets in FIGURE_SETS order). It runs inside
 * the script that makes the change, so the figures move in the same atomic step as the record, and only when the
 * record did.
 */
export const APPLY_FIGURES_LUA = `
local function apply_figures(base, spec)
  local f = cjson.decode(spec)
  for field, by in pairs(f.c) do redis.call('HINCRBY', KEYS[base], field, by) end
  for field, by in pairs(f.m) do redis.call('HINCRBY', KEYS[base + 1], field, by) end
  for _, w in ipairs(f.s) do
    local key = KEYS[base + 1 + w[1]]
    if w[2] == 'add' then
      redis.call('ZADD', key, w[4], w[3])
      if w[5] == 1 then redis.call('ZREMRANGEBYSCORE', key, '-inf', '(' .. f.t) end
    else
      redis.call('ZREM', key, w[3])
    end
  end
end
`;

/** How many keys {@link figureKeys} gives a script. */
export const FIGURE_KEY_COUNT = 2 + FIGURE_SETS.length;

/** The figure keys a change touches, in the order APPLY_FIGURES_LUA expects them. */
export function figureKeys(keyPrefix: string, teamId: string, month: string): string[] {
  const keys = queueKeys(keyPrefix, teamId);
  return [keys.figures, keys.month(month), ...FIGURE_SETS.map((set) => keys.figureSet(set))];
}

/** A FigureChange as the one script argument APPLY_FIGURES_LUA reads (scores as strings: Lua would round them). */
export function figureSpec(change: FigureChange): string {
  return JSON.stringify({
    c: change.counts,
    m: change.monthCounts,
    s: change.sets.map((w) =>
      w.op === 'add'
        ? [FIGURE_SETS.indexOf(w.set) + 1, 'add', w.member, String(w.score), WINDOWED_SETS.includes(w.set) ? 1 : 0]
        : [FIGURE_SETS.indexOf(w.set) + 1, 'remove', w.member],
    ),
    t: String(change.trimBefore),
  });
}

const GROUP = 'notifier';
/** The oldest undelivered jobs looked at per queue for the status card. */
const STUCK_SHOWN = 3;

type Reply = [Error | null, unknown];

/**
 * Reads and rebuilds the figures. The status read is two pipelined round trips whatever the number of signals: per
 * queue a fixed list of commands, each bounded (a counter hash of fixed fields, ZCOUNT by score, one ZRANGE by score
 * with LIMIT, XPENDING of the oldest three), then the failure counts of those few jobs.
 */
export function createRedisQueueFigures(options: { redis: Redis; keyPrefix: string }): QueueFigures {
  const { redis, keyPrefix } = options;
  const setKey = (teamId: string, set: (typeof FIGURE_SETS)[number]) => queueKeys(keyPrefix, teamId).figureSet(set);
  return {
    async status(teamIds, now) {
      const since = String(now - FIGURE_WINDOW_MS);
      const pipeline = redis.pipeline();
      for (const teamId of teamIds) {
        const keys = queueKeys(keyPrefix, teamId);
        pipeline.hmget(keys.figures, ...COUNT_FIELDS);
        pipeline.zrange(setKey(teamId, 'unclaimed'), '-inf', '+inf', 'BYSCORE', 'LIMIT', 0, 1, 'WITHSCORES');
        pipeline.zcount(setKey(teamId, 'due'), '-inf', String(now));
        for (const bucket of CLAIM_BUCKETS) pipeline.zcount(setKey(teamId, `claims:${bucket}`), since, '+inf');
        pipeline.zcount(setKey(teamId, 'transfers-in'), since, '+inf');
        pipeline.zcount(setKey(teamId, 'transfers-out'), since, '+inf');
        pipeline.exists(keys.channel);
        pipeline.xpending(keys.jobs, GROUP, '-', '+', STUCK_SHOWN);
      }
      const replies = ((await pipeline.exec()) ?? []) as Reply[];
      const per = 7 + CLAIM_BUCKETS.length;
      const value = (reply: Reply | undefined) => (reply && !reply[0] ? reply[1] : undefined);
      const read = teamIds.map((teamId, i) => {
        const [counts, oldest, due, ...rest] = replies.slice(i * per, (i + 1) * per).map(value);
        const claims = rest.slice(0, CLAIM_BUCKETS.length) as number[];
        const [transfersIn, transfersOut, linked, pending] = rest.slice(CLAIM_BUCKETS.length);
        // No consumer group yet (no notifier ran) is an error reply: nothing pending.
        const oldestPending = ((pending as Array<[string, string, number, number]> | undefined) ?? [])
          .map(([id]) => ({ id, since: Number(id.split('-')[0]) }))
          .filter((job) => now - job.since >= STUCK_DELIVERY_MS);
        return {
          teamId,
          counts: Object.fromEntries(COUNT_FIELDS.map((field, f) => [field, Number((counts as Array<string | null>)[f] ?? 0)]).filter(([, n]) => n !== 0)),
          ...((oldest as string[]).length === 2 ? { oldestUnclaimedAt: Number((oldest as string[])[1]) } : {}),
          pastDeadline: Number(due),
          claimTimes: Object.fromEntries(CLAIM_BUCKETS.map((bucket, b) => [bucket, Number(claims[b])])) as QueueStatus['claimTimes'],
          transfersIn: Number(transfersIn),
          transfersOut: Number(transfersOut),
          linked: Number(linked) === 1,
          oldestPending,
        };
      });
      // The failures of the few jobs shown, in one more round trip (nothing at all when none is stuck).
      const failures = redis.pipeline();
      for (const queue of read)
        if (queue.oldestPending.length > 0) failures.hmget(queueKeys(keyPrefix, queue.teamId).failures, ...queue.oldestPending.map((j) => j.id));
      const counts = failures.length > 0 ? (((await failures.exec()) ?? []) as Reply[]).map((r) => (value(r) as Array<string | null>) ?? []) : [];
      let next = 0;
      return read.map(({ oldestPending, ...queue }) => {
        const failed = oldestPending.length > 0 ? (counts[next++] ?? []) : [];
        return { ...queue, stuckDeliveries: oldestPending.map((job, j) => ({ since: job.since, failures: Number(failed[j] ?? 0) })) };
      });
    },
    async overdue(teamId, now, count) {
      const key = setKey(teamId, 'due');
      const [[, total], [, references]] = (await redis
        .multi()
        .zcount(key, '-inf', String(now))
        .zrange(key, '-inf', String(now), 'BYSCORE', 'LIMIT', 0, count)
        .exec()) as [[unknown, number], [unknown, string[]]];
      return { total, references };
    },
    async month(teamId, month) {
      const values = await redis.hmget(queueKeys(keyPrefix, teamId).month(month), ...MONTH_FIELDS);
      return Object.fromEntries(MONTH_FIELDS.flatMap((field, i) => (values[i] ? [[field, Number(values[i])]] : []))) as Partial<Record<MonthField, number>>;
    },
    async replace(teamId, rebuilt) {
      const keys = queueKeys(keyPrefix, teamId);
      // Month counts outlive the records (a purged signal's events stay counted): a rebuild can only add to them.
      const months = Object.entries(rebuilt.months);
      const earlier = await Promise.all(months.map(([month]) => redis.hmget(keys.month(month), ...MONTH_FIELDS)));
      const multi = redis.multi().del(keys.figures, ...FIGURE_SETS.map((set) => keys.figureSet(set)));
      const counts = Object.entries(rebuilt.counts).filter(([, n]) => n !== 0);
      if (counts.length > 0) multi.hset(keys.figures, Object.fromEntries(counts));
      for (const write of rebuilt.sets) multi.zadd(keys.figureSet(write.set), write.score, write.member);
      months.forEach(([month, fields], m) => {
        const larger = MONTH_FIELDS.flatMap((field, f) => {
          const n = Math.max(Number(earlier[m]?.[f] ?? 0), fields[field] ?? 0);
          return n > 0 ? [[field, n] as const] : [];
        });
        if (larger.length > 0) multi.hset(keys.month(month), Object.fromEntries(larger));
      });
      await multi.exec();
    },
  };
}
