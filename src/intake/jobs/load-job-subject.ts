import type { NotificationJob, PostedCard, RoutingTable, Signal } from '../../domain';
import type { ThreadSender } from '../../toolkit/proactive-sender';
import type { IntakeJobDeps } from './intake-job-deps';

export type Team = RoutingTable['teams'][number];

/** What every intake job works on: the signal as it is now, its team, and its card if posted. */
export interface JobSubject {
  readonly signal: Signal;
  readonly team: Team;
  readonly posted: PostedCard | undefined;
}

/** Undefined (logged) when the signal is gone: its job has nothing left to do. */
export async function loadJobSubject(deps: IntakeJobDeps, job: NotificationJob): Promise<JobSubject | undefined> {
  const signal = await deps.signals.get(job.teamId, job.signalId);
  if (!signal) {
    deps.log.warn(jobIds(job), 'signal of a notification job is gone; job dropped');
    return undefined;
  }
  const team = deps.routing.teams.find((t) => t.id === job.teamId) ?? { id: job.teamId, name: signal.routing.teamName };
  return { signal, team, posted: await deps.cards.get(job.teamId, job.signalId) };
}

/** Ids for the log: never texts. */
export const jobIds = (job: NotificationJob) => ({ jobId: job.id, teamId: job.teamId, signalId: job.signalId, kind: job.kind });

/** Who posts in a signal's card thread: the bot, in the tenant the signal came from. */
export const threadSenderOf = (signal: Signal): ThreadSender => ({ tenantId: signal.signaller.reference.tenantId, botId: signal.signaller.reference.botId });
