import type { CloudAdapter } from 'botbuilder';
import type { Clock, Leases, NotificationQueue, WakeUps } from '../../domain';
import type { Logger } from '../../runtime/log';
import { createBotFrameworkSender } from './bot-framework-sender';
import { createJobLoop, type PassResult } from './job-loop';
import { createPeriodicScheduler } from './periodic-scheduler';
import type { JobRegistrations } from '../../toolkit/job-registry';

export interface BackgroundWorkOptions {
  readonly adapter: CloudAdapter;
  /** The bot's app id; '' in local mode. */
  readonly appId: string;
  readonly queue: NotificationQueue;
  readonly wakeUps: WakeUps;
  readonly leases: Leases;
  /** The queues (wijkteam ids) this deployment routes to. */
  readonly queues: readonly string[];
  /** What the features registered. */
  readonly registrations: readonly JobRegistrations[];
  /** This instance's name among the instances sharing the queues and the lease; unique per process. */
  readonly instanceId: string;
  /** Takeover of a dead instance's jobs and of the lease; also the sweep's period (see job-loop.ts). */
  readonly staleMs: number;
  /** Minimum time between two posts in one channel: Teams allows 7 per second and 60 per 30 seconds. */
  readonly channelSpacingMs?: number;
  readonly clock: Clock;
  readonly log: Logger;
}

export interface BackgroundWork {
  start(): void;
  /**
   * Everything due now, once: a pass over every queue (see JobLoop.runOnce) and, if this instance holds or can take
   * the lease, every periodic task. Resolves when done; for tests, which then assert that nothing more happens.
   */
  runOnce(): Promise<PassResult>;
  /** Finishes what is in progress and stops; jobs in hand stay pending for other instances. */
  stop(): Promise<void>;
}

/** The one background loop of an instance, with the one-instance scheduler, for everything features registered. */
export function createBackgroundWork(options: BackgroundWorkOptions): BackgroundWork {
  const log = options.log.child({ part: 'notifier' });
  const tools = { sender: createBotFrameworkSender({ adapter: options.adapter, appId: options.appId, channelSpacingMs: options.channelSpacingMs ?? 500 }) };
  const loop = createJobLoop({
    queue: options.queue,
    wakeUps: options.wakeUps,
    kinds: options.registrations.flatMap((r) => r.jobKinds),
    queues: options.queues,
    consumer: options.instanceId,
    staleMs: options.staleMs,
    tools,
    log,
  });
  const scheduler = createPeriodicScheduler({
    leases: options.leases,
    owner: options.instanceId,
    leaseMs: options.staleMs,
    tasks: options.registrations.flatMap((r) => r.periodicTasks),
    tools,
    clock: options.clock,
    log,
  });
  return {
    start() {
      loop.start();
      scheduler.start();
    },
    async runOnce() {
      const result = await loop.runOnce();
      await scheduler.runOnce();
      return result;
    },
    async stop() {
      await Promise.all([loop.stop(), scheduler.stop()]);
    },
  };
}
