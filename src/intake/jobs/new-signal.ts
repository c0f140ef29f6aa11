import { effectiveUrgency } from '../../domain';
import { adaptiveCard, withMentions } from '../../toolkit/cards';
import type { OutgoingMessage } from '../../toolkit/proactive-sender';
import type { JobKind } from '../../toolkit/job-registry';
import { intakeTexts } from '../../texts';
import { channelCardFor } from '../cards/channel-card';
import type { IntakeJobDeps } from './intake-job-deps';
import { jobIds, loadJobSubject } from './load-job-subject';
import { watchDeadline } from './overdue';
import { onDutyOf } from '../on-duty';

/**
 * Posts a new signal as a card in a new thread of its queue's intake channel, and records where; an acute one gets
 * its first reminder scheduled. A queue without a linked channel keeps its signals waiting until one is linked.
 *
 * The duplicate window: a crash (or a lost connection) after Teams accepted the card and before it was recorded.
 * The job is then taken again, finds no record, and posts a second card.
 */
export function newSignalJob(deps: IntakeJobDeps): JobKind {
  return {
    kind: 'new-signal',
    async plan(job, { sender }) {
      const subject = await loadJobSubject(deps, job);
      if (!subject || subject.posted) return 'done';
      const { signal } = subject;
      // Watched from the start, also while the queue has no channel yet: the deadline runs all the same.
      if (signal.status === 'new') await watchDeadline(deps, signal);
      const link = await deps.links.get(job.teamId);
      if (!link) {
        deps.log.debug(jobIds(job), 'no intake channel linked yet; signal waits');
        return { waitMs: deps.unlinkedRecheckMs ?? 5_000 };
      }
      return async () => {
        const mention =
          effectiveUrgency(signal) === 'acute' ? await onDutyMention(deps, job.teamId, intakeTexts().intake.signalCard.acuteMention(signal.reference)) : {};
        const card = await sender.startThread(link, {
          type: 'message',
          // The line is there to notify people; with nobody on duty the card's own ACUUT says it all.
          ...(mention.entities ? mention : {}),
          attachments: [adaptiveCard(channelCardFor(signal))],
        });
        await deps.cards.record(job.teamId, job.signalId, card);
        deps.log.info({ ...jobIds(job), activityId: card.activityId }, 'signal card posted');
        if (effectiveUrgency(signal) === 'acute') await deps.reminders.schedule(job.teamId, job.signalId, deps.clock.now() + deps.acuteReminderMs);
      };
    },
  };
}

/**
 * An acute card is posted with a line that @mentions the queue's on-duty intake ("dienst", or until set the routing
 * file's acuteMentions), so Teams notifies them; the card itself carries no names. Nobody on duty: the plain text
 * (a reminder still needs it; a card goes without).
 */
export async function onDutyMention(deps: IntakeJobDeps, teamId: string, text: string): Promise<Pick<OutgoingMessage, 'text' | 'entities'>> {
  const people = await onDutyOf(deps, teamId);
  return people.length === 0 ? { text } : withMentions(people, text);
}
