import type { Redis } from 'ioredis';
import { TEACHER } from '../fixtures/answers';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { promptId, walk } from '../helpers/dialogue';
import { httpDialogue } from '../helpers/http-dialogue';
import { ADMIN, INTAKE_ROUTING, NOORD_CHANNEL, WORKER_ANNA, cardOf, linkChannel, postedCards, pressCard, until } from '../helpers/intake';
import { connectRedis, testRedisUrl } from '../helpers/redis';
import { everyValueOpened, startRedisApp, storedDraft, type Codecs } from '../helpers/redis-app';
import type { TestApp } from '../helpers/test-app';

/** A made-up child's name, easy to find anywhere it should not be. */
const FIRST = 'Daan';
const SURNAME = 'Vermeulen';
const NAMED = `${FIRST} ${SURNAME} heeft blauwe plekken op zijn bovenarm.`;
const REWRITTEN = 'Het kind heeft blauwe plekken op de bovenarm.';

let capture: CaptureServer;
let redis: Redis;
let app: TestApp;
let prefix: string;
let codecs: Codecs;
beforeEach(async () => {
  capture = await startCaptureServer();
  redis = connectRedis();
  ({ app, prefix, codecs } = await startRedisApp(testRedisUrl(), { env: { ADMIN_AAD_OBJECT_IDS: ADMIN }, routing: INTAKE_ROUTING }));
  await linkChannel(app, capture, 'noord', NOORD_CHANNEL);
});
afterEach(async () => {
  await app.stop();
  await capture.close();
  await redis.quit();
});

const holding = async (needle: string) => (await everyValueOpened(redis, prefix, codecs)).filter((v) => v.text.includes(needle)).map((v) => v.key);

describe('a consultation with a name typed into the observation (HTTP, real Redis)', () => {
  it('is flagged before storing; after the rewrite the name is nowhere in Redis, the summary, Details or the channel', async () => {
    const d = httpDialogue(capture);
    d.useBot(app.url);
    await d.say('start');
    await walk(d, TEACHER, 'signals.observation');
    const conversationId = capture.requests.at(-1)!.conversationId;

    await d.say(NAMED);
    expect(d.step()).toBe('identifying-confirm');
    expect(JSON.stringify(d.lastCard())).toContain(`${FIRST} ${SURNAME}`);
    const draft = await storedDraft(app.store, conversationId);
    expect((draft?.answers as Record<string, unknown>)['signals.observation']).toBeUndefined();
    // The scan can see it: the text waits, sealed, in the draft until it is rewritten or confirmed.
    expect(await holding(SURNAME)).not.toHaveLength(0);

    await d.say(REWRITTEN);
    expect(d.step()).toBe('signals.when');
    await walk(d, TEACHER);
    expect(promptId(d.lastCard())).toBe('summary');
    expect(JSON.stringify(d.lastCard())).not.toMatch(new RegExp(`${FIRST}|${SURNAME}`));
    await d.press((data) => data.ws === 'send');
    expect(d.texts().join('\n')).toMatch(/Je referentie is WS-/);

    await until(async () => (await app.jobs.runOnce(), postedCards(capture).length === 1));
    const card = cardOf(postedCards(capture)[0]);
    const details = await pressCard(app, capture, card, /Details/, WORKER_ANNA);
    expect(JSON.stringify(details)).toContain('blauwe plekken');
    expect(JSON.stringify(details)).not.toMatch(new RegExp(`${FIRST}|${SURNAME}`));
    const channel = capture.requests.filter((r) => r.conversationId.startsWith(NOORD_CHANNEL));
    expect(channel.length).toBeGreaterThan(0);
    expect(JSON.stringify(channel.map((r) => r.activity))).not.toMatch(new RegExp(`${FIRST}|${SURNAME}`));

    expect(await holding(SURNAME)).toEqual([]);
    expect(await holding(FIRST)).toEqual([]);
  }, 60_000);
});
