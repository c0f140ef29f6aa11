import { countOf, type QueueStatus } from '../../domain';
import type { QueueRow } from './queues-api-types';

/** One queue's row as the tab shows it: the status read's figures, named. */
export function queueRow(status: QueueStatus, name: string): QueueRow {
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
    oldestUnclaimedAt: status.oldestUnclaimedAt ?? null,
    pastDeadline: status.pastDeadline,
    claimTimes: { ...status.claimTimes },
    transfersIn: status.transfersIn,
    transfersOut: status.transfersOut,
    linked: status.linked,
    stuckDeliveries: status.stuckDeliveries.map((job) => ({ since: job.since, failures: job.failures })),
  };
}
