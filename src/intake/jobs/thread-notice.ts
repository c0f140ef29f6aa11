import { lifecycleOf, TakeOverReasonSchema } from '../../domain';
import { clean, withMentions } from '../../toolkit/cards';
import type { JobKind } from '../../toolkit/job-registry';
import { intakeTexts } from '../../texts';
import type { IntakeJobDeps } from './intake-job-deps';
import { jobIds, loadJobSubject, threadSenderOf } from './load-job-subject';

/**
 * A line in the card's thread about a change colleagues should hear of (the job's event). A take-over: the worker
 * who had it, @mentioned, reads who took it over and why (a reason from the list, no note). What the signaller added
 * or that they withdrew it: that it happened, never what they wrote ("zie Details").
 */
export function threadNoticeJob(deps: IntakeJobDeps): JobKind {
  return {
    kind: 'thread-notice',
    async plan(job, { sender }) {
      const subject = await loadJobSubject(deps, job);
      const notice = intakeTexts().intake.work.fromSignaller;
      if (subject?.posted && (job.event === 'addition' || job.event === 'withdraw' || job.event === 'follow-up')) {
        const { signal, posted } = subject;
        const text =
          job.event === 'addition'
            ? notice.additionNotice
            : job.event === 'withdraw'
              ? notice.withdrawNotice(signal.reference)
              : notice.followUpNotice(signal.reference);
        return () => sender.postInThread(posted, threadSenderOf(signal), { type: 'message', textFormat: 'plain', text });
      }
      const takeOver = subject ? [...lifecycleOf(subject.signal).history].reverse().find((e) => e.verb === job.event) : undefined;
      if (!subject?.posted || job.event !== 'take-over' || !takeOver?.previous) {
        deps.log.info(jobIds(job), 'nothing to post for this job; dropped');
        return 'done';
      }
      const { signal, posted } = subject;
      const w = intakeTexts().intake.work.takeOver;
      const reason = TakeOverReasonSchema.safeParse(takeOver.reason);
      const text = w.notice(signal.reference, clean(takeOver.actor.name), reason.success ? w.reasons[reason.data] : '');
      const message = withMentions([{ id: takeOver.previous.aadObjectId, name: takeOver.previous.name }], text);
      return () => sender.postInThread(posted, threadSenderOf(signal), { type: 'message', ...message });
    },
  };
}
