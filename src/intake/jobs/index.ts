import type { JobRegistrations } from '../../toolkit/job-registry';
import { acuteReminders } from './acute-reminders';
import { cardUpdateJob } from './card-update';
import type { IntakeJobDeps } from './intake-job-deps';
import { newSignalJob } from './new-signal';
import { postAnswerJob } from './post-answer';
import { signallerQuestionJob } from './signaller-question';
import { signallerUpdateJob } from './signaller-update';

export type { IntakeJobDeps } from './intake-job-deps';

/** Intake's background work: the five notification job kinds and the acute reminders. */
export function intakeJobs(deps: IntakeJobDeps): JobRegistrations {
  return {
    jobKinds: [newSignalJob(deps), cardUpdateJob(deps), signallerUpdateJob(deps), signallerQuestionJob(deps), postAnswerJob(deps)],
    periodicTasks: [acuteReminders(deps)],
  };
}
