import { parseRoutingConfig, type RoutingTable } from '../../src/domain';
import { TEACHER } from '../fixtures/answers';
import { messageActivity } from '../helpers/activities';
import { startCaptureServer, type CaptureServer, type CapturedRequest } from '../helpers/capture-server';
import { walk } from '../helpers/dialogue';
import { httpDialogue } from '../helpers/http-dialogue';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { checkCard } from '../helpers/validate-card';

const ADMIN = '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f'; // made up
const WEEKDAYS = { mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-17:00', sat: null, sun: null };
const parsed = parseRoutingConfig({
  gemeente: 'Proefdorp',
  fallbackTeamId: 'intake',
  teams: [
    { id: 'noord', name: 'Wijkteam Noord', officeHours: WEEKDAYS },
    { id: 'intake', name: 'Centrale intake', officeHours: WEEKDAYS },
  ],
  areas: [{ teamId: 'noord', pc4: ['1021-1025'] }],
});
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const ROUTING: RoutingTable = parsed.table;
const NOORD_CHANNEL = '19:intake-noord@thread.tacv2';
const OTHER_CHANNEL = '19:intake-centraal@thread.tacv2';

let capture: CaptureServer;
let app: TestApp;
beforeEach(async () => {
  capture = await startCaptureServer();
  app = await startTestApp({ env: { ADMIN_AAD_OBJECT_IDS: ADMIN }, routing: ROUTING, notifier: { pollMs: 25, unlinkedRecheckMs: 50, channelSpacingMs: 0 } });
});
afterEach(async () => {
  await app.stop();
  await capture.close();
});

async function link(team: string, channel: string) {
  const base = messageActivity({ serviceUrl: capture.serviceUrl, conversationId: `${channel};messageid=1`, text: `<at>wijksignaal</at> koppel wijkteam ${team}` });
  await app.post({
    ...base,
    from: { ...base.from, aadObjectId: ADMIN },
    conversation: { ...base.conversation, conversationType: 'channel' },
    channelData: { ...base.channelData, team: { id: '19:team@thread.tacv2' }, channel: { id: channel } },
  });
}

async function teacherSends(): Promise<string> {
  const d = httpDialogue(capture);
  d.useBot(app.url);
  await d.say('start');
  await walk(d, TEACHER);
  await d.press((data) => data.ws === 'send');
  const sent = d.texts().find((t) => /Je referentie is/.test(t)) ?? '';
  return /WS-\d{4}-\d{6}/.exec(sent)?.[0] ?? '';
}

const posted = (): CapturedRequest[] => capture.requests.filter((r) => r.created);
async function until(check: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the notifier posts a confirmed signal to its team’s intake channel', () => {
  it('a teacher’s full dialogue ends in one card in the linked channel of the right team', async () => {
    await link('noord', NOORD_CHANNEL);
    await link('intake', OTHER_CHANNEL);
    const reference = await teacherSends();
    expect(reference).toMatch(/^WS-/);
    await until(() => posted().length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(posted()).toHaveLength(1);
    const [card] = posted();
    expect(card?.conversationId).toBe(NOORD_CHANNEL);
    const content = (card?.activity.attachments as Array<{ content: Record<string, unknown> }>)[0]!.content;
    expect(content.version).toBe('1.5');
    expect(Buffer.byteLength(JSON.stringify(card?.activity))).toBeLessThan(28 * 1024);
    const check = checkCard(content);
    expect([...check.parseEvents, ...check.validationEvents]).toEqual([]);
    // The parser reads an action's Submit fallback as a fallback, not as a property, and leaves it out when it
    // writes the card back: that is the only thing the round trip may miss.
    expect(check.unknownProperties.every((path) => /^actions\[\d+\]\.fallback$/.test(path))).toBe(true);
    const json = JSON.stringify(content);
    expect(json).toContain(reference);
    expect(json).toContain('1021');
    expect(json).not.toContain('Blauwe plekken');
    expect(json).not.toContain('OBS De Regenboog');
  });

  it('a signal for a queue without a linked channel waits, and is delivered once the channel is linked', async () => {
    await teacherSends();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posted()).toHaveLength(0);
    await link('noord', NOORD_CHANNEL);
    await until(() => posted().length === 1);
    expect(posted()[0]?.conversationId).toBe(NOORD_CHANNEL);
  });
});

describe('faults on the way to the channel', () => {
  it('429 with Retry-After, then 500, then OK: the card is posted once', async () => {
    await link('noord', NOORD_CHANNEL);
    capture.failNext(429, 1, 0, { 'retry-after': '1' });
    capture.failNext(500, 1);
    await teacherSends();
    await until(() => posted().length === 1, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posted()).toHaveLength(1);
    expect(capture.failed).toEqual({ 429: 1, 500: 1 });
  }, 30_000);
});
