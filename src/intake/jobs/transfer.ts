import { receivedCopy } from '../../domain';
import type { JobKind } from '../../toolkit/job-registry';
import type { IntakeJobDeps } from './intake-job-deps';
import { jobIds, loadJobSubject } from './load-job-subject';

/**
 * The second step of a transfer (see src/domain/signal-transfer.ts): the target queue receives its copy, with its
 * new-signal job (the card in the target's channel, @mentioning its on-duty people when acute) and its audit event,
 * in one atomic step on the target's queue. The first step, on this queue, scheduled this job in the same atomic
 * step that marked the signal transferred, so a crash between the two is completed when the job is taken again.
 * Receiving is idempotent on the signal id: a second run stores nothing and schedules no second card.
 */
export function transferJob(deps: IntakeJobDeps): JobKind {
  return {
    kind: 'transfer',
    async plan(job) {
      const subject = await loadJobSubject(deps, job);
      const copy = subject ? receivedCopy(subject.signal) : undefined;
      if (!copy) {
        deps.log.info(jobIds(job), 'nothing to hand over for this job any more; dropped');
        return 'done';
      }
      return async () => {
        const transfer = copy.transfers?.at(-1);
        const audit = { at: transfer?.at ?? copy.createdAt, actor: transfer?.by.aadObjectId ?? 'system', action: 'signal-transferred-in' as const };
        const { created } = await deps.signals.receive(copy, { ...audit, teamId: copy.routing.teamId, signalId: copy.id });
        deps.log.info({ ...jobIds(job), to: copy.routing.teamId, created }, 'transferred signal handed to its new queue');
      };
    },
  };
}
