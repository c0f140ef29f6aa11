import type { Redis } from 'ioredis';
import type { ReminderSchedule } from '../domain';
import { jobKeys } from './job-keys';

// Take due reminders in one step: read and remove together, so two instances never both take one.
const TAKE_DUE_SCRIPT = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
if #due > 0 then redis.call('ZREM', KEYS[1], unpack(due)) end
return due
`;

type ScriptedRedis = Redis & { wsTakeDueReminders(key: string, now: number, count: number): Promise<string[]> };

/** One sorted set for all queues, `[team, signal]` by due time: finding nothing due is one command, however many queues. */
export function createRedisReminderSchedule(options: { redis: Redis; keyPrefix: string }): ReminderSchedule {
  const redis = options.redis as ScriptedRedis;
  if (typeof redis.wsTakeDueReminders !== 'function') redis.defineCommand('wsTakeDueReminders', { numberOfKeys: 1, lua: TAKE_DUE_SCRIPT });
  const key = jobKeys(options.keyPrefix).reminders;
  return {
    async schedule(teamId, signalId, atMs) {
      await redis.zadd(key, atMs, JSON.stringify([teamId, signalId]));
    },
    async takeDue(nowMs, count) {
      const members = await redis.wsTakeDueReminders(key, nowMs, count);
      return members.flatMap((member) => {
        const parsed: unknown = JSON.parse(member);
        return Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string' ? [{ teamId: parsed[0], signalId: parsed[1] }] : [];
      });
    },
  };
}
