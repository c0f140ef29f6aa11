import { effectiveUrgency, nextWorkingOpening, teamOf, DEFAULT_HOLIDAY_RULES, type Signal } from '../../domain';
import { forEachDue, type JobKind, type PeriodicTask } from '../../toolkit/job-registry';
import { intakeTexts } from '../../texts';
import type { IntakeJobDeps } from './intake-job-deps';
import { jobIds, loadJobSubject, threadSenderOf } from './load-job-subject';
import { onDutyMention } from './new-signal';

const BATCH = 20;
/** An escalation taken but not finished (the instance died) comes round again after this. */
const RETRY_MS = 60_000;

/**
 * When a late signal is next brought up again after `fromMs`: an interval on; for a signal that waits for working
 * time (not acute), at the team's next working opening from then, so nobody is called at night for it.
 */
export function nextEscalationAt(deps: Pick<IntakeJobDeps, 'routing' | 'escalationIntervalMs'>, signal: Signal, fromMs: number): number {
  const at = fromMs + deps.escalationIntervalMs;
  const team = teamOf(deps.routing, signal.routing.teamId);
  if (effectiveUrgency(signal) === 'acute' || !team) return at;
  return nextWorkingOpening(team, new Date(at), deps.routing.holidays ?? DEFAULT_HOLIDAY_RULES)?.getTime() ?? at;
}

/**
 * Escalation: a signal past its claim deadline and still unclaimed is brought up again in its card's thread,
 * @mentioning who is on duty, once per escalation interval until someone claims it. The overdue check puts it on the
 * escalation schedule when it marks it late.
 *
 * Decided once: each reminder is a compare-and-set on the record (`escalatedAt`), refused when the last one is less
 * than an interval ago, so two instances (or a retry) decide it once; the post itself is an 'escalation' job,
 * delivered at least once by the job loop. A taken entry stays on the schedule a minute later until the decision is
 * stored, so a taker that dies halfway is followed by another. The duplicate window is the job's: Teams accepted the
 * post and the instance died before acknowledging it.
 */
export function escalationTask(deps: IntakeJobDeps): PeriodicTask {
  return {
    name: 'escalation',
    everyMs: 30_000,
    async run(nowMs) {
      await forEachDue(deps.escalations, nowMs, { batch: BATCH, retryAfterMs: RETRY_MS }, async ({ teamId, signalId }) => {
        const at = new Date(nowMs).toISOString();
        let next: number | undefined;
        const result = await deps.signals.update<'not-late' | 'not-yet'>(teamId, signalId, (current) => {
          next = undefined;
          if (current.status !== 'new' || Date.parse(current.claimDueAt) > nowMs) return { refused: 'not-late' };
          const due = current.escalatedAt === undefined ? nowMs : nextEscalationAt(deps, current, Date.parse(current.escalatedAt));
          if (due > nowMs) {
            next = due;
            return { refused: 'not-yet' };
          }
          next = nextEscalationAt(deps, current, nowMs);
          return {
            signal: { ...current, escalatedAt: at },
            audit: { at, actor: 'system', action: 'signal-escalated', teamId, signalId },
            jobs: [{ kind: 'escalation', signalId }],
          };
        });
        if (result.ok) deps.log.info({ teamId, signalId }, 'late unclaimed signal brought up again');
        // Moves the taken entry to the next reminder, or (claimed, gone) takes it off.
        if (next === undefined) await deps.escalations.cancel(teamId, signalId);
        else await deps.escalations.schedule(teamId, signalId, next);
      });
    },
  };
}

/** The post of an escalation: in the card's thread, @mentioning who is on duty; nothing once someone claimed it. */
export function escalationJob(deps: IntakeJobDeps): JobKind {
  return {
    kind: 'escalation',
    async plan(job, { sender }) {
      const subject = await loadJobSubject(deps, job);
      if (!subject?.posted || subject.signal.status !== 'new') {
        if (subject && !subject.posted) deps.log.info(jobIds(job), 'late signal has no card (no channel linked); coordinators see the queue as stuck');
        return 'done';
      }
      const { signal, posted } = subject;
      const texts = intakeTexts();
      const late = texts.coordination.age(Math.max(0, deps.clock.now() - Date.parse(signal.claimDueAt)));
      const message = await onDutyMention(deps, job.teamId, texts.intake.work.escalation(signal.reference, late));
      return () => sender.postInThread(posted, threadSenderOf(signal), { type: 'message', ...message });
    },
  };
}
