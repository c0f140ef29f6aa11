import { AuditEventSchema, type AuditEvent, type AuditLog } from '../domain';

export function createMemoryAuditLog(): AuditLog {
  const events = new Map<string, AuditEvent[]>();
  return {
    async record(event) {
      const valid = AuditEventSchema.parse(event);
      events.set(valid.teamId, [...(events.get(valid.teamId) ?? []), valid]);
    },
    list: async (teamId, count = 1000) => (events.get(teamId) ?? []).slice(-count),
    async trimBefore(teamId, beforeMs) {
      events.set(
        teamId,
        (events.get(teamId) ?? []).filter((e) => Date.parse(e.at) >= beforeMs),
      );
    },
  };
}
