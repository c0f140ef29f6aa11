import { AUDIT_STREAMS_OUTSIDE_QUEUES, followUpOpen, purgeDueMs, redactedForFollowUp, stubKeptUntilMs, type Signal } from '../../domain';
import { noticeCard } from '../../toolkit/cards';
import { unreachableStatus, type ProactiveSender } from '../../toolkit/proactive-sender';
import { forEachDue, type JobKind, type PeriodicTask } from '../../toolkit/job-registry';
import { intakeTexts, textsFor } from '../../texts';
import { channelCardFor } from '../cards/channel-card';
import { removedCard } from '../cards/removed-card';
import type { IntakeJobDeps } from './intake-job-deps';
import { threadSenderOf } from './load-job-subject';

const BATCH = 20;
/** A purge that failed halfway (or whose instance died) is tried again after this. */
const RETRY_MS = 10 * 60_000;
const HOUR_MS = 60 * 60_000;
/** The audit trail is trimmed once an hour: a command per queue, not per run. */
const TRIM_EVERY_MS = HOUR_MS;

/**
 * The bot's own summary in the signaller's chat held the signal's content: it is replaced by a short card. A chat
 * Teams no longer reaches (the signaller left, removed or blocked the bot) has nothing left to replace; anything
 * else is retried with the purge.
 */
async function redactSummary(signal: Signal, sender: ProactiveSender): Promise<void> {
  const id = signal.signaller.reference.summaryActivityId;
  if (!id || signal.redactedAt) return;
  const text = textsFor(signal.language).mine.redactedSummary(signal.reference);
  try {
    await sender.updateInPersonChat(signal.signaller.reference, id, noticeCard(text));
  } catch (err) {
    if (unreachableStatus(err) === undefined) throw err;
  }
}

/**
 * Puts a signal on the purge schedule when a change gave it a purge date (the store adds this job in the change's own
 * atomic step). Scheduling twice changes nothing.
 */
export function retentionJob(deps: IntakeJobDeps): JobKind {
  return {
    kind: 'retention',
    async plan(job) {
      const signal = await deps.signals.get(job.teamId, job.signalId);
      const due = signal ? purgeDueMs(signal, deps.retentionMs) : undefined;
      if (due !== undefined) await deps.purges.schedule(job.teamId, job.signalId, due);
      return 'done';
    },
  };
}

/**
 * The purge, one instance at a time: a signal past its retention (or to be erased) has its channel card replaced by
 * a short "verwijderd" card and is then purged with everything that names it (see SignalStore.purge). Safe to run
 * twice and after a crash halfway: the entry is taken with a retry and removed only after the purge, every step is
 * idempotent, and a signal already gone has its leftovers purged. The audit trail is trimmed by age here too.
 */
export function purgeTask(deps: IntakeJobDeps): PeriodicTask {
  let trimmedAt = -Infinity;
  return {
    name: 'retention',
    everyMs: 60_000,
    async run(nowMs, { sender }) {
      await forEachDue(deps.purges, nowMs, { batch: BATCH, retryAfterMs: RETRY_MS }, (entry) => purgeOne(deps, entry, nowMs, sender));
      if (nowMs - trimmedAt < TRIM_EVERY_MS) return;
      // Also the streams that belong to no queue: refusals outside a queue ('-') and the coordinators' channel.
      for (const stream of [...deps.routing.teams.map((team) => team.id), ...AUDIT_STREAMS_OUTSIDE_QUEUES]) {
        await deps.audit.trimBefore(stream, nowMs - deps.auditRetentionMs);
      }
      trimmedAt = nowMs;
    },
  };
}

/** One entry of the purge schedule: purged, made a stub, or put back on the schedule (see purgeTask). */
async function purgeOne(
  deps: IntakeJobDeps,
  { teamId, signalId }: { teamId: string; signalId: string },
  nowMs: number,
  sender: ProactiveSender,
): Promise<void> {
  const signal = await deps.signals.get(teamId, signalId);
  const at = new Date(nowMs).toISOString();
  const audit = { at, actor: 'system', action: 'signal-purged' as const, teamId, signalId };
  if (!signal) {
    await deps.signals.purge(teamId, signalId, { ...audit, reason: 'leftovers' });
    await deps.purges.cancel(teamId, signalId);
    return;
  }
  const when = purgeDueMs(signal, deps.retentionMs);
  if (when === undefined || when > nowMs) {
    // Reopened, or kept longer meanwhile (a follow-up to wait for): back on the schedule, or off it.
    if (when === undefined) await deps.purges.cancel(teamId, signalId);
    else await deps.purges.schedule(teamId, signalId, when);
    return;
  }
  const target = signal.transfers?.at(-1)?.to.teamId;
  if (signal.status === 'transferred' && !signal.erasure && target && !(await deps.signals.get(target, signalId))) {
    // The team it went to has no copy yet: the transfer's second step comes first.
    await deps.purges.schedule(teamId, signalId, nowMs + HOUR_MS);
    return;
  }
  const posted = await deps.cards.get(teamId, signalId);
  if (posted) await sender.updateCard(posted, threadSenderOf(signal), removedCard(signal.reference, signal.erasure !== undefined, intakeTexts()));
  await redactSummary(signal, sender);
  // Looked at again after the Teams calls: reopened meanwhile, it is not purged and its card is put back as it
  // is now; the window left is between this read and the purge's own step.
  const now = await deps.signals.get(teamId, signalId);
  const stillDue = now ? purgeDueMs(now, deps.retentionMs) : undefined;
  if (now && (stillDue === undefined || stillDue > nowMs)) {
    if (posted) await sender.updateCard(posted, threadSenderOf(now), channelCardFor(now));
    if (stillDue === undefined) await deps.purges.cancel(teamId, signalId);
    else await deps.purges.schedule(teamId, signalId, stillDue);
    return;
  }
  if (now && !now.erasure && !now.redactedAt && followUpOpen(now)) {
    // Question 5 is still to come: the content goes now, a stub stays for it (purged once it is answered).
    await deps.signals.update<'not-due'>(teamId, signalId, (current) => {
      const due = purgeDueMs(current, deps.retentionMs);
      return due !== undefined && due <= nowMs && !current.erasure && !current.redactedAt && followUpOpen(current)
        ? { signal: redactedForFollowUp(current, at), audit: { ...audit, action: 'signal-redacted', reason: 'follow-up-open' }, jobs: [] }
        : { refused: 'not-due' };
    });
    await deps.purges.schedule(teamId, signalId, stubKeptUntilMs(now));
    return;
  }
  await deps.signals.purge(teamId, signalId, { ...audit, reason: signal.erasure ? `erasure-${signal.erasure.reason}` : 'retention' });
  await deps.purges.cancel(teamId, signalId);
  deps.log.info({ teamId, signalId }, 'signal purged');
}
