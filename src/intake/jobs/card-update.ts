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
      // Given back unclaimed: its deadline is watched again (scheduling twice is harmless).
      if (subject?.signal.status === 'new' && !subject.signal.overdueAt) await watchDeadline(deps, subject.signal);
      // A card not posted yet needs no update: when it is posted it shows the record as it is then.
      if (!subject?.posted) return 'done';
      const { signal, posted } = subject;
      return () => sender.updateCard(posted, threadSenderOf(signal), channelCardFor(signal));
    },
  };
}
