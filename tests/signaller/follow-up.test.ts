import { messageActivity } from '../helpers/activities';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { ADMIN, INTAKE_ROUTING, NOORD_CHANNEL, WORKER_ANNA, cardOf, linkChannel, postedCards, pressCard, teacherSends, until } from '../helpers/intake';
import { testRedisUrl } from '../helpers/redis';
import { startRedisApp } from '../helpers/redis-app';

/**
 * Afweging question 5 on the follow-up date, through the product's background work and /api/messages on real Redis:
 * sent only on a working day from 09:00 to 16:00 in Amsterdam, decided once and delivered once also with two bot
 * instances, "nee" and "weet ik niet" lead to the Veilig Thuis advice and a notice to the wijkteam, "ja" is recorded,
 * and a signaller Teams cannot reach is recorded as undeliverable instead of tried forever. The bot's clock is moved
 * by hand; the signal is sent on Monday 23 November 2026, so its follow-up date is Monday 4 January 2027.
 */

type Json = Record<string, unknown>;
type RedisApp = Awaited<ReturnType<typeof startRedisApp>>;

let capture: CaptureServer;
const apps: RedisApp[] = [];
let app: RedisApp;
beforeEach(async () => {
  capture = await startCaptureServer();
  app = await start();
  await linkChannel(app.app, capture, 'noord', NOORD_CHANNEL);
});
afterEach(async () => {
  for (const a of apps.splice(0)) await a.app.stop();
  await capture.close();
});

async function start(same?: RedisApp): Promise<RedisApp> {
  const started = await startRedisApp(testRedisUrl(), {
    env: { ADMIN_AAD_OBJECT_IDS: ADMIN },
    routing: INTAKE_ROUTING,
    ...(same ? { same: { prefix: same.prefix, key: same.key }, instanceId: 'second-instance' } : {}),
  });
  apps.push(started);
  return started;
}

/** The teacher's signal with its card posted; resolves with her chat and the card. */
async function sent() {
  const { conversationId, reference } = await teacherSends(app.app, capture);
  await until(async () => (await app.app.jobs.runOnce(), postedCards(capture).length === 1));
  const card = cardOf(postedCards(capture)[0]);
  return { conversationId, reference, card, signalId: String(((card.actions as Json[])[0]!.data as Json).signalId) };
}

const followUpCards = (conversationId: string) =>
  capture.requests.filter((r) => r.conversationId === conversationId && JSON.stringify(r.activity).includes('"ws":"followup"')).map((r) => cardOf(r));

/** Moves the bot's clock (and its background work's) to `iso` and runs what is due, twice over. */
async function at(iso: string, ...on: RedisApp[]): Promise<void> {
  for (const a of on.length > 0 ? on : [app]) a.clock.advance(Date.parse(iso) - a.clock.now());
  for (let i = 0; i < 2; i++) for (const a of on.length > 0 ? on : [app]) await a.app.jobs.runOnce();
}

/** The signaller presses "Versturen" on the follow-up card with these fields. */
async function answer(conversationId: string, card: Json, fields: Json): Promise<string | undefined> {
  const data = ((card.actions as Json[])[0]!.data ?? {}) as Json;
  const res = await app.app.post({ ...messageActivity({ serviceUrl: capture.serviceUrl, conversationId, text: '' }), value: { ...data, ...fields } });
  expect(res.status).toBe(200);
  return capture.texts(conversationId).at(-1);
}

describe('the follow-up of afweging question 5', () => {
  it.each([
    ['before 09:00 on the date', '2027-01-04T07:59:00Z'],
    ['at 16:00 on the date', '2027-01-04T15:00:00Z'],
    ['on the Saturday after', '2027-01-09T10:00:00Z'],
    ['on Tweede Paasdag', '2027-03-29T09:00:00Z'],
  ])('is not sent %s; it is on the next working day between 09:00 and 16:00', async (_name, outside) => {
    const { conversationId } = await sent();
    await at('2027-01-03T10:00:00Z'); // the Sunday before: not due yet, and not a working day
    await at(outside);
    expect(followUpCards(conversationId)).toHaveLength(0);
    await at(Date.parse(outside) > Date.parse('2027-03-01T00:00:00Z') ? '2027-03-30T08:00:00Z' : '2027-01-11T08:00:00Z');
    expect(followUpCards(conversationId)).toHaveLength(1);
  });

  it('"nee": the Veilig Thuis advice, the wijkteam told in the thread without the note, Details shows it; answered once', async () => {
    const { conversationId, card, signalId, reference } = await sent();
    await at('2027-01-04T09:30:00Z');
    const [question] = followUpCards(conversationId);
    expect(JSON.stringify(question)).toContain('Heeft de hulp geleid tot blijvende veiligheid voor het kind?');
    expect(await answer(conversationId, question!, {})).toBe('Kies ja, nee of weet ik niet.');
    const said = await answer(conversationId, question!, { answer: 'no', note: 'Het kind is weer vaak afwezig (verzonnen).' });
    expect(said).toMatch(/doe een melding bij Veilig Thuis, 0800-2000/);
    await at('2027-01-04T09:31:00Z');
    expect(capture.texts()).toContain(`Vervolgvraag bij signaal ${reference}: de melder ziet (nog) geen blijvende veiligheid — zie Details.`);
    expect(JSON.stringify(capture.requests.filter((r) => r.conversationId.startsWith(NOORD_CHANNEL)))).not.toContain('afwezig');
    const details = JSON.stringify((await pressCard(app.app, capture, card, /^Details/, WORKER_ANNA)).value);
    expect(details).toMatch(/Beantwoord .*: Nee/);
    expect(details).toContain('Het kind is weer vaak afwezig (verzonnen).');
    expect(await app.app.audit.list('noord')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'follow-up-asked', signalId, actor: 'system' }),
        expect.objectContaining({ action: 'follow-up-answered', signalId, reason: 'no' }),
      ]),
    );
    expect(await answer(conversationId, question!, { answer: 'yes' })).toBe('Deze vraag is al beantwoord. Er is niets veranderd.');
    expect((await app.stores.signals.get('noord', signalId))?.followUp?.answer).toBe('no');
  });

  it('"ja" is recorded, with thanks and no notice to the wijkteam', async () => {
    const { conversationId, signalId } = await sent();
    await at('2027-01-04T09:30:00Z');
    expect(await answer(conversationId, followUpCards(conversationId)[0]!, { answer: 'yes' })).toBe('Dank je. Je antwoord is vastgelegd bij je signaal.');
    await at('2027-01-04T09:31:00Z');
    expect(capture.texts().some((t) => t.startsWith('Vervolgvraag bij signaal'))).toBe(false);
    expect((await app.stores.signals.get('noord', signalId))?.followUp).toMatchObject({ answer: 'yes' });
  });

  it('a signaller Teams cannot reach any more (403) is recorded as undeliverable, audited, and not tried again', async () => {
    const { conversationId, signalId, card } = await sent();
    // Claimed, and the card's update out first: nothing else is posted on the date (no overdue mark, no escalation), so
    // the failure below is the follow-up's.
    await pressCard(app.app, capture, card, /pak dit op/i, WORKER_ANNA);
    await at('2027-01-03T10:00:00Z');
    capture.failNext(403);
    await at('2027-01-04T09:30:00Z');
    expect(capture.failed[403]).toBe(1);
    expect((await app.stores.signals.get('noord', signalId))?.followUp?.undeliverableAt).toBeDefined();
    expect(await app.app.audit.list('noord')).toContainEqual(expect.objectContaining({ action: 'follow-up-undeliverable', signalId, reason: 'status-403' }));
    await at('2027-01-05T09:30:00Z');
    await at('2027-01-06T09:30:00Z');
    expect(capture.failed[403]).toBe(1);
    expect(followUpCards(conversationId)).toHaveLength(0);
  });

  it('two bot instances, each with its own periodic work: one decision, one card', async () => {
    const { conversationId, signalId } = await sent();
    const second = await start(app);
    await at('2027-01-04T09:30:00Z', app, second);
    await at('2027-01-04T10:30:00Z', second, app);
    expect(followUpCards(conversationId)).toHaveLength(1);
    expect((await app.app.audit.list('noord')).filter((e) => e.action === 'follow-up-asked' && e.signalId === signalId)).toHaveLength(1);
  });
});
