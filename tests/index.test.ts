import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installActivity, membersAddedActivity, messageActivity } from './helpers/activities';
import { botProcesses, cleanEnv, run } from './helpers/bot-process';
import { startCaptureServer, type CaptureServer } from './helpers/capture-server';
import { testRedisUrl, uniquePrefix } from './helpers/redis';
import { until, WEEKDAYS } from './helpers/intake';
import { postActivity } from './helpers/test-app';

/** These start the bot as its own process, the way the README and a deployment do. */
let capture: CaptureServer;
const bots = botProcesses();

beforeEach(async () => {
  capture = await startCaptureServer();
});
afterEach(async () => {
  await bots.killAll();
  await capture.close();
});

const bot = (env: Record<string, string>, command?: [string, ...string[]]) => bots.start(env, command);

describe('the bot as a process', () => {
  it('the README start command (npm start) brings the bot up in local mode and it welcomes', async () => {
    const started = await bot({}, ['npm', 'start']);
    expect(await (await fetch(`${started.url}/healthz`)).json()).toEqual({ status: 'ok' });
    await until(() => started.output().includes('LOCAL MODE') && started.output().includes('Nothing survives a restart'), 5_000);

    const res = await postActivity(started.url, messageActivity({ serviceUrl: capture.serviceUrl, text: 'hulp' }));
    expect(res.status).toBe(200);
    expect(capture.texts()[0]).toContain('Veilig Thuis');
  }, 120_000);

  it.each<[string, Record<string, string>, string]>([
    ['no MicrosoftAppId and no local mode', {}, 'MicrosoftAppId: required in production'],
    ['Redis without a key or plaintext permission', { BOT_LOCAL_MODE: 'true', REDIS_URL: 'redis://127.0.0.1:1' }, 'STATE_ENCRYPTION_KEYS: required'],
  ])('refuses to start with %s, saying what to fix and no stack trace', async (_name, env, line) => {
    const proc = run('node', ['dist/src/index.js'], cleanEnv(env));
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toContain(line);
    expect(proc.output()).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('refuses to start with a routing file that has overlapping areas, naming them', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ws-routing-')), 'routing.json');
    writeFileSync(
      file,
      JSON.stringify({
        gemeente: 'Proefdorp',
        fallbackTeamId: 'intake',
        teams: [
          { id: 'noord', name: 'Wijkteam Noord', officeHours: WEEKDAYS },
          { id: 'intake', name: 'Intake', officeHours: WEEKDAYS },
        ],
        areas: [
          { teamId: 'noord', pc4: ['1021-1025'] },
          { teamId: 'intake', pc4: ['1025'] },
        ],
      }),
    );
    const proc = run('node', ['dist/src/index.js'], cleanEnv({ BOT_LOCAL_MODE: 'true', ROUTING_FILE: file }));
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toMatch(/overlaps/);
    expect(proc.output()).toContain('1025');
  });

  it('keeps conversation state in Redis across a restart of the bot process', async () => {
    const env = {
      BOT_LOCAL_MODE: 'true',
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: uniquePrefix(),
      STATE_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    };
    const conversationId = 'a:restart';
    const install = installActivity({ serviceUrl: capture.serviceUrl, conversationId });

    const first = await bot(env);
    expect((await postActivity(first.url, install)).status).toBe(200);
    expect(capture.texts(conversationId)).toHaveLength(1);
    expect(await first.stop()).toBe(0);

    const second = await bot(env);
    // The second install event finds "welcomed" in Redis, and the re-delivered first one its commit mark.
    expect((await postActivity(second.url, membersAddedActivity({ serviceUrl: capture.serviceUrl, conversationId }))).status).toBe(200);
    expect((await postActivity(second.url, install)).status).toBe(200);
    expect(capture.texts(conversationId)).toHaveLength(1);
    // The log line travels through the child's stdout pipe: give it a moment to arrive.
    await until(() => second.output().includes('repeat delivery of a committed activity'), 5_000);
  }, 60_000);

  it('without Redis the same restart forgets the conversation (the control for the test above)', async () => {
    const conversationId = 'a:restart-memory';
    const first = await bot({ BOT_LOCAL_MODE: 'true' });
    await postActivity(first.url, installActivity({ serviceUrl: capture.serviceUrl, conversationId }));
    expect(await first.stop()).toBe(0);
    const second = await bot({ BOT_LOCAL_MODE: 'true' });
    await postActivity(second.url, membersAddedActivity({ serviceUrl: capture.serviceUrl, conversationId }));
    expect(capture.texts(conversationId)).toHaveLength(2);
  }, 60_000);

  it('on SIGTERM finishes the turn in flight, then exits cleanly', async () => {
    const started = await bot({ BOT_LOCAL_MODE: 'true' });
    capture.delayMs = 1500;
    const replying = new Promise<void>((resolve) => (capture.onRequest = resolve));
    const inFlight = postActivity(started.url, messageActivity({ serviceUrl: capture.serviceUrl, text: 'hulp' }));
    await replying;
    const exit = started.stop();
    expect((await inFlight).status).toBe(200);
    expect(capture.texts()).toHaveLength(1);
    expect(await exit).toBe(0);
  }, 60_000);
});
