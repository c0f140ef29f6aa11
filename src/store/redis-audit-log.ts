import type { Redis } from 'ioredis';
import { AuditEventSchema, type AuditLog } from '../domain';
import { queueKeys } from './signal-keys';

/** Roughly this many events are kept per team; the stream trims itself (MAXLEN ~). */
export const KEEP_AUDIT_EVENTS = 100_000;

/** One stream per team, under the queue's hash tag, so a queue step and its audit event share a slot. */
const auditKey = (prefix: string, teamId: string) => queueKeys(prefix, teamId).audit;

export function createRedisAuditLog(options: { redis: Redis; keyPrefix: string }): AuditLog {
  const { redis, keyPrefix } = options;
  return {
    async record(event) {
      const valid = AuditEventSchema.parse(event);
      await redis.xadd(auditKey(keyPrefix, valid.teamId), 'MAXLEN', '~', KEEP_AUDIT_EVENTS, '*', 'e', JSON.stringify(valid));
    },
    async list(teamId) {
      const entries = await redis.xrange(auditKey(keyPrefix, teamId), '-', '+');
      return entries.flatMap(([, fields]) => {
        const parsed = AuditEventSchema.safeParse(JSON.parse(fields[1] ?? 'null'));
        return parsed.success ? [parsed.data] : [];
      });
    },
  };
}
