import { effectiveUrgency } from '../../domain';
import type { JobKind } from '../../toolkit/job-registry';
import { channelCardFor } from '../cards/channel-card';
import type { IntakeJobDeps } from './intake-job-deps';
import { loadJobSubject, threadSenderOf } from './load-job-subject';
import { watchDeadline } from './overdue';

/** Everyone's card follows the record: replaced in place in the thread. Doing it twice does no harm. */
export function cardUpdateJob(deps: IntakeJobDeps): JobKind {
  return {
    kind: 'card-update',
    async plan(job, { sender }) {
      const subject = await loadJobSubject(deps, job);
      // A stub kept for the follow-up: its card already says it was removed, and stays so.
      if (subject?.signal.redactedAt) return 'done';
      // Given back unclaimed: its deadline is watched again, and an acute one is announced again (scheduling twice
      // is harmless).
      if (subject?.signal.status === 'new' && !subject.signal.overdueAt) await watchDeadline(deps, subject.signal);
      if (subject?.posted && subject.signal.status === 'new' && effectiveUrgency(subject.signal) === 'acute') {
        await deps.reminders.schedule(job.teamId, job.signalId, deps.clock.now() + deps.acuteReminderMs);
      }
      // A card not posted yet needs no update: when it is posted it shows the record as it is then.
      if (!subject?.posted) return 'done';
      const { signal, posted } = subject;
      return () => sender.updateCard(posted, threadSenderOf(signal), channelCardFor(signal));
    },
  };
}
