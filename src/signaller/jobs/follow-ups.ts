import {
  DEFAULT_HOLIDAY_RULES,
  followUpDueMs,
  isFollowUpSendingTime,
  needsFollowUp,
  type Clock,
  type ReminderSchedule,
  type RoutingTable,
  type SignalStore,
} from '../../domain';
import { adaptiveCard } from '../../toolkit/cards';
import { forEachDue, type JobKind, type JobRegistrations, type PeriodicTask } from '../../toolkit/job-registry';
import { unreachableStatus } from '../../toolkit/proactive-sender';
import type { Logger } from '../../runtime/log';
import { textsFor } from '../../texts';
import { followUpCard } from '../cards/follow-up-card';

export interface SignallerJobDeps {
  readonly signals: SignalStore;
  /** The follow-ups still to ask, by date (written by the signal store at submit). */
  readonly followUps: ReminderSchedule;
  readonly routing: RoutingTable;
  readonly clock: Clock;
  readonly log: Logger;
}

const BATCH = 20;
/** A follow-up taken but not decided (the instance died) comes round again after this. */
const RETRY_MS = 30 * 60_000;

/**
 * Afweging question 5 on the follow-up date, on working days from 09:00 to 16:00 in Amsterdam: decided once per
 * signal (a compare-and-set that only a signal without a follow-up passes: `followUp.askedAt`), delivered at least
 * once (the 'follow-up' job). The duplicate window: a crash after Teams accepted the card and before its job was
 * acknowledged sends the card again. A signaller Teams says cannot be reached (403/404) is recorded as undeliverable
 * and not tried again.
 */
export function signallerJobs(deps: SignallerJobDeps): JobRegistrations {
  return { jobKinds: [followUpJob(deps)], periodicTasks: [followUpTask(deps)] };
}

function followUpTask(deps: SignallerJobDeps): PeriodicTask {
  return {
    name: 'follow-ups',
    everyMs: 60_000,
    async run(nowMs) {
      if (!isFollowUpSendingTime(new Date(nowMs), deps.routing.holidays ?? DEFAULT_HOLIDAY_RULES)) return;
      await forEachDue(deps.followUps, nowMs, { batch: BATCH, retryAfterMs: RETRY_MS }, async ({ teamId, signalId }) => {
        const at = new Date(nowMs).toISOString();
        const decided = await deps.signals.update<'not-needed'>(teamId, signalId, (current) =>
          needsFollowUp(current) && followUpDueMs(current) <= nowMs
            ? {
                signal: { ...current, followUp: { askedAt: at } },
                audit: { at, actor: 'system', action: 'follow-up-asked' as const, teamId, signalId },
                jobs: [{ kind: 'follow-up' as const, signalId }],
              }
            : { refused: 'not-needed' },
        );
        if (decided.ok) deps.log.info({ teamId, signalId }, 'follow-up decided');
        await deps.followUps.cancel(teamId, signalId);
      });
    },
  };
}

function followUpJob(deps: SignallerJobDeps): JobKind {
  return {
    kind: 'follow-up',
    async plan(job, { sender }) {
      const signal = await deps.signals.get(job.teamId, job.signalId);
      // Answered, recorded as unreachable, or gone: nothing (left) to send.
      if (!signal?.followUp || signal.followUp.answer || signal.followUp.undeliverableAt) return 'done';
      const card = followUpCard(signal, textsFor(signal.language));
      return async () => {
        try {
          await sender.toPerson(signal.signaller.reference, { type: 'message', attachments: [adaptiveCard(card)] });
        } catch (err) {
          const status = unreachableStatus(err);
          if (status === undefined) throw err;
          const at = new Date(deps.clock.now()).toISOString();
          await deps.signals.update(job.teamId, job.signalId, (current) =>
            current.followUp && !current.followUp.undeliverableAt
              ? {
                  signal: { ...current, followUp: { ...current.followUp, undeliverableAt: at } },
                  audit: {
                    at,
                    actor: 'system',
                    action: 'follow-up-undeliverable' as const,
                    teamId: job.teamId,
                    signalId: job.signalId,
                    reason: `status-${status}`,
                  },
                  jobs: [],
                }
              : { refused: 'recorded' },
          );
          deps.log.warn({ teamId: job.teamId, signalId: job.signalId, status }, 'follow-up cannot be delivered; recorded, not retried');
        }
      };
    },
  };
}
