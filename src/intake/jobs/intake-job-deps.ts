import type { AuditLog, ChannelLinks, Clock, DutyRosters, PostedCards, ReminderSchedule, RoutingTable, SignalStore } from '../../domain';
import type { Logger } from '../../runtime/log';

/** What intake's job kinds and periodic tasks read and write. */
export interface IntakeJobDeps {
  readonly signals: SignalStore;
  readonly cards: PostedCards;
  readonly links: ChannelLinks;
  readonly reminders: ReminderSchedule;
  /** Claim deadlines to check once they pass (the overdue task). */
  readonly deadlines: ReminderSchedule;
  /** Late unclaimed signals, by when they are next brought up again; and how often. */
  readonly escalations: ReminderSchedule;
  readonly escalationIntervalMs: number;
  /** Who is on duty per queue: whom acute cards and reminders @mention. */
  readonly duty: DutyRosters;
  /** Signals to purge, by when; how long content and audit entries are kept. */
  readonly purges: ReminderSchedule;
  readonly retentionMs: number;
  readonly auditRetentionMs: number;
  readonly audit: AuditLog;
  readonly routing: RoutingTable;
  /** When reminders are due. */
  readonly clock: Clock;
  readonly log: Logger;
  /** An acute signal nobody has claimed is announced again in its thread this often. */
  readonly acuteReminderMs: number;
  /** How often a signal waiting for its queue's channel to be linked looks again; 5 s unless a test says otherwise. */
  readonly unlinkedRecheckMs?: number;
}
