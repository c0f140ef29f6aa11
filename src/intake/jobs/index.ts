import type { JobRegistrations } from '../../toolkit/job-registry';
import { acuteReminders } from './acute-reminders';
import { cardUpdateJob } from './card-update';
import { escalationJob, escalationTask } from './escalation';
import type { IntakeJobDeps } from './intake-job-deps';
import { newSignalJob } from './new-signal';
import { overdueCheck } from './overdue';
import { purgeTask, retentionJob } from './purge';
import { threadNoticeJob } from './thread-notice';
import { transferJob } from './transfer';
import { postAnswerJob } from './post-answer';
import { signallerQuestionJob } from './signaller-question';
import { signallerUpdateJob } from './signaller-update';

export type { IntakeJobDeps } from './intake-job-deps';

/** Intake's background work: the notification job kinds, the acute reminders, the overdue check, escalation and the purge. */
export function intakeJobs(deps: IntakeJobDeps): JobRegistrations {
  return {
    jobKinds: [
      newSignalJob(deps),
      cardUpdateJob(deps),
      signallerUpdateJob(deps),
      signallerQuestionJob(deps),
      postAnswerJob(deps),
      transferJob(deps),
      threadNoticeJob(deps),
      retentionJob(deps),
      escalationJob(deps),
    ],
    periodicTasks: [acuteReminders(deps), overdueCheck(deps), escalationTask(deps), purgeTask(deps)],
  };
}
