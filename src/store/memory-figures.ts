import {
  CLAIM_BUCKETS,
  FIGURE_WINDOW_MS,
  STUCK_DELIVERY_MS,
  WINDOWED_SETS,
  type ChannelLinks,
  type FigureChange,
  type FigureSet,
  type MonthField,
  type QueueFigures,
} from '../domain';
import type { MemoryNotificationQueue } from './memory-notification-queue';

/** The in-memory twin of the Redis figures: the same changes applied to maps, the same reads. */
export function createMemoryQueueFigures(options: { readonly jobs?: MemoryNotificationQueue; readonly links?: Pick<ChannelLinks, 'get'> }) {
  const counts = new Map<string, Map<string, number>>();
  const months = new Map<string, Map<string, number>>();
  const sets = new Map<string, Map<string, number>>();
  const of = <V>(map: Map<string, Map<string, V>>, key: string) => map.get(key) ?? map.set(key, new Map()).get(key)!;
  const set = (teamId: string, name: FigureSet) => of(sets, `${teamId} ${name}`);
  const countIn = (teamId: string, name: FigureSet, from: number, to: number) => [...set(teamId, name).values()].filter((s) => s >= from && s <= to).length;
  const byScore = (teamId: string, name: FigureSet, to: number) =>
    [...set(teamId, name).entries()].filter(([, s]) => s <= to).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));

  const figures: QueueFigures & { apply(teamId: string, change: FigureChange): void } = {
    apply(teamId, change) {
      const counters = of(counts, teamId);
      for (const [field, by] of Object.entries(change.counts)) counters.set(field, (counters.get(field) ?? 0) + by);
      const month = of(months, `${teamId} ${change.month}`);
      for (const [field, by] of Object.entries(change.monthCounts)) month.set(field, (month.get(field) ?? 0) + (by ?? 0));
      for (const write of change.sets) {
        if (write.op === 'remove') {
          set(teamId, write.set).delete(write.member);
          continue;
        }
        set(teamId, write.set).set(write.member, write.score);
        if (WINDOWED_SETS.includes(write.set))
          for (const [member, s] of set(teamId, write.set)) if (s < change.trimBefore) set(teamId, write.set).delete(member);
      }
    },
    async status(teamIds, now) {
      const since = now - FIGURE_WINDOW_MS;
      return Promise.all(
        teamIds.map(async (teamId) => {
          const oldest = byScore(teamId, 'unclaimed', Infinity)[0];
          return {
            teamId,
            counts: Object.fromEntries([...of(counts, teamId)].filter(([, n]) => n !== 0)),
            ...(oldest ? { oldestUnclaimedAt: oldest[1] } : {}),
            pastDeadline: countIn(teamId, 'due', -Infinity, now),
            claimTimes: Object.fromEntries(CLAIM_BUCKETS.map((b) => [b, countIn(teamId, `claims:${b}`, since, Infinity)])) as Record<
              (typeof CLAIM_BUCKETS)[number],
              number
            >,
            transfersIn: countIn(teamId, 'transfers-in', since, Infinity),
            transfersOut: countIn(teamId, 'transfers-out', since, Infinity),
            linked: (await options.links?.get(teamId)) !== undefined,
            stuckDeliveries: (options.jobs?.pending(teamId, 3) ?? []).filter((job) => now - job.since >= STUCK_DELIVERY_MS),
          };
        }),
      );
    },
    async overdue(teamId, now, count) {
      const due = byScore(teamId, 'due', now);
      return { total: due.length, references: due.slice(0, count).map(([member]) => member) };
    },
    async month(teamId, month) {
      return Object.fromEntries([...of(months, `${teamId} ${month}`)].filter(([, n]) => n > 0)) as Partial<Record<MonthField, number>>;
    },
    async replace(teamId, rebuilt) {
      counts.set(teamId, new Map(Object.entries(rebuilt.counts)));
      for (const key of [...sets.keys()]) if (key.startsWith(`${teamId} `)) sets.delete(key);
      for (const write of rebuilt.sets) set(teamId, write.set).set(write.member, write.score);
      for (const [month, fields] of Object.entries(rebuilt.months)) {
        const kept = of(months, `${teamId} ${month}`);
        for (const [field, n] of Object.entries(fields)) kept.set(field, Math.max(kept.get(field) ?? 0, n ?? 0));
      }
    },
  };
  return figures;
}

export type MemoryQueueFigures = ReturnType<typeof createMemoryQueueFigures>;
