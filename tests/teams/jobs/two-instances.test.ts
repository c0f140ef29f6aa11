import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { queueKeys } from '../../../src/store/signal-keys';
import { botProcesses, type BotProcess } from '../../helpers/bot-process';
import { startCaptureServer, type CaptureServer } from '../../helpers/capture-server';
import { ADMIN, NOORD_CHANNEL, botAt, cardOf, linkChannel, postedCards, teacherSends, until } from '../../helpers/intake';
import { connectRedis, testRedisUrl, uniquePrefix } from '../../helpers/redis';

/**
 * Bot processes sharing one Redis, as in production behind a load balancer: every signal must become exactly one
 * card, also when an instance dies with work in hand. The teacher's postcode (1021) is Midden's in the example
 * routing file, so every job is in Midden's queue.
 */
let capture: CaptureServer;
let redis: Redis;
const bots = botProcesses();
beforeAll(() => {
  redis = connectRedis();
});
afterAll(async () => {
  await redis.quit();
});
beforeEach(async () => {
  capture = await startCaptureServer();
});
afterEach(async () => {
  await bots.killAll();
  await capture.close();
});

function sharedEnv(): Record<string, string> {
  return {
    BOT_LOCAL_MODE: 'true',
    REDIS_URL: testRedisUrl(),
    REDIS_KEY_PREFIX: uniquePrefix(),
    STATE_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    ROUTING_FILE: 'config/routing.example.json',
    ADMIN_AAD_OBJECT_IDS: ADMIN,
    NOTIFIER_STALE_SECONDS: '1',
  };
}

const start = (env: Record<string, string>) => bots.start(env);

const references = () => postedCards(capture).map((r) => /WS-\d{4}-\d{6}/.exec(JSON.stringify(cardOf(r)))?.[0]);

const middenJobs = (env: Record<string, string>) => queueKeys(env.REDIS_KEY_PREFIX!, 'midden').jobs;

/** Who holds Midden's pending jobs: one consumer name per pending job (XPENDING). */
async function holders(env: Record<string, string>): Promise<string[]> {
  const pending = (await redis.xpending(middenJobs(env), 'notifier', '-', '+', 100).catch(() => [])) as Array<[string, string, number, number]>;
  return pending.map(([, consumer]) => consumer);
}

/** An instance's consumer name is `<host>-<pid>-<random>`. */
const isConsumerOf = (bot: BotProcess) => (consumer: string) => consumer.includes(`-${bot.child.pid}-`);

/** Every job of Midden's queue was read and acknowledged: no instance can post anything more for it. */
async function settled(env: Record<string, string>): Promise<boolean> {
  const groups = (await redis.xinfo('GROUPS', middenJobs(env))) as Array<Array<string | number | null>>;
  const group = groups.map((fields) => Object.fromEntries(pairs(fields))).find((g) => g.name === 'notifier');
  return group?.pending === 0 && group?.lag === 0;
}

function pairs(fields: Array<string | number | null>): Array<[string, string | number | null]> {
  const out: Array<[string, string | number | null]> = [];
  for (let i = 0; i + 1 < fields.length; i += 2) out.push([String(fields[i]), fields[i + 1]!]);
  return out;
}

/** Waits for observable state (Redis), not for time. */
const eventually = (check: () => Promise<boolean>) => until(check, 20_000);

describe('several bot instances against one Redis', () => {
  it('a notifier killed after the signal was stored and before its card was posted: after a restart, posted once', async () => {
    const env = sharedEnv();
    // An older deployment may still set the retired poll interval: it starts, and is told to drop it.
    const first = await start({ ...env, NOTIFIER_POLL_MS: '50' });
    await until(() => first.output().includes('NOTIFIER_POLL_MS is no longer used'), 5_000);
    // No channel linked yet: the signal is stored and its job taken, but nothing can be posted.
    const { reference } = await teacherSends(botAt(first.url), capture);
    await eventually(async () => (await holders(env)).length === 1);
    expect((await holders(env)).every(isConsumerOf(first))).toBe(true);
    expect(postedCards(capture)).toHaveLength(0);
    await first.stop('SIGKILL');

    const second = await start(env);
    await linkChannel(botAt(second.url), capture, 'midden', NOORD_CHANNEL);
    await until(() => postedCards(capture).length >= 1, 20_000);
    await eventually(() => settled(env));
    expect(references()).toEqual([reference]);
  }, 60_000);

  it('two instances deliver every signal once; when one is killed, the other delivers its pending signals', async () => {
    const env = sharedEnv();
    const a = await start(env);
    // A takes the jobs of these signals while no channel is linked, and dies holding them.
    const held = [await teacherSends(botAt(a.url), capture), await teacherSends(botAt(a.url), capture)];
    const b = await start(env);
    await eventually(async () => (await holders(env)).length === 2);
    expect((await holders(env)).every(isConsumerOf(a))).toBe(true);
    await a.stop('SIGKILL');
    await linkChannel(botAt(b.url), capture, 'midden', NOORD_CHANNEL);
    await until(() => postedCards(capture).length >= 2, 20_000);

    // Both alive now: signals submitted through either instance, each posted once by whichever takes it.
    const c = await start(env);
    const more = [await teacherSends(botAt(b.url), capture), await teacherSends(botAt(c.url), capture), await teacherSends(botAt(b.url), capture)];
    await until(() => postedCards(capture).length >= 5, 20_000);
    await eventually(() => settled(env));
    const expected = [...held, ...more].map((s) => s.reference).sort();
    expect(references().sort()).toEqual(expected);
    expect(new Set(expected).size).toBe(5);
  }, 90_000);
});
