import type { RoutingTable } from '../../../src/domain';
import { intakeJobs } from '../../../src/intake/jobs';
import { signallerJobs } from '../../../src/signaller/jobs/follow-ups';
import { createRedisChannelLinks, createRedisDutyRosters } from '../../../src/store/redis-channel-links';
import { createRedisLeases } from '../../../src/store/redis-leases';
import { createRedisAuditLog } from '../../../src/store/redis-audit-log';
import { createRedisNotificationQueue, createRedisPostedCards } from '../../../src/store/redis-notification-queue';
import { createRedisReminderSchedule } from '../../../src/store/redis-reminder-schedule';
import { createRedisSignalStore } from '../../../src/store/redis-signal-store';
import { createRedisWakeUps } from '../../../src/store/redis-wake-ups';
import { createSignalCodec } from '../../../src/store/signal-codec';
import { createValueCipher } from '../../../src/store/value-cipher';
import { systemClock } from '../../../src/runtime/system-clock';
import { createAdapter } from '../../../src/teams/adapter';
import { createBackgroundWork } from '../../../src/teams/jobs/background-work';
import { WEEKDAYS } from '../../helpers/intake';
import { captureLog } from '../../helpers/log-capture';
import { connectRedis, countCommands, uniquePrefix } from '../../helpers/redis';

/**
 * What the background work costs Redis when there is nothing to do, for a small and a large deployment. Measured
 * with a short NOTIFIER_STALE_SECONDS (1 s) over a few seconds and scaled to the default 30 s. The bound is the
 * design: one sweep command per queue per stale period, plus one for the reminder schedule (all queues in one),
 * plus the instance's one blocking read and its lease commands, so idle never goes back to a poll per queue.
 */
const STALE_MS = 1_000;
const WINDOW_MS = 3_000;
const DEFAULT_STALE_MS = 30_000;

/** Counts commands sent by `redis` and by every connection duplicated from it (the blocking reader). */
function routingFor(queues: number): RoutingTable {
  const teams = Array.from({ length: queues }, (_, i) => ({ id: `team${i}`, name: `Wijkteam ${i}`, officeHours: WEEKDAYS }));
  return { teams, pc4: {}, pc6: {}, fallbackTeamId: 'team0' };
}

async function idleCommands(queues: number): Promise<string[]> {
  const { redis, commands } = countCommands(connectRedis());
  const keyPrefix = uniquePrefix();
  const routing = routingFor(queues);
  const wakeUps = createRedisWakeUps({ redis, keyPrefix, blockMs: STALE_MS });
  const { log } = captureLog();
  const signals = createRedisSignalStore({ redis, codec: createSignalCodec(createValueCipher({ plaintext: true })), keyPrefix, wakeUps });
  const jobs = createBackgroundWork({
    adapter: createAdapter({}),
    appId: '',
    queue: createRedisNotificationQueue({ redis, keyPrefix }),
    wakeUps,
    leases: createRedisLeases({ redis, keyPrefix }),
    queues: routing.teams.map((t) => t.id),
    registrations: [
      intakeJobs({
        signals,
        cards: createRedisPostedCards({ redis, keyPrefix }),
        links: createRedisChannelLinks({ redis, keyPrefix }),
        reminders: createRedisReminderSchedule({ redis, keyPrefix }),
        deadlines: createRedisReminderSchedule({ redis, keyPrefix, name: 'deadlines' }),
        escalations: createRedisReminderSchedule({ redis, keyPrefix, name: 'escalations' }),
        escalationIntervalMs: 4 * 60 * 60_000,
        duty: createRedisDutyRosters({ redis, keyPrefix }),
        purges: createRedisReminderSchedule({ redis, keyPrefix, name: 'purges' }),
        audit: createRedisAuditLog({ redis, keyPrefix }),
        retentionMs: 30 * 24 * 60 * 60_000,
        auditRetentionMs: 365 * 24 * 60 * 60_000,
        routing,
        clock: systemClock,
        log,
        acuteReminderMs: 15 * 60_000,
      }),
      signallerJobs({ signals, followUps: createRedisReminderSchedule({ redis, keyPrefix, name: 'followups' }), routing, clock: systemClock, log }),
    ],
    instanceId: 'idle-instance',
    staleMs: STALE_MS,
    clock: systemClock,
    log,
  });
  try {
    jobs.start();
    // Warm up: the first sweep, the lease taken, the scripts loaded. Then count a quiet window.
    await jobs.runOnce();
    commands.splice(0);
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
    return commands.map((c) => c.name);
  } finally {
    await jobs.stop();
    await redis.quit();
  }
}

describe('the background work at rest', () => {
  it.each([4, 100])(
    'with %i queues costs one command per queue per stale period, plus a few per instance',
    async (queues) => {
      const names = await idleCommands(queues);
      const periods = WINDOW_MS / STALE_MS;
      const perPeriod = names.length / periods;
      const byName = names.reduce<Record<string, number>>((acc, n) => ({ ...acc, [n]: (acc[n] ?? 0) + 1 }), {});
      console.log(
        `${queues} queues, idle: ${perPeriod.toFixed(1)} commands per stale period ` +
          `(${JSON.stringify(byName)} in ${WINDOW_MS / 1000} s at ${STALE_MS / 1000} s); ` +
          `at the default NOTIFIER_STALE_SECONDS=30 that is ${(perPeriod / (DEFAULT_STALE_MS / 1000)).toFixed(2)} commands/s`,
      );
      // A timer may fire once more at either end of the window: one period's worth of slack on each count.
      const sweeps = (1 + queues) * (periods + 1);
      const blockingReads = WINDOW_MS / STALE_MS + 1;
      const leaseCommands = WINDOW_MS / (STALE_MS / 3) + 1;
      expect(names.length).toBeLessThanOrEqual(sweeps + blockingReads + leaseCommands);
      // And it is not free of sweeps either: dead instances' jobs and lost wake-ups are still looked for.
      expect(byName.evalsha ?? 0).toBeGreaterThanOrEqual(queues * (periods - 1));
    },
    30_000,
  );
});
