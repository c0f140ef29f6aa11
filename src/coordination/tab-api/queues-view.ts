import { queueCounts, type QueueStatus } from '../../domain';
import type { QueueRow } from './queues-api-types';

/** One queue's row as the tab shows it: the status read's figures, named. */
export function queueRow(status: QueueStatus, name: string, now: number): QueueRow {
  const minutesSince = (at: number) => Math.max(0, Math.floor((now - at) / 60_000));
  return {
    teamId: status.teamId,
    name,
    ...queueCounts(status),
    oldestUnclaimedMinutes: status.oldestUnclaimedAt === undefined ? null : minutesSince(status.oldestUnclaimedAt),
    pastDeadline: status.pastDeadline,
    claimTimes: { ...status.claimTimes },
    transfersIn: status.transfersIn,
    transfersOut: status.transfersOut,
    linked: status.linked,
    stuckDeliveries: status.stuckDeliveries.map((job) => ({ minutes: minutesSince(job.since), failures: job.failures })),
  };
}
