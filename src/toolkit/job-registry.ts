import type { NotificationJob, NotificationKind, ReminderSchedule } from '../domain';
import type { ProactiveSender } from './proactive-sender';

/**
 * What features register with the background work, as they register routes with the router: the job kinds they
 * deliver and the periodic tasks they run. Plain types, no botbuilder: a feature talks to Teams through the
 * ProactiveSender it is handed.
 */

/** What the background work hands a job or a task. */
export interface JobTools {
  readonly sender: ProactiveSender;
}

/** A delivery: resolves once Teams accepted everything; rejects to be retried with backoff. */
export type Delivery = () => Promise<void>;

/** What to do with a job, decided on the current records when the job is taken. */
export type JobPlan =
  /** Nothing (left) to deliver: the job is acknowledged. */
  | 'done'
  /** Not deliverable yet (e.g. no channel linked): the job stays pending and is looked at again after `waitMs`. */
  | { readonly waitMs: number }
  /** Deliver: retried with backoff until it succeeds, then the job is acknowledged. */
  | Delivery;

/** One kind of notification job: decides, per job, what to deliver. */
export interface JobKind {
  readonly kind: NotificationKind;
  plan(job: NotificationJob, tools: JobTools): Promise<JobPlan>;
}

/** Work that runs now and then on one instance at a time (see periodic-scheduler.ts). */
export interface PeriodicTask {
  readonly name: string;
  /** How often it runs on the instance that holds the lease. */
  readonly everyMs: number;
  run(nowMs: number, tools: JobTools): Promise<void>;
}

/** One feature's registrations. */
export interface JobRegistrations {
  readonly jobKinds: readonly JobKind[];
  readonly periodicTasks: readonly PeriodicTask[];
}

/**
 * Everything due on a schedule at `nowMs`, in batches of `batch`, handed to `handle` one at a time. With
 * `retryAfterMs`, what is taken stays on the schedule that much later until the handler cancels it, so an entry
 * whose taker dies comes round again; without it, taking removes it.
 */
export async function forEachDue(
  schedule: Pick<ReminderSchedule, 'takeDue'>,
  nowMs: number,
  options: { readonly batch: number; readonly retryAfterMs?: number },
  handle: (entry: { readonly teamId: string; readonly signalId: string }) => Promise<void>,
): Promise<void> {
  const retry = options.retryAfterMs === undefined ? undefined : { retryAfterMs: options.retryAfterMs };
  for (;;) {
    const due = await schedule.takeDue(nowMs, options.batch, retry);
    for (const entry of due) await handle(entry);
    if (due.length < options.batch) return;
  }
}
