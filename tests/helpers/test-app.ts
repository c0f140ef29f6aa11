import { parseConfig, type Config } from '../../src/config/config';
import type { TabFile } from '../../src/coordination/tab-api/tab-files';
import { intakeJobs } from '../../src/intake/jobs';
import { signallerJobs } from '../../src/signaller/jobs/follow-ups';
import { coordinationJobs } from '../../src/coordination/jobs/daily-summary';
import { createMemoryQueueFigures } from '../../src/store/memory-figures';
import { createAdapter, type AuthEndpoints } from '../../src/teams/adapter';
import { createBackgroundWork, type BackgroundWork } from '../../src/teams/jobs/background-work';
import type { TurnLogic } from '../../src/teams/turn-runner';
import {
  FALLBACK_ONLY_ROUTING,
  type AuditLog,
  type ChannelLinks,
  type Clock,
  type ConversationStore,
  type DutyRosters,
  type NotificationQueue,
  figureCalendarOf,
  type PostedCards,
  type QueueFigures,
  type ReminderSchedule,
  type RoutingTable,
  type SignalStore,
  type WakeUps,
} from '../../src/domain';
import { createMemoryNotificationQueue, createMemoryPostedCards } from '../../src/store/memory-notification-queue';
import { createMemoryReminderSchedule } from '../../src/store/memory-reminder-schedule';
import { createMemoryAuditLog } from '../../src/store/memory-audit-log';
import { createMemoryChannelLinks, createMemoryDutyRosters } from '../../src/store/memory-channel-links';
import { createMemoryLeases } from '../../src/store/memory-leases';
import { createMemorySignalStore } from '../../src/store/memory-signal-store';
import { createMemoryWakeUps } from '../../src/store/memory-wake-ups';
import { createSignalCodec } from '../../src/store/signal-codec';
import type { Logger } from '../../src/runtime/log';
import { createApp } from '../../src/server';
import { createMemoryConversationStore } from '../../src/store/memory-conversation-store';
import { createStateCodec } from '../../src/store/state-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import { wakeOnLink } from '../../src/store/wake-on-link';
import { systemClock } from '../../src/runtime/system-clock';
import { TEST_TENANT } from './activities';
import { fakeClock } from './fake-clock';
import { captureLog } from './log-capture';

export interface TestApp {
  readonly url: string;
  readonly store: ConversationStore;
  readonly signals: SignalStore;
  readonly links: ChannelLinks;
  readonly audit: AuditLog;
  readonly cards: PostedCards;
  readonly reminders: ReminderSchedule;
  readonly deadlines: ReminderSchedule;
  readonly followUps: ReminderSchedule;
  readonly purges: ReminderSchedule;
  readonly escalations: ReminderSchedule;
  readonly summaries: ReminderSchedule;
  readonly figures: QueueFigures;
  readonly duty: DutyRosters;
  /** The background work: `jobs.runOnce()` does everything due now and resolves when it is done. */
  readonly jobs: BackgroundWork;
  readonly logLines: () => string[];
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
}

/** Settings of the background work a test may change. */
export interface TestJobSettings {
  /** Ignored: the background work waits for wake-ups instead of polling. Kept so older tests still compile. */
  readonly pollMs?: number;
  readonly staleMs?: number;
  readonly unlinkedRecheckMs?: number;
  readonly channelSpacingMs?: number;
  readonly acuteReminderMs?: number;
}

export function configFrom(env: Record<string, string>): Config {
  const result = parseConfig(env);
  if (!result.ok) throw new Error(`test config invalid: ${result.problems.join('; ')}`);
  return result.config;
}

/**
 * The real server on a free loopback port and the real background work, wired as src/index.ts wires them; by
 * default local mode, the memory stores and the product's bot. The background work runs on the system clock
 * (reminders are due in real time) unless `jobsClock` says otherwise; `jobs.runOnce()` drives it deterministically.
 */
export async function startTestApp(
  options: {
    env?: Record<string, string>;
    store?: ConversationStore;
    signals?: SignalStore;
    links?: ChannelLinks;
    duty?: DutyRosters;
    audit?: AuditLog;
    notifications?: NotificationQueue;
    deadlines?: ReminderSchedule;
    followUps?: ReminderSchedule;
    purges?: ReminderSchedule;
    escalations?: ReminderSchedule;
    summaries?: ReminderSchedule;
    /** The queues' figures the signal store keeps (Redis ones with Redis stores). */
    figures?: QueueFigures;
    /** The stores' own wake-ups (Redis ones with Redis stores), so the background work hears their writes. */
    wakeUps?: WakeUps;
    cards?: PostedCards;
    notifier?: TestJobSettings;
    instanceId?: string;
    routing?: RoutingTable;
    logic?: TurnLogic;
    clock?: Clock;
    jobsClock?: Clock;
    log?: Logger;
    authEndpoints?: AuthEndpoints;
    /** The coordinators' tab's files; dist/tab (as built by npm test) unless given. */
    tabFiles?: ReadonlyMap<string, TabFile>;
  } = {},
): Promise<TestApp> {
  const config: Config = { ...configFrom({ BOT_LOCAL_MODE: 'true', ALLOWED_TENANT_IDS: TEST_TENANT, ...options.env }), port: 0 };
  const clock = options.clock ?? fakeClock();
  const jobsClock = options.jobsClock ?? systemClock;
  const captured = captureLog();
  const log = options.log ?? captured.log;
  const store =
    options.store ??
    createMemoryConversationStore({
      codec: createStateCodec(createValueCipher({ plaintext: true })),
      clock,
      stateTtlMs: config.stateTtlMs,
      doneTtlMs: 60_000,
    });
  const audit = options.audit ?? createMemoryAuditLog();
  const wakeUps = options.wakeUps ?? createMemoryWakeUps();
  const memoryJobs = createMemoryNotificationQueue({ now: () => Date.now() });
  const notifications = options.notifications ?? memoryJobs;
  const cards = options.cards ?? createMemoryPostedCards();
  const followUps = options.followUps ?? createMemoryReminderSchedule();
  const purges = options.purges ?? createMemoryReminderSchedule();
  const reminders = createMemoryReminderSchedule();
  const deadlines = options.deadlines ?? createMemoryReminderSchedule();
  const escalations = options.escalations ?? createMemoryReminderSchedule();
  const summaries = options.summaries ?? createMemoryReminderSchedule();
  const links = options.links ?? wakeOnLink(createMemoryChannelLinks(), wakeUps);
  const routing = options.routing ?? FALLBACK_ONLY_ROUTING;
  const memoryFigures = createMemoryQueueFigures({ jobs: memoryJobs, links });
  const figures = options.figures ?? memoryFigures;
  const signals =
    options.signals ??
    createMemorySignalStore({
      codec: createSignalCodec(createValueCipher({ plaintext: true })),
      jobs: memoryJobs,
      audit,
      wakeUps,
      followUps,
      unschedule: [reminders, deadlines, followUps, escalations],
      cards,
      figures: memoryFigures,
      calendar: figureCalendarOf(routing),
    });
  const duty = options.duty ?? createMemoryDutyRosters();
  const adapter = createAdapter(config.botAuth, options.authEndpoints);
  const settings = options.notifier ?? {};
  const acuteReminderMs = settings.acuteReminderMs ?? config.notifier.acuteReminderMs;

  const app = createApp({
    config,
    conversations: store,
    signals,
    links,
    duty,
    audit,
    figures,
    adapter,
    routing,
    clock,
    log,
    logic: options.logic,
    tabFiles: options.tabFiles,
  });
  const jobs = createBackgroundWork({
    adapter,
    appId: config.botAuth.MicrosoftAppId ?? '',
    queue: notifications,
    wakeUps,
    leases: createMemoryLeases(systemClock),
    queues: routing.teams.map((team) => team.id),
    registrations: [
      intakeJobs({
        signals,
        cards,
        links,
        reminders,
        deadlines,
        escalations,
        escalationIntervalMs: config.escalationIntervalMs,
        duty,
        purges,
        audit,
        retentionMs: config.retentionMs,
        auditRetentionMs: config.auditRetentionMs,
        routing,
        clock: jobsClock,
        log,
        acuteReminderMs,
        unlinkedRecheckMs: settings.unlinkedRecheckMs,
      }),
      signallerJobs({ signals, followUps, routing, clock: jobsClock, log }),
      coordinationJobs({ figures, links, summaries, routing, dailySummaryMinute: config.dailySummaryMinute, clock: jobsClock, log }),
    ],
    instanceId: options.instanceId ?? 'test-instance',
    staleMs: settings.staleMs ?? config.notifier.staleMs,
    channelSpacingMs: settings.channelSpacingMs,
    clock: jobsClock,
    log,
  });
  const address = await app.start();
  jobs.start();
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    store,
    signals,
    links,
    audit,
    cards,
    reminders,
    deadlines,
    followUps,
    purges,
    escalations,
    summaries,
    figures,
    duty,
    jobs,
    logLines: captured.lines,
    post: (activity, headers = {}) => postActivity(url, activity, headers),
    async stop() {
      await app.stop();
      await jobs.stop();
      await store.close();
    },
  };
}

export async function postActivity(url: string, activity: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  return { status: res.status, body: await res.text() };
}
