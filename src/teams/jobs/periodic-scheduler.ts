import type { Clock, Leases } from '../../domain';
import type { Logger } from '../../runtime/log';
import type { JobTools, PeriodicTask } from '../../toolkit/job-registry';

export interface PeriodicSchedulerOptions {
  readonly leases: Leases;
  /** This instance's name as a lease holder; unique per process. */
  readonly owner: string;
  /** How long the lease lasts unrenewed: after the holder dies, another instance takes over within this. */
  readonly leaseMs: number;
  readonly tasks: readonly PeriodicTask[];
  readonly tools: JobTools;
  /** The time handed to the tasks (deadlines, due reminders). */
  readonly clock: Clock;
  readonly log: Logger;
}

const LEASE = 'periodic';

/**
 * Runs the periodic tasks on one instance at a time: the instance holding the lease `periodic` runs them all, each
 * at its own pace; the others only try to take the lease now and then. The holder renews it every third of
 * `leaseMs`; if it dies, the lease runs out and another instance takes over. Idle cost: one lease command per third
 * of `leaseMs` per instance, plus what the tasks themselves read.
 *
 * Holding is judged by this instance's own clock, conservatively (from before the lease command was sent), so a
 * holder whose renewals stopped getting through stops running tasks before the lease can pass to another.
 */
export function createPeriodicScheduler(options: PeriodicSchedulerOptions) {
  const { leases, owner, leaseMs, tasks, tools, clock, log } = options;
  let heldUntil = 0;
  let running = false;
  const timers = new Set<NodeJS.Timeout>();
  const inProgress = new Map<string, Promise<void>>();

  const holding = () => Date.now() < heldUntil;

  /** Renews the lease if this instance holds it, else (or if it ran out meanwhile) tries to take it. */
  async function keepLease(): Promise<boolean> {
    const asked = Date.now();
    try {
      const renewed = holding() && (await leases.renew(LEASE, owner, leaseMs));
      const ok = renewed || (await leases.acquire(LEASE, owner, leaseMs));
      if (ok && !renewed) log.info({ owner }, 'running the periodic tasks on this instance');
      heldUntil = ok ? asked + leaseMs : 0;
    } catch (err) {
      log.warn({ err }, 'could not take or renew the periodic tasks’ lease');
    }
    return holding();
  }

  /** Runs a task unless its previous run is still going; errors are logged, the next run comes anyway. */
  function runTask(task: PeriodicTask): Promise<void> {
    const earlier = inProgress.get(task.name);
    if (earlier) return earlier;
    const run = task
      .run(clock.now(), tools)
      .catch((err: unknown) => log.warn({ task: task.name, err }, 'periodic task failed; it runs again at its next turn'))
      .finally(() => inProgress.delete(task.name));
    inProgress.set(task.name, run);
    return run;
  }

  function every(ms: number, work: () => void): void {
    const timer = setInterval(work, ms);
    timer.unref();
    timers.add(timer);
  }

  return {
    start(): void {
      if (running) return;
      running = true;
      void keepLease();
      every(Math.max(1, Math.floor(leaseMs / 3)), () => void keepLease());
      for (const task of tasks) {
        every(task.everyMs, () => {
          if (holding()) void runTask(task);
        });
      }
    },

    /** Runs every task once now, if this instance holds (or can take) the lease; resolves when they are done. */
    async runOnce(): Promise<void> {
      if (!(await keepLease())) return;
      for (const task of tasks) await runTask(task);
    },

    /** Stops the tasks, waits for runs in progress, and gives the lease up so another instance takes over at once. */
    async stop(): Promise<void> {
      running = false;
      for (const timer of timers) clearInterval(timer);
      timers.clear();
      await Promise.all(inProgress.values());
      if (heldUntil > 0) {
        heldUntil = 0;
        await leases.release(LEASE, owner).catch((err: unknown) => log.warn({ err }, 'could not give up the periodic tasks’ lease'));
      }
    },
  };
}

export type PeriodicScheduler = ReturnType<typeof createPeriodicScheduler>;
