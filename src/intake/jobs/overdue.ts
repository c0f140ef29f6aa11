import type { Signal } from '../../domain';
import { forEachDue, type PeriodicTask } from '../../toolkit/job-registry';
import type { IntakeJobDeps } from './intake-job-deps';

const BATCH = 20;
/** A deadline taken but not finished (the instance died) comes round again after this. */
const RETRY_MS = 60_000;

/** Puts the signal's claim deadline on the one schedule the overdue task reads; scheduling again changes nothing. */
export async function watchDeadline(deps: Pick<IntakeJobDeps, 'deadlines'>, signal: Signal): Promise<void> {
  await deps.deadlines.schedule(signal.routing.teamId, signal.id, Date.parse(signal.claimDueAt));
}

/**
 * The one overdue mechanism: when a claim deadline passes and the signal is still unclaimed, the record is marked
 * (`overdueAt`, audited as 'signal-overdue') and its card updated to say "te laat". Later escalation hangs off the
 * same mark: the escalation task (escalation.ts) brings it up again in its thread until someone claims it.
 *
 * Decided once: the mark is a compare-and-set that only a signal without one gets, so running twice marks once.
 * Delivered at least once: a deadline is taken with a retry (it stays on the schedule, a minute later) and removed
 * only after the mark is stored; the card update is a job. The duplicate window is the card update itself: a crash
 * after Teams took it and before its job was acknowledged sends the same card again, which changes nothing visible.
 */
export function overdueCheck(deps: IntakeJobDeps): PeriodicTask {
  return {
    name: 'overdue-check',
    everyMs: 30_000,
    async run(nowMs) {
      await forEachDue(deps.deadlines, nowMs, { batch: BATCH, retryAfterMs: RETRY_MS }, async ({ teamId, signalId }) => {
        const at = new Date(nowMs).toISOString();
        let late = false;
        const result = await deps.signals.update<'not-overdue'>(teamId, signalId, (current) => {
          late = current.status === 'new' && Date.parse(current.claimDueAt) <= nowMs;
          return !late || current.overdueAt !== undefined
            ? { refused: 'not-overdue' }
            : {
                signal: { ...current, overdueAt: at },
                audit: { at, actor: 'system', action: 'signal-overdue', teamId, signalId },
                jobs: [{ kind: 'card-update', signalId }],
              };
        });
        if (result.ok) deps.log.info({ teamId, signalId }, 'claim deadline passed unclaimed; card marked overdue');
        // Escalation takes it from here (also when a crash came between the mark and this: the deadline comes round).
        if (late) await deps.escalations.schedule(teamId, signalId, nowMs);
        await deps.deadlines.cancel(teamId, signalId);
      });
    },
  };
}
