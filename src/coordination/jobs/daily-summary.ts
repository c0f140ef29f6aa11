import {
  amsterdamDate,
  DEFAULT_HOLIDAY_RULES,
  nextWorkingDayAt,
  type ChannelLinks,
  type Clock,
  type QueueFigures,
  type ReminderSchedule,
  type RoutingTable,
} from '../../domain';
import type { Logger } from '../../runtime/log';
import { adaptiveCard } from '../../toolkit/cards';
import { forEachDue, type JobRegistrations, type PeriodicTask } from '../../toolkit/job-registry';
import { intakeTexts } from '../../texts';
import { formatCardDate } from '../../texts/dates';
import { statusCard } from '../cards/status-card';
import { COORDINATION_CHANNEL } from '../coordination-commands';

export interface CoordinationJobDeps {
  readonly figures: QueueFigures;
  readonly links: ChannelLinks;
  /** The daily summaries still to post, by when; one entry per working day. */
  readonly summaries: ReminderSchedule;
  readonly routing: RoutingTable;
  /** Minutes after midnight, Europe/Amsterdam. */
  readonly dailySummaryMinute: number;
  readonly clock: Clock;
  readonly log: Logger;
}

/** A summary taken but not posted (the instance died, Teams refused) comes round again after this. */
const RETRY_MS = 5 * 60_000;

/**
 * The daily summary: on working days (not weekends, not Dutch public holidays) at the configured time, the status card
 * of all queues in the coordinators' channel. Decided once: each working day is one entry on the summaries schedule
 * (member: the date), put there ahead of time; taking it is atomic, so one instance takes it. Delivered at least once:
 * the entry stays on the schedule (five minutes later) until Teams accepted the post. The duplicate window: Teams
 * accepted it and the instance died before taking the entry off. A day the bot was down at that time gets no summary.
 */
export function dailySummaryTask(deps: CoordinationJobDeps): PeriodicTask {
  return {
    name: 'daily-summary',
    everyMs: 60_000,
    async run(nowMs, { sender }) {
      const holidays = deps.routing.holidays ?? DEFAULT_HOLIDAY_RULES;
      // The next one is always on the schedule; scheduling the same day again only sets the same time.
      const next = nextWorkingDayAt(nowMs, deps.dailySummaryMinute, holidays);
      await deps.summaries.schedule(COORDINATION_CHANNEL, amsterdamDate(next), next);
      await forEachDue(deps.summaries, nowMs, { batch: 5, retryAfterMs: RETRY_MS }, async ({ signalId: date }) => {
        const link = await deps.links.get(COORDINATION_CHANNEL);
        if (!link) {
          deps.log.warn({ date }, 'no coordinators’ channel linked; the daily summary is skipped');
          await deps.summaries.cancel(COORDINATION_CHANNEL, date);
          return;
        }
        const texts = intakeTexts();
        const teams = deps.routing.teams;
        const statuses = await deps.figures.status(
          teams.map((t) => t.id),
          nowMs,
        );
        const teamName = (teamId: string) => teams.find((t) => t.id === teamId)?.name ?? teamId;
        const title = texts.coordination.summaryTitle(formatCardDate(date, texts.intake.signalCard.language));
        try {
          await sender.startThread(link, {
            type: 'message',
            attachments: [adaptiveCard(statusCard(statuses, { title, teamName, texts, now: nowMs, overdueButtons: true }))],
          });
        } catch (err) {
          deps.log.warn({ date, err }, 'daily summary not posted; it is tried again in five minutes');
          return;
        }
        await deps.summaries.cancel(COORDINATION_CHANNEL, date);
        deps.log.info({ date }, 'daily summary posted');
      });
    },
  };
}

/** Coordination's background work: the daily summary (escalation is intake's, in the intake channel). */
export function coordinationJobs(deps: CoordinationJobDeps): JobRegistrations {
  return { jobKinds: [], periodicTasks: [dailySummaryTask(deps)] };
}
