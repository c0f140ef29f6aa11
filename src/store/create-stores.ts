import { Redis } from 'ioredis';
import type { Config } from '../config/config';
import type {
  AuditLog,
  ChannelLinks,
  Clock,
  DutyRosters,
  ConversationStore,
  Leases,
  NotificationQueue,
  PostedCards,
  QueueFigures,
  ReminderSchedule,
  SignalStore,
  WakeUps,
} from '../domain';
import type { Logger } from '../runtime/log';
import { FALLBACK_ONLY_ROUTING, figureCalendarOf, type RoutingTable } from '../domain';
import { createMemoryQueueFigures } from './memory-figures';
import { createRedisQueueFigures } from './redis-figures';
import { createMemoryAuditLog } from './memory-audit-log';
import { createMemoryChannelLinks, createMemoryDutyRosters } from './memory-channel-links';
import { createMemoryConversationStore } from './memory-conversation-store';
import { createMemoryLeases } from './memory-leases';
import { createMemoryNotificationQueue, createMemoryPostedCards } from './memory-notification-queue';
import { createMemoryReminderSchedule } from './memory-reminder-schedule';
import { createMemorySignalStore } from './memory-signal-store';
import { createMemoryWakeUps } from './memory-wake-ups';
import { createRedisAuditLog } from './redis-audit-log';
import { createRedisChannelLinks, createRedisDutyRosters } from './redis-channel-links';
import { createRedisConversationStore } from './redis-conversation-store';
import { createRedisLeases } from './redis-leases';
import { createRedisNotificationQueue, createRedisPostedCards } from './redis-notification-queue';
import { createRedisReminderSchedule } from './redis-reminder-schedule';
import { createRedisSignalStore } from './redis-signal-store';
import { createRedisWakeUps } from './redis-wake-ups';
import { createSignalCodec } from './signal-codec';
import { createStateCodec } from './state-codec';
import { createValueCipher } from './value-cipher';
import { wakeOnLink } from './wake-on-link';

/** Teams re-delivers within minutes; a day of memory of committed activity ids is ample. */
export const DONE_TTL_MS = 24 * 60 * 60 * 1000;

export interface Stores {
  readonly conversations: ConversationStore;
  readonly signals: SignalStore;
  readonly links: ChannelLinks;
  /** Who is on duty for acute signals, per queue ("dienst"). */
  readonly duty: DutyRosters;
  readonly audit: AuditLog;
  readonly notifications: NotificationQueue;
  readonly cards: PostedCards;
  readonly reminders: ReminderSchedule;
  /** Claim deadlines still to check (see the overdue task). */
  readonly deadlines: ReminderSchedule;
  /** Follow-ups of afweging question 5 still to ask (see the signaller's follow-up task). */
  readonly followUps: ReminderSchedule;
  /** Signals to purge (see intake's purge task). */
  readonly purges: ReminderSchedule;
  /** Unclaimed signals past their deadline, by when they are next brought up again (see intake's escalation task). */
  readonly escalations: ReminderSchedule;
  /** The coordinators' daily summaries, by when (see coordination's daily summary task). */
  readonly summaries: ReminderSchedule;
  /** Nudges the background work when a queue gets a job (see WakeUps). */
  readonly wakeUps: WakeUps;
  /** Who runs the one-instance background work now. */
  readonly leases: Leases;
  /** The queues' figures for coordinators, kept by the signal store. */
  readonly figures: QueueFigures;
}

/** Redis when configured, else the in-memory twins; both sealed with the same cipher. */
/** `routing` gives the teams' working time to the claim-time figures. */
export function createStores(config: Config, clock: Clock, log: Logger, routing: RoutingTable = FALLBACK_ONLY_ROUTING): Stores {
  const calendar = figureCalendarOf(routing);
  const cipher = createValueCipher(config.encryption);
  const codec = createStateCodec(cipher);
  const signalCodec = createSignalCodec(cipher);
  if (!config.redis) {
    const notifications = createMemoryNotificationQueue({ now: () => clock.now() });
    const audit = createMemoryAuditLog();
    const wakeUps = createMemoryWakeUps();
    const followUps = createMemoryReminderSchedule();
    const [reminders, deadlines, purges] = [createMemoryReminderSchedule(), createMemoryReminderSchedule(), createMemoryReminderSchedule()];
    const [escalations, summaries] = [createMemoryReminderSchedule(), createMemoryReminderSchedule()];
    const cards = createMemoryPostedCards();
    const links = wakeOnLink(createMemoryChannelLinks(), wakeUps);
    const figures = createMemoryQueueFigures({ jobs: notifications, links });
    return {
      conversations: createMemoryConversationStore({ codec, clock, stateTtlMs: config.stateTtlMs, doneTtlMs: DONE_TTL_MS }),
      signals: createMemorySignalStore({
        codec: signalCodec,
        jobs: notifications,
        audit,
        wakeUps,
        followUps,
        unschedule: [reminders, deadlines, followUps, escalations],
        cards,
        figures,
        calendar,
      }),
      links,
      figures,
      duty: createMemoryDutyRosters(),
      audit,
      notifications,
      cards,
      reminders,
      deadlines,
      followUps,
      purges,
      escalations,
      summaries,
      wakeUps,
      leases: createMemoryLeases(clock),
    };
  }
  const redis = createRedisClient(config.redis.url, log);
  redis.once('ready', () => void warnAboutRedisDurability(redis, log));
  const keyPrefix = config.redis.keyPrefix;
  // A blocking read that finds nothing costs a command: wait as long as the sweep does.
  const wakeUps = createRedisWakeUps({ redis, keyPrefix, blockMs: config.notifier.staleMs });
  const followUps = createRedisReminderSchedule({ redis, keyPrefix, name: 'followups' });
  const reminders = createRedisReminderSchedule({ redis, keyPrefix });
  const deadlines = createRedisReminderSchedule({ redis, keyPrefix, name: 'deadlines' });
  const purges = createRedisReminderSchedule({ redis, keyPrefix, name: 'purges' });
  const escalations = createRedisReminderSchedule({ redis, keyPrefix, name: 'escalations' });
  const summaries = createRedisReminderSchedule({ redis, keyPrefix, name: 'summaries' });
  return {
    conversations: createRedisConversationStore({ redis, codec, keyPrefix, stateTtlMs: config.stateTtlMs, doneTtlMs: DONE_TTL_MS }),
    signals: createRedisSignalStore({
      redis,
      codec: signalCodec,
      keyPrefix,
      wakeUps,
      followUps,
      unschedule: [reminders, deadlines, followUps, purges, escalations],
      calendar,
    }),
    figures: createRedisQueueFigures({ redis, keyPrefix }),
    links: wakeOnLink(createRedisChannelLinks({ redis, keyPrefix }), wakeUps),
    duty: createRedisDutyRosters({ redis, keyPrefix }),
    audit: createRedisAuditLog({ redis, keyPrefix }),
    notifications: createRedisNotificationQueue({ redis, keyPrefix }),
    cards: createRedisPostedCards({ redis, keyPrefix }),
    reminders,
    deadlines,
    followUps,
    purges,
    escalations,
    summaries,
    wakeUps,
    leases: createRedisLeases({ redis, keyPrefix }),
  };
}

function createRedisClient(url: string, log: Logger): Redis {
  const redis = new Redis(url, {
    // A turn must fail fast (Teams retries it) rather than hang past Teams' 15 s.
    maxRetriesPerRequest: 1,
    // A commit whose connection dropped must fail (Teams re-delivers), not run again behind the turn's back and
    // come back as "already committed" with nobody sending its replies.
    autoResendUnfulfilledCommands: false,
    connectTimeout: 5000,
    commandTimeout: 5000,
  });
  const redisLog = log.child({ part: 'store' });
  // The URL can hold a password: log the event, not the address.
  redis.on('error', (err: Error) => redisLog.warn({ err: { type: err.name, message: err.message } }, 'redis connection problem'));
  redis.on('ready', () => redisLog.info('redis ready'));
  return redis;
}

/** Managed Redis often evicts keys with a TTL and may not persist; both lose conversations. Warn, do not refuse. */
async function warnAboutRedisDurability(redis: Redis, log: Logger): Promise<void> {
  try {
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
    const [, aof] = (await redis.config('GET', 'appendonly')) as [string, string];
    if (policy !== 'noeviction') log.warn({ policy }, 'redis maxmemory-policy should be noeviction, or state can be evicted');
    if (aof !== 'yes') log.warn('redis appendonly is off: a redis restart can lose recent state (use AOF, appendfsync everysec)');
  } catch {
    log.info('could not read redis configuration (CONFIG may be disabled); check eviction and persistence by hand');
  }
}
