import { startCaptureServer, type CaptureServer } from '../../helpers/capture-server';
import { ADMIN, INTAKE_ROUTING, NOORD_CHANNEL, OTHER_CHANNEL, linkChannel, postedCards, teacherSends, until } from '../../helpers/intake';
import { startTestApp, type TestApp } from '../../helpers/test-app';
import { checkCard } from '../../helpers/validate-card';

let capture: CaptureServer;
let app: TestApp;
beforeEach(async () => {
  capture = await startCaptureServer();
  app = await startTestApp({ env: { ADMIN_AAD_OBJECT_IDS: ADMIN }, routing: INTAKE_ROUTING, notifier: { channelSpacingMs: 0 } });
});
afterEach(async () => {
  await app.stop();
  await capture.close();
});

const link = (team: string, channel: string) => linkChannel(app, capture, team, channel);
const posted = () => postedCards(capture);

describe('the notifier posts a confirmed signal to its team’s intake channel', () => {
  it('a teacher’s full dialogue ends in one card in the linked channel of the right team', async () => {
    await link('noord', NOORD_CHANNEL);
    await link('intake', OTHER_CHANNEL);
    const { reference } = await teacherSends(app, capture);
    expect(reference).toMatch(/^WS-/);
    await app.jobs.runOnce();
    expect(posted()).toHaveLength(1);
    // Everything due is done: another pass posts nothing more.
    expect(await app.jobs.runOnce()).toEqual({ delivered: 0, dropped: 0, waiting: 0 });
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
    await teacherSends(app, capture);
    expect(await app.jobs.runOnce()).toEqual({ delivered: 0, dropped: 0, waiting: 1 });
    expect(posted()).toHaveLength(0);
    await link('noord', NOORD_CHANNEL);
    // Linking wakes the queue: the waiting signal goes out at once, well before its next look (5 s).
    await until(() => posted().length === 1, 2_000);
    expect(posted()[0]?.conversationId).toBe(NOORD_CHANNEL);
    await app.jobs.runOnce();
    expect(posted()).toHaveLength(1);
  });
});

describe('faults on the way to the channel', () => {
  it('429 with Retry-After, then 500, then OK: the card is posted once', async () => {
    await link('noord', NOORD_CHANNEL);
    capture.failNext(429, 1, 0, { 'retry-after': '1' });
    capture.failNext(500, 1);
    await teacherSends(app, capture);
    await until(() => posted().length === 1, 20_000);
    // The job was acknowledged with the post: a pass finds nothing left to do.
    expect(await app.jobs.runOnce()).toEqual({ delivered: 0, dropped: 0, waiting: 0 });
    expect(posted()).toHaveLength(1);
    expect(capture.failed).toEqual({ 429: 1, 500: 1 });
  }, 30_000);
});
