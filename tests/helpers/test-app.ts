import { parseConfig, type Config } from '../../src/config/config';
import type { AuthEndpoints } from '../../src/teams/adapter';
import type { TurnLogic } from '../../src/teams/turn-runner';
import type { AuditLog, ChannelLinks, Clock, ConversationStore, NotificationQueue, PostedCards, RoutingTable, SignalStore } from '../../src/domain';
import { createMemoryNotificationQueue, createMemoryPostedCards } from '../../src/store/memory-notification-queue';
import { createMemoryReminderSchedule } from '../../src/store/memory-reminder-schedule';
import { createMemoryAuditLog } from '../../src/store/memory-audit-log';
import { createMemoryChannelLinks } from '../../src/store/memory-channel-links';
import { createMemorySignalStore } from '../../src/store/memory-signal-store';
import { createSignalCodec } from '../../src/store/signal-codec';
import type { Logger } from '../../src/log';
import { createApp } from '../../src/server';
import { createMemoryConversationStore } from '../../src/store/memory-conversation-store';
import { createStateCodec } from '../../src/store/state-codec';
import { createValueCipher } from '../../src/store/value-cipher';
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
  readonly logLines: () => string[];
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
}

export function configFrom(env: Record<string, string>): Config {
  const result = parseConfig(env);
  if (!result.ok) throw new Error(`test config invalid: ${result.problems.join('; ')}`);
  return result.config;
}

/** The real server on a free loopback port; by default local mode, the memory store and the product's bot. */
export async function startTestApp(
  options: {
    env?: Record<string, string>;
    store?: ConversationStore;
    signals?: SignalStore;
    links?: ChannelLinks;
    audit?: AuditLog;
    notifications?: NotificationQueue;
    cards?: PostedCards;
    notifier?: { pollMs?: number; staleMs?: number; unlinkedRecheckMs?: number; channelSpacingMs?: number; acuteReminderMs?: number };
    instanceId?: string;
    routing?: RoutingTable;
    logic?: TurnLogic;
    clock?: Clock;
    log?: Logger;
    authEndpoints?: AuthEndpoints;
  } = {},
): Promise<TestApp> {
  const config = { ...configFrom({ BOT_LOCAL_MODE: 'true', ALLOWED_TENANT_IDS: TEST_TENANT, ...options.env }), port: 0 };
  const clock = options.clock ?? fakeClock();
  const captured = captureLog();
  const store =
    options.store ??
    createMemoryConversationStore({
      codec: createStateCodec(createValueCipher({ plaintext: true })),
      clock,
      stateTtlMs: config.stateTtlMs,
      doneTtlMs: 60_000,
    });
  const audit = options.audit ?? createMemoryAuditLog();
  const memoryJobs = createMemoryNotificationQueue({ now: () => Date.now() });
  const notifications = options.notifications ?? memoryJobs;
  const signals =
    options.signals ?? createMemorySignalStore({ codec: createSignalCodec(createValueCipher({ plaintext: true })), jobs: memoryJobs, audit });
  const links = options.links ?? createMemoryChannelLinks();
  const cards = options.cards ?? createMemoryPostedCards();
  const app = createApp({
    config,
    conversations: store,
    signals,
    links,
    audit,
    notifications,
    cards,
    reminders: createMemoryReminderSchedule(),
    notifier: options.notifier,
    instanceId: options.instanceId,
    routing: options.routing,
    clock,
    log: options.log ?? captured.log,
    logic: options.logic,
    authEndpoints: options.authEndpoints,
  });
  const address = await app.start();
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    store,
    signals,
    links,
    audit,
    cards,
    logLines: captured.lines,
    post: (activity, headers = {}) => postActivity(url, activity, headers),
    stop: () => app.stop(),
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
