import type { Redis } from 'ioredis';
import type { ReminderSchedule } from '../domain';
import { queueKeys } from './signal-keys';

// Take due reminders in one step: read and remove together, so two instances never both take one.
const TAKE_DUE_SCRIPT = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
if #due > 0 then redis.call('ZREM', KEYS[1], unpack(due)) end
return due
`;

type ScriptedRedis = Redis & { wsTakeDueReminders(key: string, now: number, count: number): Promise<string[]> };

export function createRedisReminderSchedule(options: { redis: Redis; keyPrefix: string }): ReminderSchedule {
  const redis = options.redis as ScriptedRedis;
  if (typeof redis.wsTakeDueReminders !== 'function') redis.defineCommand('wsTakeDueReminders', { numberOfKeys: 1, lua: TAKE_DUE_SCRIPT });
  return {
    async schedule(teamId, signalId, atMs) {
      await redis.zadd(queueKeys(options.keyPrefix, teamId).reminders, atMs, signalId);
    },
    takeDue: (teamId, nowMs, count) => redis.wsTakeDueReminders(queueKeys(options.keyPrefix, teamId).reminders, nowMs, count),
  };
}
