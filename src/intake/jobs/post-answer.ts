import { questionOf } from '../../domain';
import type { JobKind } from '../../toolkit/job-registry';
import { intakeTexts } from '../../texts';
import { answerNotice } from '../cards/answer-notice';
import type { IntakeJobDeps } from './intake-job-deps';
import { jobIds, loadJobSubject, threadSenderOf } from './load-job-subject';

/**
 * Under the card, where the intake team works: the worker who asked is told there is an answer (the answer itself
 * is in Details, for whoever opens it). The job's event is the question id.
 */
export function postAnswerJob(deps: IntakeJobDeps): JobKind {
  return {
    kind: 'post-answer',
    async plan(job, { sender }) {
      const subject = await loadJobSubject(deps, job);
      if (!subject) return 'done';
      const { signal, posted } = subject;
      const question = job.event === undefined ? undefined : questionOf(signal, job.event);
      // Questions are asked from the card, so it was posted; without it there is no thread to answer in.
      if (!posted || !question?.answer) {
        deps.log.info(jobIds(job), 'nothing to deliver for this job any more; dropped');
        return 'done';
      }
      return () => sender.postInThread(posted, threadSenderOf(signal), { type: 'message', ...answerNotice(question, intakeTexts()) });
    },
  };
}
