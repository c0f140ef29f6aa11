import type { Redis } from 'ioredis';
import { messageActivity } from '../helpers/activities';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import {
  ADMIN,
  INTAKE_ROUTING,
  NOORD_CHANNEL,
  WORKER_ANNA,
  cardOf,
  inChannel,
  linkChannel,
  postedCards,
  pressCard,
  teacherSends,
  until,
} from '../helpers/intake';
import { connectRedis, testRedisUrl } from '../helpers/redis';
import { everyValueOpened, startRedisApp } from '../helpers/redis-app';

/**
 * Retention and erasure on real Redis: a signal's content is purged a set time after it was closed or withdrawn (or
 * at once when an admin erases it), its card replaced by a short "verwijderd" card; the same scan that finds the
 * content before finds none of it after, in any key of any type, opened with the store's own codecs. The purge is
 * safe to run twice and after a failure halfway; the audit trail is trimmed by age. Default retention: 30 days.
 */

type Json = Record<string, unknown>;
type RedisApp = Awaited<ReturnType<typeof startRedisApp>>;
const DAY_MS = 24 * 60 * 60 * 1000;
/** What the teacher typed about the child (tests/fixtures/answers.ts): the content the scan looks for. */
const CONTENT = /Blauwe plekken/;

let capture: CaptureServer;
let app: RedisApp;
let redis: Redis;
beforeEach(async () => {
  capture = await startCaptureServer();
  app = await startRedisApp(testRedisUrl(), { env: { ADMIN_AAD_OBJECT_IDS: ADMIN }, routing: INTAKE_ROUTING });
  redis = connectRedis();
  await linkChannel(app.app, capture, 'noord', NOORD_CHANNEL);
});
afterEach(async () => {
  await app.app.stop();
  await redis.quit();
  await capture.close();
});

async function sent() {
  const { conversationId, reference } = await teacherSends(app.app, capture);
  await until(async () => (await app.app.jobs.runOnce(), postedCards(capture).length === 1));
  const card = cardOf(postedCards(capture)[0]);
  return { conversationId, reference, card, signalId: String(((card.actions as Json[])[0]!.data as Json).signalId) };
}

/** Moves the bot's clock on and runs the background work (twice: a job's follow-up runs in the next pass). */
async function later(ms: number): Promise<void> {
  app.clock.advance(ms);
  for (let i = 0; i < 2; i++) await app.app.jobs.runOnce();
}

const contentKeys = async () => (await everyValueOpened(redis, app.prefix, app.codecs)).filter((v) => CONTENT.test(v.text)).map((v) => v.key);
/** The channel card replaced by the "verwijderd" card (the signaller's summary is replaced in her own chat). */
const removedCards = () =>
  capture.requests.filter((r) => r.method === 'PUT' && r.conversationId.startsWith(NOORD_CHANNEL) && JSON.stringify(r.activity).includes('is verwijderd'));

async function withdraw(conversationId: string, signalId: string): Promise<void> {
  const value = { ws: 'mine', verb: 'withdrawConfirm', teamId: 'noord', signalId, reason: 'sent-by-mistake' };
  expect((await app.app.post({ ...messageActivity({ serviceUrl: capture.serviceUrl, conversationId, text: '' }), value })).status).toBe(200);
}

describe('retention', () => {
  it('a withdrawn signal: kept for 30 days, then no key of any type holds its content; its card and her summary say it was removed', async () => {
    const { conversationId, signalId, reference } = await sent();
    await withdraw(conversationId, signalId);
    await later(60_000);
    // The scan sees the content while it is kept (the record, and the draft's last state in her conversation).
    expect((await contentKeys()).some((k) => k.includes(`:signal:${signalId}`))).toBe(true);

    await later(29 * DAY_MS);
    expect(await app.stores.signals.get('noord', signalId)).toBeDefined();
    await later(2 * DAY_MS);
    expect(await app.stores.signals.get('noord', signalId)).toBeUndefined();
    expect(await contentKeys()).toEqual([]);
    expect(JSON.stringify(cardOf(removedCards().at(-1)))).toContain(`Signaal ${reference} is verwijderd na de bewaartermijn.`);
    expect(cardOf(removedCards().at(-1)).actions).toEqual([]);
    expect(await app.stores.signals.findByReference('noord', reference)).toBeUndefined();
    expect((await app.stores.signals.openPage('noord', 0, 10)).total).toBe(0);
    // The bot's own summary in her chat (the card she pressed "Versturen" on) is replaced too.
    const summary = capture.requests.find((r) => r.conversationId === conversationId && JSON.stringify(r.activity).includes('"ws":"send"'));
    const replaced = capture.requests.filter((r) => r.method === 'PUT' && r.conversationId === conversationId);
    expect(replaced.map((r) => r.path)).toEqual([`/v3/conversations/${encodeURIComponent(conversationId)}/activities/${summary?.id ?? 'none'}`]);
    expect(JSON.stringify(replaced[0]?.activity)).toContain(`De samenvatting van signaal ${reference} is verwijderd na de bewaartermijn.`);
    expect(await app.app.audit.list('noord')).toContainEqual(
      expect.objectContaining({ action: 'signal-purged', signalId, reason: 'retention', actor: 'system' }),
    );
    // Nothing names it any more: no key holds its id but the audit trail (ids and codes only).
    const naming = (await everyValueOpened(redis, app.prefix, app.codecs)).filter((v) => v.text.includes(signalId) || v.key.includes(signalId));
    expect(naming.map((v) => v.key).filter((k) => !k.endsWith(':audit') && !k.endsWith(':jobs'))).toEqual([]);
  });

  it('a closed signal whose follow-up is still to come: its content goes, a stub asks question 5, and goes after the answer', async () => {
    const { signalId, card, conversationId } = await sent();
    const claimed = (await pressCard(app.app, capture, card, /pak dit op/i, WORKER_ANNA)).value as Json;
    const form = (await pressCard(app.app, capture, claimed, /^Afsluiten$/, WORKER_ANNA)).value as Json;
    await pressCard(app.app, capture, form, /^Afsluiten$/, WORKER_ANNA, NOORD_CHANNEL, { outcome: 'other', note: 'Notitie over het gezin (verzonnen).' });
    await later(60_000);
    expect((await contentKeys()).length).toBeGreaterThan(0);

    await later(31 * DAY_MS); // 24 December: past the retention, before the follow-up date (4 January)
    const stub = await app.stores.signals.get('noord', signalId);
    expect(stub).toMatchObject({ status: 'closed', redactedAt: expect.any(String), mode: 'consultation' });
    expect(JSON.stringify(stub)).not.toMatch(/Notitie over het gezin|OBS De Regenboog/);
    expect(await contentKeys()).toEqual([]);
    expect(removedCards()).toHaveLength(1);
    expect(await app.app.audit.list('noord')).toContainEqual(expect.objectContaining({ action: 'signal-redacted', signalId, reason: 'follow-up-open' }));
    // The stub takes no action: a press on an old copy of the card, or reopening it, is refused.
    expect((await pressCard(app.app, capture, card, /^Details/, WORKER_ANNA)).value).toMatch(/is verwijderd na de bewaartermijn/);

    // The follow-up still reaches her on its date, from the stub; her answer ends the stub.
    app.clock.advance(Date.parse('2027-01-04T09:00:00Z') - app.clock.now());
    await later(60_000);
    const question = capture.requests.filter((r) => r.conversationId === conversationId && JSON.stringify(r.activity).includes('"ws":"followup"')).at(-1);
    expect(question).toBeDefined();
    const data = ((cardOf(question).actions as Json[])[0]!.data ?? {}) as Json;
    await app.app.post({ ...messageActivity({ serviceUrl: capture.serviceUrl, conversationId, text: '' }), value: { ...data, answer: 'yes' } });
    await later(60_000);
    expect(await app.stores.signals.get('noord', signalId)).toBeUndefined();
    expect(await app.app.audit.list('noord')).toContainEqual(expect.objectContaining({ action: 'signal-purged', signalId, reason: 'retention' }));
  });

  it('a purge that fails halfway (Teams refuses the card update) is finished by the next run; a second purge changes nothing', async () => {
    const { conversationId, signalId } = await sent();
    await withdraw(conversationId, signalId);
    await later(60_000);
    capture.failNext(403, 1);
    await later(31 * DAY_MS);
    expect(capture.failed[403]).toBe(1);
    expect(await app.stores.signals.get('noord', signalId)).toBeDefined();
    await later(11 * 60_000);
    expect(await app.stores.signals.get('noord', signalId)).toBeUndefined();
    const audit = { at: new Date(app.clock.now()).toISOString(), actor: 'system', action: 'signal-purged' as const, teamId: 'noord', signalId };
    expect(await app.stores.signals.purge('noord', signalId, audit)).toEqual({ purged: false });
    expect((await app.app.audit.list('noord')).filter((e) => e.action === 'signal-purged')).toHaveLength(1);
    expect(await contentKeys()).toEqual([]);
  });
});

describe('erasure on request', () => {
  it('an admin erases a signal now ("wis WS-… avg-verzoek"), audited; anyone else is refused and audited', async () => {
    const { signalId, reference } = await sent();
    const say = async (who: { aadObjectId: string; name: string }, text: string) => {
      const before = capture.requests.length;
      await app.app.post(inChannel(messageActivity({ serviceUrl: capture.serviceUrl, text: `<at>wijksignaal</at> ${text}` }), NOORD_CHANNEL, who));
      return capture.requests
        .slice(before)
        .map((r) => String(r.activity.text ?? ''))
        .join('\n');
    };
    expect(await say(WORKER_ANNA, `wis ${reference} avg-verzoek`)).toBe('Alleen een beheerder kan een signaal wissen. Dit is vastgelegd.');
    expect(await app.stores.signals.get('noord', signalId)).toMatchObject({ status: 'new' });
    expect(await say({ aadObjectId: ADMIN, name: 'Beheerder' }, `wis ${reference}`)).toMatch(/wis WS-2026-000123 correctie/);
    expect(await say({ aadObjectId: ADMIN, name: 'Beheerder' }, `wis ${reference} avg-verzoek`)).toMatch(/wordt binnen een minuut gewist/);
    await later(60_000);
    expect(await app.stores.signals.get('noord', signalId)).toBeUndefined();
    expect(await contentKeys()).toEqual([]);
    expect(JSON.stringify(cardOf(removedCards().at(-1)))).toContain('is verwijderd op verzoek');
    const audit = await app.app.audit.list('noord');
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'action-refused', actor: WORKER_ANNA.aadObjectId, reason: 'not-admin' }),
        expect.objectContaining({ action: 'erasure-requested', actor: ADMIN, signalId, reason: 'avg-request' }),
        expect.objectContaining({ action: 'signal-purged', signalId, reason: 'erasure-avg-request' }),
      ]),
    );
  });
});

describe('the audit trail', () => {
  it('is trimmed by age (a year by default), not by count', async () => {
    // Zuid's trail has no entries yet, so an entry can be written with a time a year and more ago.
    const key = `${app.prefix}{q:zuid}:audit`;
    const old = Date.now() - 400 * DAY_MS;
    await redis.xadd(key, `${old}-0`, 'e', JSON.stringify({ at: new Date(old).toISOString(), action: 'signal-viewed', actor: 'made-up', teamId: 'zuid' }));
    await app.app.audit.record({ at: new Date().toISOString(), action: 'signal-viewed', actor: 'recent', teamId: 'zuid' });
    expect((await app.app.audit.list('zuid')).map((e) => e.actor)).toEqual(expect.arrayContaining(['made-up', 'recent']));
    // The purge task's clock is the bot's (23 November 2026): move it to now, so "a year ago" is meant in real time.
    app.clock.advance(Date.now() - app.clock.now());
    await later(0);
    const actors = (await app.app.audit.list('zuid')).map((e) => e.actor);
    expect(actors).not.toContain('made-up');
    expect(actors).toContain('recent');
  });
});
