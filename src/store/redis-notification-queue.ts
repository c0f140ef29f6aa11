import type { Redis } from 'ioredis';
import { NOTIFICATION_KINDS, PostedCardSchema, type NotificationJob, type NotificationQueue, type PostedCards } from '../domain';
import { queueKeys } from './signal-keys';

const GROUP = 'notifier';

/**
 * One take in one round trip on the queue's one key: make the consumer group if it is missing (from '0', so jobs
 * written before any notifier ran are delivered too), re-read this consumer's own pending jobs (which also tells the
 * others it is alive: their idle time starts again), read new ones, and claim what others left pending for staleMs.
 * So a sweep over every queue costs one command per queue.
 */
const TAKE_SCRIPT = `
redis.pcall('XGROUP', 'CREATE', KEYS[1], ARGV[1], '0', 'MKSTREAM')
local count = tonumber(ARGV[3])
local function entries(reply) if reply then return reply[1][2] end return {} end
local own = entries(redis.call('XREADGROUP', 'GROUP', ARGV[1], ARGV[2], 'COUNT', count, 'STREAMS', KEYS[1], '0'))
local fresh = {}
if #own < count then
  fresh = entries(redis.call('XREADGROUP', 'GROUP', ARGV[1], ARGV[2], 'COUNT', count - #own, 'STREAMS', KEYS[1], '>'))
end
local stale = redis.call('XAUTOCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[4], '0-0', 'COUNT', count)[2]
return {own, fresh, stale}
`;

type StreamEntry = [id: string, fields: string[] | null];
type ScriptedRedis = Redis & {
  wsTakeJobs(key: string, group: string, consumer: string, count: number, staleMs: number): Promise<[StreamEntry[], StreamEntry[], StreamEntry[]]>;
};

/** Redis streams with one consumer group per queue: pending entries survive a crash and move to a live instance. */
export function createRedisNotificationQueue(options: { redis: Redis; keyPrefix: string }): NotificationQueue {
  const { keyPrefix } = options;
  const redis = options.redis as ScriptedRedis;
  if (typeof redis.wsTakeJobs !== 'function') redis.defineCommand('wsTakeJobs', { numberOfKeys: 1, lua: TAKE_SCRIPT });

  const toJob = (teamId: string, [id, fields]: StreamEntry): NotificationJob | undefined => {
    const field = (name: string) => (fields?.includes(name) ? fields[fields.indexOf(name) + 1] : undefined);
    const kind = NOTIFICATION_KINDS.find((k) => k === field('kind'));
    const signalId = field('signal');
    return kind && signalId ? { id, teamId, kind, signalId, event: field('event') || undefined } : undefined;
  };

  return {
    async take(teamId, consumer, { count, staleMs }) {
      const [own, fresh, stale] = await redis.wsTakeJobs(queueKeys(keyPrefix, teamId).jobs, GROUP, consumer, count, staleMs);
      const seen = new Set<string>();
      return [...own, ...fresh, ...stale].flatMap((entry) => {
        // An entry whose fields were trimmed away (deleted) comes back empty: acknowledge-worthy, not a job.
        if (seen.has(entry[0]) || !entry[1]) return [];
        seen.add(entry[0]);
        const job = toJob(teamId, entry);
        return job ? [job] : [];
      });
    },
    async ack(teamId, jobId) {
      const keys = queueKeys(keyPrefix, teamId);
      await redis.multi().xack(keys.jobs, GROUP, jobId).hdel(keys.failures, jobId).exec();
    },
    async recordFailure(teamId, jobId) {
      await redis.hincrby(queueKeys(keyPrefix, teamId).failures, jobId, 1);
    },
  };
}

export function createRedisPostedCards(options: { redis: Redis; keyPrefix: string }): PostedCards {
  const { redis, keyPrefix } = options;
  return {
    async get(teamId, signalId) {
      const raw = await redis.hget(queueKeys(keyPrefix, teamId).cards, signalId);
      const parsed = raw === null ? undefined : PostedCardSchema.safeParse(JSON.parse(raw));
      return parsed?.success ? parsed.data : undefined;
    },
    async record(teamId, signalId, card) {
      await redis.hset(queueKeys(keyPrefix, teamId).cards, signalId, JSON.stringify(PostedCardSchema.parse(card)));
    },
    async forget(teamId, signalId) {
      await redis.hdel(queueKeys(keyPrefix, teamId).cards, signalId);
    },
  };
}
