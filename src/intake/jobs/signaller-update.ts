import type { Signal } from '../../domain';
import type { JobKind } from '../../toolkit/job-registry';
import { textsFor } from '../../texts';
import type { IntakeJobDeps } from './intake-job-deps';
import { jobIds, loadJobSubject, type Team } from './load-job-subject';

/** The signaller hears, 1:1 and in their own language, what the wijkteam did (the job's event: a lifecycle verb). */
export function signallerUpdateJob(deps: IntakeJobDeps): JobKind {
  return {
    kind: 'signaller-update',
    async plan(job, { sender }) {
      const subject = await loadJobSubject(deps, job);
      if (!subject) return 'done';
      const { signal, team } = subject;
      const text = updateText(signal, team, job.event);
      if (text === undefined) {
        deps.log.info(jobIds(job), 'nothing to deliver for this job any more; dropped');
        return 'done';
      }
      return () => sender.toPerson(signal.signaller.reference, { type: 'message', text });
    },
  };
}

/** Undefined when there is nothing to say about this event. */
function updateText(signal: Signal, team: Team, event: string | undefined): string | undefined {
  const texts = textsFor(signal.language).intake;
  const outcome = signal.lifecycle?.closeOutcome;
  switch (event) {
    case 'claim':
      return texts.signallerUpdates.claim(signal.reference, team.name);
    case 'close':
      return texts.signallerUpdates.close(signal.reference, team.name, outcome ? texts.signalCard.closeOutcomes[outcome] : '');
    case 'reopen':
      return texts.signallerUpdates.reopen(signal.reference, team.name);
    case 'transfer': {
      const transfer = signal.transfers?.at(-1);
      return transfer ? texts.work.transfer.toSignaller(signal.reference, transfer.from.teamName, transfer.to.teamName) : undefined;
    }
    default:
      return undefined;
  }
}
