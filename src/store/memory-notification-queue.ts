import { PostedCardSchema, type NotificationJob, type NotificationQueue, type PostedCard, type PostedCards } from '../domain';

interface Entry {
  readonly job: NotificationJob;
  consumer?: string;
  deliveredAt: number;
  readonly enqueuedAt: number;
  failures: number;
}

/** The in-memory twin: one process, so "another instance" is another consumer name in the same process. */
export function createMemoryNotificationQueue(options: { now: () => number }) {
  const entries = new Map<string, Entry[]>();
  let sequence = 0;
  const queue: NotificationQueue & {
    enqueue(teamId: string, job: Omit<NotificationJob, 'id' | 'teamId'>): void;
    /** The oldest `count` jobs taken and not acknowledged, as XPENDING lists them, with their failures. */
    pending(teamId: string, count: number): Array<{ since: number; failures: number }>;
  } = {
    enqueue(teamId, job) {
      const list = entries.get(teamId) ?? [];
      list.push({ job: { ...job, id: `${++sequence}-0`, teamId }, deliveredAt: 0, enqueuedAt: options.now(), failures: 0 });
      entries.set(teamId, list);
    },
    async take(teamId, consumer, { count, staleMs }) {
      const now = options.now();
      const list = entries.get(teamId) ?? [];
      const own = list.filter((e) => e.consumer === consumer);
      const fresh = list.filter((e) => e.consumer === undefined);
      const stale = list.filter((e) => e.consumer !== undefined && e.consumer !== consumer && now - e.deliveredAt >= staleMs);
      const taken = [...own, ...fresh, ...stale].slice(0, count);
      for (const entry of taken) {
        // As in Redis, taking a job again (one's own included) starts its idle time again.
        entry.deliveredAt = now;
        entry.consumer = consumer;
      }
      return taken.map((e) => e.job);
    },
    async recordFailure(teamId, jobId) {
      const entry = entries.get(teamId)?.find((e) => e.job.id === jobId);
      if (entry) entry.failures++;
    },
    pending(teamId, count) {
      return (entries.get(teamId) ?? [])
        .filter((e) => e.consumer !== undefined)
        .slice(0, count)
        .map((e) => ({ since: e.enqueuedAt, failures: e.failures }));
    },
    async ack(teamId, jobId) {
      entries.set(
        teamId,
        (entries.get(teamId) ?? []).filter((e) => e.job.id !== jobId),
      );
    },
  };
  return queue;
}

export type MemoryNotificationQueue = ReturnType<typeof createMemoryNotificationQueue>;

export function createMemoryPostedCards(): PostedCards {
  const cards = new Map<string, PostedCard>();
  return {
    get: async (teamId, signalId) => cards.get(`${teamId}/${signalId}`),
    async record(teamId, signalId, card) {
      cards.set(`${teamId}/${signalId}`, PostedCardSchema.parse(card));
    },
    async forget(teamId, signalId) {
      cards.delete(`${teamId}/${signalId}`);
    },
  };
}
