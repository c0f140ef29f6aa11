import { questionOf } from '../../domain';
import { adaptiveCard } from '../../toolkit/cards';
import type { JobKind } from '../../toolkit/job-registry';
import { textsFor } from '../../texts';
import { signallerQuestionCard } from '../cards/question-card';
import type { IntakeJobDeps } from './intake-job-deps';
import { jobIds, loadJobSubject } from './load-job-subject';

/** The wijkteam's question reaches the signaller as a card in their 1:1 chat (the job's event: the question id). */
export function signallerQuestionJob(deps: IntakeJobDeps): JobKind {
  return {
    kind: 'signaller-question',
    async plan(job, { sender }) {
      const subject = await loadJobSubject(deps, job);
      if (!subject) return 'done';
      const { signal, team } = subject;
      const question = job.event === undefined ? undefined : questionOf(signal, job.event);
      // Only while the question is still the open one: once answered or closed, a late card would only confuse.
      if (!question || question.answer || signal.lifecycle?.pendingQuestionId !== question.id) {
        deps.log.info(jobIds(job), 'nothing to deliver for this job any more; dropped');
        return 'done';
      }
      const card = signallerQuestionCard(signal, question, team.name, textsFor(signal.language));
      return () => sender.toPerson(signal.signaller.reference, { type: 'message', attachments: [adaptiveCard(card)] });
    },
  };
}
