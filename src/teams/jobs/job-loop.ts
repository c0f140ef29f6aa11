import { NOTIFICATION_KINDS, type NotificationJob, type NotificationKind, type NotificationQueue, type WakeUpListener, type WakeUps } from '../../domain';
import type { Logger } from '../../runtime/log';
import type { JobKind, JobTools } from '../../toolkit/job-registry';
import { retryDelayMs, statusOf } from './retry-delay';

export interface JobLoopOptions {
  readonly queue: NotificationQueue;
  readonly wakeUps: WakeUps;
  readonly kinds: readonly JobKind[];
  /** The queues (wijkteam ids) this deployment routes to. */
  readonly queues: readonly string[];
  /** This instance's name in the queues' consumer groups; unique per process. */
  readonly consumer: string;
  /**
   * A job another instance left pending this long is taken over (that instance is presumed dead). Also how often
   * every queue is swept: for a lost wake-up, and for a dead instance's jobs.
   */
  readonly staleMs: number;
  readonly tools: JobTools;
  readonly log: Logger;
  /** Jobs taken from a queue at a time. */
  readonly batch?: number;
  /** How long a failed delivery waits; retryDelayMs unless a test wants it quicker. */
  readonly retryDelay?: typeof retryDelayMs;
}

/** What a pass did, so a test can see that the work is done. */
export interface PassResult {
  /** Deliveries that succeeded. */
  readonly delivered: number;
  /** Jobs acknowledged without a delivery (nothing, or nothing more, to deliver). */
  readonly dropped: number;
  /** Jobs that failed and wait for a retry, or wait for something else (e.g. a channel to be linked). */
  readonly waiting: number;
}

interface Held {
  readonly teamId: string;
  /** Failed deliveries so far. */
  failures: number;
  /** Set while the job must not be tried: backing off after a failure, or waiting (see JobPlan). */
  timer?: NodeJS.Timeout;
  why?: 'retry' | 'wait';
}

/**
 * The one job loop of an instance. It waits on the instance's one wake-up listener, not on a poll per queue; a
 * wake-up names the queue to take from. Every `staleMs` it sweeps every queue once (one command per queue): that
 * delivers what a lost wake-up left behind and takes over jobs of instances that died (so within twice `staleMs`).
 * Retries are local timers. A job's plan is made afresh each time it is taken, on the records as they are then.
 *
 * At-least-once: a job stays pending in its queue until its delivery succeeded and it is acknowledged, so a job of
 * an instance that dies is delivered by another. Where a crash (or a lost connection) can still deliver twice:
 * - a new signal's card: after Teams accepted the card and before the card was recorded. The job is taken again,
 *   finds no record and posts a second card (see intake/jobs/new-signal.ts). Once recorded, a repeat finds the record;
 * - any other job: after Teams accepted the message and before the job was acknowledged; the signaller's update,
 *   question card or the answer notice is then sent again (a card update repeated changes nothing).
 *
 * Jobs in hand are taken again every third of `staleMs` (one command per queue that has any), which tells the other
 * instances this one is alive, so they do not take over a job that is only waiting for its retry.
 */
export function createJobLoop(options: JobLoopOptions) {
  const { queue, wakeUps, consumer, staleMs, tools, log } = options;
  const batch = options.batch ?? 20;
  const kinds = kindsByName(options.kinds);
  const queues = new Set(options.queues);
  const held = new Map<string, Held>();
  const dirty = new Set<string>();
  let chain: Promise<unknown> = Promise.resolve();
  let passQueued = false;
  let running = false;
  let stopped = false;
  let listener: WakeUpListener | undefined;
  const timers = new Set<NodeJS.Timeout>();

  /** Passes never overlap: a job is handled by one pass at a time. */
  function serially<T>(work: () => Promise<T>): Promise<T> {
    const next = chain.then(work);
    chain = next.catch(() => undefined);
    return next;
  }

  /** Marks queues to be taken from, and runs a pass for them soon (one pass for all that gather meanwhile). */
  function poke(teamIds: Iterable<string>): void {
    for (const teamId of teamIds) if (queues.has(teamId)) dirty.add(teamId);
    if (!running || passQueued || dirty.size === 0) return;
    passQueued = true;
    serially(async () => {
      passQueued = false;
      const teams = [...dirty];
      dirty.clear();
      await pass(teams);
    }).catch((err: unknown) => log.error({ err }, 'notifier pass failed'));
  }

  function every(ms: number, work: () => void): void {
    const timer = setInterval(work, ms);
    timer.unref();
    timers.add(timer);
  }

  async function pass(teamIds: readonly string[]): Promise<PassResult> {
    const result = { delivered: 0, dropped: 0, waiting: 0 };
    for (const teamId of teamIds) {
      let jobs: NotificationJob[];
      try {
        jobs = await queue.take(teamId, consumer, { count: batch, staleMs });
      } catch (err) {
        log.warn({ teamId, err }, 'could not read notification jobs');
        continue;
      }
      forgetLost(teamId, jobs);
      for (const job of jobs) {
        // A job backing off after a failed delivery waits for its timer (Retry-After, backoff); a job waiting for
        // something else is looked at again whenever its queue is.
        const mine = held.get(job.id);
        if (mine?.timer && mine.why === 'retry') {
          result.waiting++;
          continue;
        }
        result[await handle(job)]++;
      }
    }
    return result;
  }

  /** A job in hand that a full take no longer returns is no longer ours: acknowledged, or taken over by another. */
  function forgetLost(teamId: string, jobs: readonly NotificationJob[]): void {
    if (jobs.length >= batch) return;
    const taken = new Set(jobs.map((j) => j.id));
    for (const [id, entry] of held) if (entry.teamId === teamId && !taken.has(id)) release(id);
  }

  async function handle(job: NotificationJob): Promise<'delivered' | 'dropped' | 'waiting'> {
    const ids = { jobId: job.id, teamId: job.teamId, signalId: job.signalId, kind: job.kind };
    const entry = held.get(job.id) ?? { teamId: job.teamId, failures: 0 };
    held.set(job.id, entry);
    clearTimer(entry);
    let plan;
    try {
      plan = await kinds.get(job.kind)!.plan(job, tools);
    } catch (err) {
      // Reading the records failed (the store is away): like a failed delivery, try again later.
      return failed(job, entry, ids, err);
    }
    if (plan === 'done') {
      await acknowledge(job, ids);
      return 'dropped';
    }
    if (typeof plan !== 'function') {
      hold(job, entry, 'wait', plan.waitMs);
      return 'waiting';
    }
    try {
      await plan();
    } catch (err) {
      return failed(job, entry, ids, err);
    }
    // The duplicate window: Teams accepted the delivery; a crash before this acknowledgement delivers it again.
    await acknowledge(job, ids);
    return 'delivered';
  }

  function failed(job: NotificationJob, entry: Held, ids: Record<string, unknown>, err: unknown): 'waiting' {
    const { delayMs, retryable } = (options.retryDelay ?? retryDelayMs)(err, entry.failures);
    entry.failures++;
    // Counted where every instance (and the coordinators' status) sees it; a count lost here only hides a failure.
    queue.recordFailure(job.teamId, job.id).catch((failure: unknown) => log.warn({ ...ids, err: failure }, 'could not count a failed delivery'));
    hold(job, entry, 'retry', delayMs);
    const details = { ...ids, status: statusOf(err), attempt: entry.failures, retryInMs: Math.round(delayMs) };
    if (retryable) log.warn(details, 'not delivered yet; will retry');
    else log.error(details, 'cannot be delivered (bot blocked, not installed, or refused); retrying slowly');
    return 'waiting';
  }

  async function acknowledge(job: NotificationJob, ids: Record<string, unknown>): Promise<void> {
    release(job.id);
    try {
      await queue.ack(job.teamId, job.id);
    } catch (err) {
      // Still pending: the next take hands it out again, and its plan finds what is left to do.
      log.warn({ ...ids, err }, 'could not acknowledge a notification job');
    }
  }

  /** Leaves the job pending, in hand, until its timer takes it from its queue again. */
  function hold(job: NotificationJob, entry: Held, why: 'retry' | 'wait', ms: number): void {
    clearTimer(entry);
    if (stopped) return;
    entry.why = why;
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      poke([job.teamId]);
    }, ms);
    entry.timer.unref();
  }

  function clearTimer(entry: Held): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = undefined;
  }

  function release(jobId: string): void {
    const entry = held.get(jobId);
    if (entry) clearTimer(entry);
    held.delete(jobId);
  }

  return {
    /** Starts listening for wake-ups, sweeps every queue once, then every `staleMs`. */
    start(): void {
      if (running || stopped) return;
      running = true;
      listener = wakeUps.listen((teamIds) => poke(teamIds));
      // The first sweep once wake-ups are heard: a job written before then is found by it, one after by a wake-up.
      void listener.ready.then(() => poke(queues));
      every(staleMs, () => poke(queues));
      every(Math.max(1, Math.floor(staleMs / 3)), () => poke(new Set([...held.values()].map((e) => e.teamId))));
    },

    /**
     * One pass over every queue now, after any pass in progress: every job taken is handled, except those backing
     * off after a failed delivery (their timers run on). Resolves when the pass is done, with what it did.
     */
    async runOnce(): Promise<PassResult> {
      // After the start-up sweep, if started: that sweep is queued as soon as wake-ups are heard.
      await listener?.ready;
      return serially(() => pass([...queues]));
    },

    /** Stops taking work; resolves once the pass in progress is done. Jobs in hand stay pending for others. */
    async stop(): Promise<void> {
      running = false;
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      timers.clear();
      for (const id of [...held.keys()]) release(id);
      await listener?.close();
      listener = undefined;
      await chain;
    },
  };
}

export type JobLoop = ReturnType<typeof createJobLoop>;

/** Every job kind the queues hold must have exactly one registration: checked at start-up, not at the first job. */
function kindsByName(kinds: readonly JobKind[]): ReadonlyMap<NotificationKind, JobKind> {
  const byName = new Map<NotificationKind, JobKind>();
  for (const kind of kinds) {
    if (byName.has(kind.kind)) throw new Error(`job kind '${kind.kind}' is registered twice`);
    byName.set(kind.kind, kind);
  }
  const missing = NOTIFICATION_KINDS.filter((k) => !byName.has(k));
  if (missing.length > 0) throw new Error(`no registration for job kind(s): ${missing.join(', ')}`);
  return byName;
}
