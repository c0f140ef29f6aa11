import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Clock, ConversationStore, RoutingTable } from '../../src/domain';
import { createStores } from '../../src/store/create-stores';
import { createRedisSignalStore } from '../../src/store/redis-signal-store';
import { createSignalCodec } from '../../src/store/signal-codec';
import { createStateCodec } from '../../src/store/state-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import { captureLog } from './log-capture';
import { fakeClock } from './fake-clock';
import { countCommands, uniquePrefix, type RecordedCommand } from './redis';
import { configFrom, startTestApp, type TestApp } from './test-app';

type Json = Record<string, unknown>;

/**
 * The test app on Redis stores built as src/index.ts builds them (createStores), sealed with a fresh key under a
 * fresh prefix; `codecs` open what it stored, as the product does.
 */
export async function startRedisApp(
  redisUrl: string,
  options: {
    env?: Record<string, string>;
    routing?: RoutingTable;
    /** Another instance on the same data: the prefix and key of an app started earlier. */
    same?: { readonly prefix: string; readonly key: Buffer };
    /** The signal store's own connection records its commands here (see countCommands). */
    recordSignalCommands?: RecordedCommand[];
    jobsClock?: Clock;
    /** This instance's name among the instances sharing the queues (each process has its own). */
    instanceId?: string;
  } = {},
) {
  const env = options.env ?? {};
  const key = options.same?.key ?? randomBytes(32);
  const prefix = options.same?.prefix ?? uniquePrefix();
  const config = configFrom({
    BOT_LOCAL_MODE: 'true',
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix,
    STATE_ENCRYPTION_KEYS: `k1:${key.toString('base64')}`,
    ...env,
  });
  const clock = fakeClock();
  const stores = createStores(config, clock, captureLog().log, options.routing);
  const cipher = createValueCipher({ keys: [{ id: 'k1', key }] });
  const recorded = options.recordSignalCommands
    ? countCommands(new Redis(redisUrl, { maxRetriesPerRequest: 1 }), options.recordSignalCommands).redis
    : undefined;
  const signals = recorded
    ? createRedisSignalStore({ redis: recorded, codec: createSignalCodec(cipher), keyPrefix: prefix, wakeUps: stores.wakeUps })
    : stores.signals;
  const app: TestApp = await startTestApp({
    env,
    clock,
    routing: options.routing,
    notifier: { channelSpacingMs: 0 },
    ...stores,
    signals,
    store: stores.conversations,
    // The background work keeps the bot's time, so a deadline fixed at sending is due by the same clock.
    jobsClock: options.jobsClock ?? clock,
    ...(options.instanceId ? { instanceId: options.instanceId } : {}),
  });
  const stop = app.stop.bind(app);
  const withClose: TestApp = { ...app, stop: async () => void (await stop(), await recorded?.quit()) };
  return { app: withClose, prefix, key, clock, stores, codecs: { state: createStateCodec(cipher), signal: createSignalCodec(cipher) } };
}

export type Codecs = Awaited<ReturnType<typeof startRedisApp>>['codecs'];

/**
 * Every value under `prefix` as a reader of the store would see it: sealed values opened with the store's codecs
 * (conversation state, the outbox and invoke answer of a turn, signal records), the rest as stored. A sealed value
 * that none of them opens fails the scan, so the scan is never blind to what it cannot read.
 */
export async function everyValueOpened(redis: Redis, prefix: string, codecs: Codecs): Promise<Array<{ key: string; text: string }>> {
  const opened: Array<{ key: string; text: string }> = [];
  for (const { key, field, value } of await everyValue(redis, prefix)) {
    if (!value.startsWith('e1.')) {
      opened.push({ key, text: value });
      continue;
    }
    const tries: Array<() => unknown> = [
      () => codecs.state.decodeItems(value, key),
      () => codecs.state.decodeOutbox(value, 0, key),
      () => codecs.state.decodeInvoke(value, key),
      () => codecs.signal.decode(value, key),
    ];
    const text = tries.map(attempt).find((t) => t !== undefined);
    if (text === undefined) throw new Error(`a sealed value under ${key}${field ? ` (${field})` : ''} opened with none of the codecs`);
    opened.push({ key, text });
  }
  return opened;
}

function attempt(open: () => unknown): string | undefined {
  try {
    return JSON.stringify(open());
  } catch {
    return undefined;
  }
}

/** The signal draft kept in a conversation's state, read back the way the turn runner reads it. */
export async function storedDraft(store: ConversationStore, conversationId: string): Promise<Json | undefined> {
  const read = await store.read(conversationId, `probe-${Math.random()}`);
  if (read.kind !== 'run') return undefined;
  for (const item of Object.values(read.snapshot.items)) {
    const draft = (item as Json | undefined)?.signalDraft;
    if (draft) return draft as Json;
  }
  return undefined;
}

/** Every key under `prefix`, with every value of every type, as strings (hash fields, list and set members, …). */
export async function everyValue(redis: Redis, prefix: string): Promise<Array<{ key: string; field?: string; value: string }>> {
  const found: Array<{ key: string; field?: string; value: string }> = [];
  for (const key of await redis.keys(`${prefix}*`)) {
    const type = await redis.type(key);
    if (type === 'hash') {
      for (const [field, value] of Object.entries(await redis.hgetall(key))) found.push({ key, field: `field ${field}`, value: field }, { key, field, value });
      continue;
    }
    const values =
      type === 'string'
        ? [String(await redis.get(key))]
        : type === 'list'
          ? await redis.lrange(key, 0, -1)
          : type === 'set'
            ? await redis.smembers(key)
            : type === 'zset'
              ? await redis.zrange(key, 0, -1)
              : type === 'stream'
                ? (await redis.xrange(key, '-', '+')).flatMap(([id, fields]) => [id, ...fields])
                : [];
    for (const value of values) found.push({ key, value });
  }
  return found;
}
