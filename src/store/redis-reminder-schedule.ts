import type { Redis } from 'ioredis';
import type { ReminderSchedule } from '../domain';
import { jobKeys } from './job-keys';

// Take due reminders in one step: read and remove (or move ahead) together, so two instances never both take one.
const TAKE_DUE_SCRIPT = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
if #due == 0 then return due end
if ARGV[3] == '' then
  redis.call('ZREM', KEYS[1], unpack(due))
else
  for _, member in ipairs(due) do redis.call('ZADD', KEYS[1], ARGV[3], member) end
end
return due
`;

type ScriptedRedis = Redis & { wsTakeDueReminders(key: string, now: number, count: number, retryAt: number | ''): Promise<string[]> };

/**
 * One sorted set for all queues, `[team, signal]` by due time: finding nothing due is one command, however many
 * queues. `name` picks the schedule (acute reminders, claim deadlines, follow-ups).
 */
export function createRedisReminderSchedule(options: {
  redis: Redis;
  keyPrefix: string;
  name?: 'reminders' | 'deadlines' | 'followups' | 'purges' | 'escalations' | 'summaries';
}): ReminderSchedule {
  const redis = options.redis as ScriptedRedis;
  if (typeof redis.wsTakeDueReminders !== 'function') redis.defineCommand('wsTakeDueReminders', { numberOfKeys: 1, lua: TAKE_DUE_SCRIPT });
  const key = jobKeys(options.keyPrefix)[options.name ?? 'reminders'];
  const member = (teamId: string, signalId: string) => JSON.stringify([teamId, signalId]);
  return {
    async schedule(teamId, signalId, atMs) {
      await redis.zadd(key, atMs, member(teamId, signalId));
    },
    async cancel(teamId, signalId) {
      await redis.zrem(key, member(teamId, signalId));
    },
    async takeDue(nowMs, count, retry) {
      const members = await redis.wsTakeDueReminders(key, nowMs, count, retry ? nowMs + retry.retryAfterMs : '');
      return members.flatMap((member) => {
        const parsed: unknown = JSON.parse(member);
        return Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string' ? [{ teamId: parsed[0], signalId: parsed[1] }] : [];
      });
    },
  };
}
