import type { ReminderSchedule } from '../domain';

/** The in-memory twin: one schedule for all queues, as in Redis. */
export function createMemoryReminderSchedule(): ReminderSchedule {
  const due = new Map<string, { teamId: string; signalId: string; at: number }>();
  const keyOf = (teamId: string, signalId: string) => JSON.stringify([teamId, signalId]);
  return {
    async schedule(teamId, signalId, atMs) {
      due.set(keyOf(teamId, signalId), { teamId, signalId, at: atMs });
    },
    async cancel(teamId, signalId) {
      due.delete(keyOf(teamId, signalId));
    },
    async takeDue(nowMs, count, retry) {
      const taken = [...due.values()]
        .filter((r) => r.at <= nowMs)
        .sort((a, b) => a.at - b.at)
        .slice(0, count);
      for (const r of taken) {
        if (retry) due.set(keyOf(r.teamId, r.signalId), { ...r, at: nowMs + retry.retryAfterMs });
        else due.delete(keyOf(r.teamId, r.signalId));
      }
      return taken.map(({ teamId, signalId }) => ({ teamId, signalId }));
    },
  };
}
