import { randomBytes } from 'node:crypto';
import { botProcesses } from '../../helpers/bot-process';
import { startCaptureServer, type CaptureServer } from '../../helpers/capture-server';
import { ADMIN, NOORD_CHANNEL, botAt, cardOf, linkChannel, postedCards, teacherSends, until } from '../../helpers/intake';
import { testRedisUrl, uniquePrefix } from '../../helpers/redis';

/**
 * Bot processes sharing one Redis, as in production behind a load balancer: every signal must become exactly one
 * card, also when an instance dies with work in hand.
 */
let capture: CaptureServer;
const bots = botProcesses();
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
    NOTIFIER_POLL_MS: '50',
    NOTIFIER_STALE_SECONDS: '1',
  };
}

const start = (env: Record<string, string>) => bots.start(env);

const references = () => postedCards(capture).map((r) => /WS-\d{4}-\d{6}/.exec(JSON.stringify(cardOf(r)))?.[0]);

describe('several bot instances against one Redis', () => {
  it('a notifier killed after the signal was stored and before its card was posted: after a restart, posted once', async () => {
    const env = sharedEnv();
    const first = await start(env);
    // No channel linked yet: the signal is stored and its job taken, but nothing can be posted.
    const { reference } = await teacherSends(botAt(first.url), capture);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(postedCards(capture)).toHaveLength(0);
    await first.stop('SIGKILL');

    const second = await start(env);
    await linkChannel(botAt(second.url), capture, 'midden', NOORD_CHANNEL);
    await until(() => postedCards(capture).length >= 1, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(references()).toEqual([reference]);
  }, 60_000);

  it('two instances deliver every signal once; when one is killed, the other delivers its pending signals', async () => {
    const env = sharedEnv();
    const a = await start(env);
    // A takes the jobs of these signals while no channel is linked, and dies holding them.
    const held = [await teacherSends(botAt(a.url), capture), await teacherSends(botAt(a.url), capture)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    const b = await start(env);
    await a.stop('SIGKILL');
    await linkChannel(botAt(b.url), capture, 'midden', NOORD_CHANNEL);
    await until(() => postedCards(capture).length >= 2, 20_000);

    // Both alive now: signals submitted through either instance, each posted once by whichever takes it.
    const c = await start(env);
    const more = [await teacherSends(botAt(b.url), capture), await teacherSends(botAt(c.url), capture), await teacherSends(botAt(b.url), capture)];
    await until(() => postedCards(capture).length >= 5, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const expected = [...held, ...more].map((s) => s.reference).sort();
    expect(references().sort()).toEqual(expected);
    expect(new Set(expected).size).toBe(5);
  }, 90_000);
});
