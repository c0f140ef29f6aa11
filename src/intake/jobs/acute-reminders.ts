import { forEachDue, type PeriodicTask } from '../../toolkit/job-registry';
import { intakeTexts } from '../../texts';
import type { IntakeJobDeps } from './intake-job-deps';
import { threadSenderOf } from './load-job-subject';
import { onDutyMention } from './new-signal';

const BATCH = 20;

/**
 * An acute signal nobody has claimed is announced again in its thread, @mentioning who is on duty, every
 * `acuteReminderMs` until someone claims it. One schedule for all queues, looked at by one instance at a time: finding nothing due is one command, however
 * many queues. The next reminder is scheduled before this one is posted, so a crash in between skips one reminder,
 * never all of them.
 */
export function acuteReminders(deps: IntakeJobDeps): PeriodicTask {
  return {
    name: 'acute-reminders',
    // A quarter of the reminder interval, at most 30 s late.
    everyMs: Math.max(10, Math.min(30_000, Math.round(deps.acuteReminderMs / 4))),
    async run(nowMs, { sender }) {
      await forEachDue(deps.reminders, nowMs, { batch: BATCH }, async ({ teamId, signalId }) => {
        const signal = await deps.signals.get(teamId, signalId);
        const posted = await deps.cards.get(teamId, signalId);
        if (!signal || !posted || signal.status !== 'new') return;
        await deps.reminders.schedule(teamId, signalId, nowMs + deps.acuteReminderMs);
        try {
          const text = intakeTexts().intake.signalCard.reminder(signal.reference);
          await sender.postInThread(posted, threadSenderOf(signal), { type: 'message', ...(await onDutyMention(deps, teamId, text)) });
          deps.log.info({ teamId, signalId }, 'unclaimed acute signal announced again');
        } catch (err) {
          deps.log.warn({ teamId, signalId, err }, 'could not announce an unclaimed acute signal; next reminder is scheduled');
        }
      });
    },
  };
}
