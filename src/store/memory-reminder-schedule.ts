import type { ReminderSchedule } from '../domain';

export function createMemoryReminderSchedule(): ReminderSchedule {
  const due = new Map<string, Map<string, number>>();
  return {
    async schedule(teamId, signalId, atMs) {
      const team = due.get(teamId) ?? new Map<string, number>();
      team.set(signalId, atMs);
      due.set(teamId, team);
    },
    async takeDue(teamId, nowMs, count) {
      const team = due.get(teamId) ?? new Map<string, number>();
      const taken = [...team.entries()].filter(([, at]) => at <= nowMs).sort((a, b) => a[1] - b[1]).slice(0, count).map(([id]) => id);
      for (const id of taken) team.delete(id);
      return taken;
    },
  };
}
