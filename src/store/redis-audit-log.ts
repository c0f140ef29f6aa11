import type { Redis } from 'ioredis';
import { AuditEventSchema, type AuditLog } from '../domain';
import { queueKeys } from './signal-keys';

/**
 * One stream per team, under the queue's hash tag, so a queue step and its audit event share a slot. Trimmed by age
 * (trimBefore, from the purge task), never by count.
 */
const auditKey = (prefix: string, teamId: string) => queueKeys(prefix, teamId).audit;

export function createRedisAuditLog(options: { redis: Redis; keyPrefix: string }): AuditLog {
  const { redis, keyPrefix } = options;
  return {
    async record(event) {
      const valid = AuditEventSchema.parse(event);
      await redis.xadd(auditKey(keyPrefix, valid.teamId), '*', 'e', JSON.stringify(valid));
    },
    // Kept by age, not by count: entry ids are times, so one XTRIM drops everything older (exactly, not "~", so the
    // retention is what it says).
    async trimBefore(teamId, beforeMs) {
      await redis.xtrim(auditKey(keyPrefix, teamId), 'MINID', Math.max(0, Math.floor(beforeMs)));
    },
    async list(teamId, count = 1000) {
      const entries = (await redis.xrevrange(auditKey(keyPrefix, teamId), '+', '-', 'COUNT', count)).reverse();
      return entries.flatMap(([, fields]) => {
        const parsed = AuditEventSchema.safeParse(JSON.parse(fields[1] ?? 'null'));
        return parsed.success ? [parsed.data] : [];
      });
    },
  };
}
