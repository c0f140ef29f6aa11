import { countOf, type QueueStatus } from '../../domain';
import type { QueueRow } from './queues-api-types';

/** One queue's row as the tab shows it: the status read's figures, named. */
export function queueRow(status: QueueStatus, name: string, now: number): QueueRow {
  const minutesSince = (at: number) => Math.max(0, Math.floor((now - at) / 60_000));
  const byStatus = (s: Parameters<typeof countOf>[1]['status']) => countOf(status, { status: s });
  return {
    teamId: status.teamId,
    name,
    open: { acute: countOf(status, { urgency: 'acute' }), urgent: countOf(status, { urgency: 'urgent' }), normal: countOf(status, { urgency: 'normal' }) },
    statuses: {
      new: byStatus('new'),
      claimed: byStatus('claimed'),
      waiting: byStatus('waiting-for-signaller'),
      closed: byStatus('closed'),
      withdrawn: byStatus('withdrawn'),
    },
    oldestUnclaimedMinutes: status.oldestUnclaimedAt === undefined ? null : minutesSince(status.oldestUnclaimedAt),
    pastDeadline: status.pastDeadline,
    claimTimes: { ...status.claimTimes },
    transfersIn: status.transfersIn,
    transfersOut: status.transfersOut,
    linked: status.linked,
    stuckDeliveries: status.stuckDeliveries.map((job) => ({ minutes: minutesSince(job.since), failures: job.failures })),
  };
}
