import { Redis } from 'ioredis';
import { createRedisConversationStore } from '../src/store/redis-conversation-store';
import { createStateCodec } from '../src/store/state-codec';
import { createValueCipher } from '../src/store/value-cipher';
import { startCaptureServer, type CaptureServer } from './helpers/capture-server';
import { freePort } from './helpers/redis-server';
import { installActivity, membersAddedActivity, messageActivity, OTHER_TENANT } from './helpers/activities';
import { startTestApp, type TestApp } from './helpers/test-app';

let capture: CaptureServer;
let app: TestApp;

beforeEach(async () => {
  capture = await startCaptureServer();
  app = await startTestApp();
});
afterEach(async () => {
  await app.stop();
  await capture.close();
});

describe('HTTP surface', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it.each([
    ['not JSON', '{oops', 400],
    ['an object that is no activity', { hello: 'world' }, 400],
    ['an activity without serviceUrl', { type: 'message', channelId: 'msteams', conversation: { id: 'a' } }, 400],
  ])('refuses %s with a plain 400 and no stack trace', async (_name, body, status) => {
    const res = await app.post(body);
    expect(res.status).toBe(status);
    expect(res.body).not.toMatch(/\bat .+\.(js|ts):\d+/);
    expect(capture.requests).toHaveLength(0);
  });
});

describe('first conversation', () => {
  it.each([
    ['nl-NL', 'hulp', /Hallo, ik ben wijksignaal/],
    ['en-US', 'help', /Hello, I am wijksignaal/],
    ['nl-NL', '  Help! ', /Hallo, ik ben wijksignaal/],
  ])('welcomes in %s on "%s", always with 112 and Veilig Thuis', async (locale, text, greeting) => {
    const res = await app.post(messageActivity({ serviceUrl: capture.serviceUrl, text, locale }));
    expect(res.status).toBe(200);
    const [reply] = capture.texts();
    expect(reply).toMatch(greeting);
    expect(reply).toContain('112');
    expect(reply).toContain('0800-2000');
  });

  it('welcomes once on install, though Teams sends both install events', async () => {
    const conversationId = 'a:install-once';
    await app.post(installActivity({ serviceUrl: capture.serviceUrl, conversationId }));
    await app.post(membersAddedActivity({ serviceUrl: capture.serviceUrl, conversationId }));
    expect(capture.texts()).toHaveLength(1);
    expect(capture.texts()[0]).toContain('0800-2000');
    expect(capture.requests[0]?.conversationId).toBe(conversationId);
  });

  it('reads a command past any number of @mentions', async () => {
    const activity = messageActivity({ serviceUrl: capture.serviceUrl, text: '<at>wijksignaal</at> <at>wijksignaal</at> hulp' });
    await app.post(activity);
    expect(capture.texts()[0]).toMatch(/Hallo, ik ben wijksignaal/);
  });

  it('welcomes a team with the safety line too', async () => {
    const install = installActivity({ serviceUrl: capture.serviceUrl, conversationId: '19:general@thread.tacv2' });
    await app.post({
      ...install,
      conversation: { ...install.conversation, conversationType: 'channel' },
      channelData: { ...install.channelData, team: { id: '19:team' } },
    });
    const [reply] = capture.texts();
    expect(reply).toMatch(/aan dit team toegevoegd/);
    expect(reply).toContain('112');
    expect(reply).toContain('0800-2000');
  });

  it('never starts a signal in a team channel: points to the 1:1 chat', async () => {
    const activity = messageActivity({
      serviceUrl: capture.serviceUrl,
      conversationId: '19:intake@thread.tacv2;messageid=1',
      text: '<at>wijksignaal</at> start',
    });
    await app.post({
      ...activity,
      conversation: { ...activity.conversation, conversationType: 'channel' },
      channelData: { ...activity.channelData, team: { id: '19:team' } },
    });
    expect(capture.texts()).toEqual([expect.stringMatching(/1-op-1-chat/)]);
    expect(capture.requests.some((r) => JSON.stringify(r.activity).includes('AdaptiveCard'))).toBe(false);
  });

  it('answers ambiguous worry outside a dialogue with the safety question, not "I do not understand"', async () => {
    await app.post(messageActivity({ serviceUrl: capture.serviceUrl, text: 'het is thuis onveilig voor hem' }));
    const [reply] = capture.texts();
    expect(reply).toMatch(/Is er nu direct gevaar\? Bel dan 112/);
    expect(reply).not.toMatch(/begrijp ik niet/);
  });

  it('points unknown input to help, with the safety line', async () => {
    await app.post(messageActivity({ serviceUrl: capture.serviceUrl, text: 'ik maak me zorgen om hulp thuis' }));
    const [reply] = capture.texts();
    expect(reply).toMatch(/Typ "start"/);
    expect(reply).toMatch(/"hulp"/);
    expect(reply).toContain('112');
  });

  it('refuses a tenant that is not allowed, politely, and keeps no state', async () => {
    const conversationId = 'a:other-tenant';
    const activity = messageActivity({ serviceUrl: capture.serviceUrl, text: 'hulp', tenantId: OTHER_TENANT, conversationId });
    const res = await app.post(activity);
    expect(res.status).toBe(200);
    expect(capture.texts()).toEqual([expect.stringMatching(/niet beschikbaar voor jouw organisatie/)]);
    const read = await app.store.read(conversationId, activity.id);
    expect(read).toEqual({ kind: 'run', snapshot: { version: 0, items: {} } });
  });

  it('logs ids, never what the user typed', async () => {
    const secret = 'Jantje de Vries uit de Lindelaan 12';
    await app.post(messageActivity({ serviceUrl: capture.serviceUrl, text: secret }));
    await app.post(messageActivity({ serviceUrl: capture.serviceUrl, text: secret, tenantId: OTHER_TENANT }));
    const log = app.logLines().join('\n');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain('Jantje');
    expect(log).not.toContain('Lindelaan');
  });
});

describe('readiness', () => {
  it('/readyz answers 503 while Redis cannot be reached, and /healthz still 200', async () => {
    const unreachable = new Redis(`redis://127.0.0.1:${await freePort()}`, { maxRetriesPerRequest: 0, retryStrategy: () => 200 });
    unreachable.on('error', () => undefined);
    const store = createRedisConversationStore({
      redis: unreachable,
      codec: createStateCodec(createValueCipher({ plaintext: true })),
      keyPrefix: 'ready:',
      stateTtlMs: 1000,
      doneTtlMs: 1000,
    });
    const down = await startTestApp({ store });
    try {
      expect((await fetch(`${down.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${down.url}/healthz`)).status).toBe(200);
    } finally {
      await down.stop();
      unreachable.disconnect();
    }
  });
});
