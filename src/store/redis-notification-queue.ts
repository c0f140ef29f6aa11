import type { Redis } from 'ioredis';
import { NOTIFICATION_KINDS, PostedCardSchema, type NotificationJob, type NotificationQueue, type PostedCards } from '../domain';
import { queueKeys } from './signal-keys';

const GROUP = 'notifier';

type StreamEntry = [id: string, fields: string[]];

/** Redis streams with one consumer group per queue: pending entries survive a crash and move to a live instance. */
export function createRedisNotificationQueue(options: { redis: Redis; keyPrefix: string }): NotificationQueue {
  const { redis, keyPrefix } = options;
  const groupsMade = new Set<string>();

  const ensureGroup = async (key: string) => {
    if (groupsMade.has(key)) return;
    try {
      // From '0': jobs written before any notifier ran (the queue's first signals) are delivered too.
      await redis.xgroup('CREATE', key, GROUP, '0', 'MKSTREAM');
    } catch (err) {
      if (!(err instanceof Error) || !err.message.includes('BUSYGROUP')) throw err;
    }
    groupsMade.add(key);
  };

  const toJob = (teamId: string, [id, fields]: StreamEntry): NotificationJob | undefined => {
    const field = (name: string) => (fields.includes(name) ? fields[fields.indexOf(name) + 1] : undefined);
    const kind = NOTIFICATION_KINDS.find((k) => k === field('kind'));
    const signalId = field('signal');
    return kind && signalId ? { id, teamId, kind, signalId, event: field('event') || undefined } : undefined;
  };

  const read = async (key: string, consumer: string, count: number, from: '0' | '>') => {
    const result = (await redis.xreadgroup('GROUP', GROUP, consumer, 'COUNT', count, 'STREAMS', key, from)) as Array<[string, StreamEntry[]]> | null;
    return result?.[0]?.[1] ?? [];
  };

  return {
    async take(teamId, consumer, { count, staleMs }) {
      const key = queueKeys(keyPrefix, teamId).jobs;
      await ensureGroup(key);
      const own = await read(key, consumer, count, '0');
      const fresh = own.length < count ? await read(key, consumer, count - own.length, '>') : [];
      const [, stale] = (await redis.xautoclaim(key, GROUP, consumer, staleMs, '0-0', 'COUNT', count)) as [string, StreamEntry[], string[]];
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
      await redis.xack(queueKeys(keyPrefix, teamId).jobs, GROUP, jobId);
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
  };
}
