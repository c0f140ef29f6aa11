import { deriveSignalId, receivedCopy, type AuditEvent } from '../../src/domain';
import { TEACHER } from '../fixtures/answers';
import { consultationSignal } from '../fixtures/signal';
import { messageActivity } from '../helpers/activities';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { fakeClock } from '../helpers/fake-clock';
import {
  ADMIN,
  INTAKE_ROUTING,
  NOORD_CHANNEL,
  OTHER_CHANNEL,
  WORKER_ANNA,
  WORKER_BAS,
  cardOf,
  inChannel,
  linkChannel,
  postedCards,
  pressCard,
  teacherSends,
  until,
} from '../helpers/intake';
import { testRedisUrl, type RecordedCommand } from '../helpers/redis';
import { httpDialogue } from '../helpers/http-dialogue';
import { startRedisApp } from '../helpers/redis-app';

/**
 * Intake's daily work around the cards, through /api/messages on real Redis, with the capture server as Teams: the
 * worklist, find, transfer (also across a crash between its two steps), giving back, taking over, the history and
 * the copy for registration in Details, the phase, who is on duty, the overdue mark, and which channels may be
 * linked. All people and families are made up.
 */

type Json = Record<string, unknown>;
type RedisApp = Awaited<ReturnType<typeof startRedisApp>>;

const ZUID_CHANNEL = '19:intake-zuid@thread.tacv2';
/** A postcode in no team's area: the fallback intake ("Centrale intake", OTHER_CHANNEL) gets the signal. */
const TO_FALLBACK = { ...TEACHER, 'child.postcode': '1099 AB', 'postcode-confirm': 'ja' };
const NOTE = 'Gezin woont sinds kort in Zuid (verzonnen).';

let capture: CaptureServer;
let running: RedisApp | undefined;
beforeEach(async () => {
  capture = await startCaptureServer();
});
afterEach(async () => {
  await running?.app.stop();
  running = undefined;
  await capture.close();
});

async function start(options: Parameters<typeof startRedisApp>[1] = {}): Promise<RedisApp> {
  running = await startRedisApp(testRedisUrl(), { env: { ADMIN_AAD_OBJECT_IDS: ADMIN }, routing: INTAKE_ROUTING, ...options });
  return running;
}

async function linkAll({ app }: RedisApp): Promise<void> {
  await linkChannel(app, capture, 'noord', NOORD_CHANNEL);
  await linkChannel(app, capture, 'zuid', ZUID_CHANNEL);
  await linkChannel(app, capture, 'intake', OTHER_CHANNEL);
}

/** A message @mentioning the bot in a channel, as Teams delivers it; resolves with what the bot answered there. */
async function say(
  { app }: RedisApp,
  channel: string,
  text: string,
  who = WORKER_ANNA,
  mentions: Array<{ id: string; name: string }> = [],
): Promise<Array<{ text: string; card: Json }>> {
  const before = capture.requests.length;
  const base = messageActivity({ serviceUrl: capture.serviceUrl, text: `<at>wijksignaal</at> ${text}` });
  const activity = {
    ...inChannel(base, channel, who),
    entities: [
      { type: 'mention', text: '<at>wijksignaal</at>', mentioned: { id: base.recipient.id, name: 'wijksignaal' } },
      ...mentions.map((m) => ({ type: 'mention', text: `<at>${m.name}</at>`, mentioned: m })),
    ],
  };
  expect((await app.post(activity)).status).toBe(200);
  return capture.requests.slice(before).map((r) => ({ text: String(r.activity.text ?? ''), card: cardOf(r) }));
}

/** Cards that started a thread in this channel (a new conversation there). */
const cardsIn = (channel: string) => postedCards(capture).filter((r) => r.conversationId === channel);
const signalIdOf = (card: Json) => String(((card.actions as Json[])[0]?.data as Json).signalId);
const shown = (value: unknown) => JSON.stringify(value);

/** Runs the background work until `done` holds (each pass does what is due now). */
async function workUntil({ app }: RedisApp, done: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 20 && !(await done()); i++) await app.jobs.runOnce();
  expect(await done()).toBe(true);
}

describe('transfer', () => {
  it('from the fallback intake to Zuid: a new card there, the old one says where it went, the signaller told, both audits, Details only for Zuid', async () => {
    const redisApp = await start();
    const { app } = redisApp;
    await linkAll(redisApp);
    const { conversationId, reference } = await teacherSends(app, capture, TO_FALLBACK);
    await until(() => cardsIn(OTHER_CHANNEL).length === 1);
    const card = cardOf(cardsIn(OTHER_CHANNEL)[0]);
    const signalId = signalIdOf(card);

    // Anyone in the queue's channel may transfer; the form lists the other teams and the reasons.
    const form = (await pressCard(app, capture, card, /^Overdragen$/, WORKER_BAS, OTHER_CHANNEL)).value as Json;
    expect(shown(form)).toContain('Wijkteam Zuid');
    expect(shown(form)).not.toContain('"value":"intake"');
    const done = await pressCard(app, capture, form, /^Overdragen$/, WORKER_BAS, OTHER_CHANNEL, {
      team: 'zuid',
      reason: 'unknown-postcode',
      transferNote: NOTE,
    });
    expect(shown(done.value)).toMatch(/overgedragen aan Wijkteam Zuid/);
    expect((done.value as Json).actions).toEqual([]);

    await workUntil(redisApp, () => cardsIn(ZUID_CHANNEL).length === 1 && capture.texts(conversationId).some((t) => /Wijkteam Zuid/.test(t)));
    const zuidCard = cardOf(cardsIn(ZUID_CHANNEL)[0]);
    expect(shown(zuidCard)).toContain(reference);
    expect(shown(zuidCard)).toMatch(/nieuw, nog niet opgepakt/);
    // The old card, updated in place: where it went, and no buttons.
    const update = capture.requests.filter((r) => r.method === 'PUT' && r.conversationId.startsWith(`${OTHER_CHANNEL};messageid=`)).at(-1);
    expect(shown(cardOf(update))).toMatch(/overgedragen aan Wijkteam Zuid/);
    expect(cardOf(update).actions).toEqual([]);
    expect(capture.texts(conversationId).at(-1)).toBe(
      `Centrale intake heeft je signaal ${reference} overgedragen aan Wijkteam Zuid, dat er nu mee verder gaat. Je referentie blijft ${reference}.`,
    );

    // Both queues' audits, with the reason's code; the note is content and in neither, nor in any channel post.
    const audits = [...(await app.audit.list('intake')), ...(await app.audit.list('zuid'))];
    expect(audits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'signal-transferred-out', teamId: 'intake', signalId, reason: 'unknown-postcode', actor: WORKER_BAS.aadObjectId }),
        expect.objectContaining({ action: 'signal-transferred-in', teamId: 'zuid', signalId }),
      ]),
    );
    expect(shown(audits)).not.toContain('Zuid (verzonnen)');
    const channelPosts = capture.requests.filter((r) => !r.conversationId.startsWith('a:'));
    expect(shown(channelPosts)).not.toContain('verzonnen');

    // The team it left no longer sees the content; the team it went to sees the note and the history.
    const refused = await pressCard(app, capture, card, /^Details/, WORKER_BAS, OTHER_CHANNEL);
    expect(refused.value).toBe('Dit signaal is overgedragen aan Wijkteam Zuid. Alleen Wijkteam Zuid kan de details nog inzien.');
    expect(await app.audit.list('intake')).toContainEqual(expect.objectContaining({ action: 'action-refused', reason: 'transferred', signalId }));
    const details = (await pressCard(app, capture, zuidCard, /^Details/, WORKER_ANNA, ZUID_CHANNEL)).value as Json;
    expect(shown(details)).toContain(NOTE);
    expect(shown(details)).toContain('Van Centrale intake naar Wijkteam Zuid: Postcode stond in geen gebied; dit wijkteam is het juiste');
    expect(shown(details)).toMatch(/overgedragen door Bas Intake \(Wijkteam Zuid\)/);
    // And Zuid works it like any new signal.
    expect(shown((await pressCard(app, capture, zuidCard, /pak dit op/i, WORKER_ANNA, ZUID_CHANNEL)).value)).toMatch(/opgepakt door Anna Intake/);
  });

  it('sent back to the team it came from: that team gets a new card for it and has it on its worklist again', async () => {
    const redisApp = await start();
    const { app } = redisApp;
    await linkAll(redisApp);
    const { conversationId } = await teacherSends(app, capture, TO_FALLBACK);
    await until(() => cardsIn(OTHER_CHANNEL).length === 1);
    const there = cardOf(cardsIn(OTHER_CHANNEL)[0]);
    const signalId = signalIdOf(there);
    const away = (await pressCard(app, capture, there, /^Overdragen$/, WORKER_BAS, OTHER_CHANNEL)).value as Json;
    await pressCard(app, capture, away, /^Overdragen$/, WORKER_BAS, OTHER_CHANNEL, { team: 'zuid', reason: 'other-area' });
    await workUntil(redisApp, () => cardsIn(ZUID_CHANNEL).length === 1);
    const back = (await pressCard(app, capture, cardOf(cardsIn(ZUID_CHANNEL)[0]), /^Overdragen$/, WORKER_ANNA, ZUID_CHANNEL)).value as Json;
    await pressCard(app, capture, back, /^Overdragen$/, WORKER_ANNA, ZUID_CHANNEL, {
      team: 'intake',
      reason: 'other',
      transferNote: 'Toch niet bij ons (verzonnen).',
    });
    await workUntil(redisApp, () => cardsIn(OTHER_CHANNEL).length === 2);
    expect(await app.signals.get('intake', signalId)).toMatchObject({ status: 'new', transfers: [expect.anything(), expect.anything()] });
    expect((await app.signals.openPage('intake', 0, 10)).signals.map((s) => s.id)).toEqual([signalId]);
    expect(await app.signals.get('zuid', signalId)).toMatchObject({ status: 'transferred' });
    // The signaller's list shows it once, where it is now.
    const d = httpDialogue(capture, conversationId);
    d.useBot(app.url);
    await d.say('mijn signalen');
    expect(shown(d.lastCard()).match(/WS-\d{4}-\d{6}/g)).toHaveLength(1);
    expect(shown(d.lastCard())).toContain('naar Centrale intake');
  });

  it.each([
    ['before the second step ran', false],
    ['after the second step, before its job was acknowledged', true],
  ])('an instance that dies %s: the next one completes it, one live card in the target channel', async (_name, secondStepDone) => {
    const first = await start();
    await linkAll(first);
    await teacherSends(first.app, capture, TO_FALLBACK);
    await until(() => cardsIn(OTHER_CHANNEL).length === 1);
    const card = cardOf(cardsIn(OTHER_CHANNEL)[0]);
    const signalId = signalIdOf(card);
    // The background work of the first instance stops: the transfer is decided (first step) and nothing delivers it.
    await first.app.jobs.stop();
    const form = (await pressCard(first.app, capture, card, /^Overdragen$/, WORKER_BAS, OTHER_CHANNEL)).value as Json;
    await pressCard(first.app, capture, form, /^Overdragen$/, WORKER_BAS, OTHER_CHANNEL, { team: 'zuid', reason: 'other-area' });
    expect(await first.stores.signals.get('intake', signalId)).toMatchObject({ status: 'transferred' });
    if (secondStepDone) {
      const copy = receivedCopy((await first.stores.signals.get('intake', signalId))!)!;
      const audit: AuditEvent = { at: copy.createdAt, actor: 'system', action: 'signal-transferred-in', teamId: 'zuid', signalId };
      expect(await first.stores.signals.receive(copy, audit)).toEqual({ created: true });
    }
    expect(await first.stores.signals.get('zuid', signalId)).toEqual(secondStepDone ? expect.objectContaining({ status: 'new' }) : undefined);
    await first.app.stop();
    running = undefined;

    // The restart: another instance on the same data.
    const second = await start({ same: { prefix: first.prefix, key: first.key } });
    await workUntil(second, () => cardsIn(ZUID_CHANNEL).length === 1);
    for (let i = 0; i < 3; i++) await second.app.jobs.runOnce();
    expect(cardsIn(ZUID_CHANNEL)).toHaveLength(1);
    expect(await second.stores.signals.get('zuid', signalId)).toMatchObject({ status: 'new', routing: { teamId: 'zuid' } });
    expect((await second.app.audit.list('zuid')).filter((e) => e.action === 'signal-transferred-in')).toHaveLength(1);
  });
});

describe('the worklist', () => {
  it('"wachtrij" with 2,000 open signals: oldest first, 20 a page with the total, past deadlines marked; at most 20 records read', async () => {
    const recorded: RecordedCommand[] = [];
    const redisApp = await start({ recordSignalCommands: recorded });
    const { app, stores } = redisApp;
    await linkChannel(app, capture, 'noord', NOORD_CHANNEL);
    // Cards are not the point here: no background work, so 2,000 signals post nothing.
    await app.jobs.stop();
    // w0 is the oldest, w2000 the newest; stored newest first, so the list's order is the index's doing. The three
    // oldest were due long ago (the bot's clock reads 23 November), the rest at the end of the year.
    const base = Date.parse('2026-11-01T08:00:00.000Z');
    const at = (k: number) => new Date(base + k * 60_000).toISOString();
    const newestFirst = Array.from({ length: 2_001 }, (_, i) => 2_000 - i);
    for (let i = 0; i < newestFirst.length; i += 100) {
      await Promise.all(
        newestFirst
          .slice(i, i + 100)
          .map((k) =>
            stores.signals.submit(consultationSignal({ draftId: `w${k}`, createdAt: at(k), claimDueAt: k < 3 ? at(k + 60) : '2026-12-31T09:00:00.000Z' })),
          ),
      );
    }
    // The mix: the oldest claimed by Anna, the second closed (off the list), the rest new.
    const [oldest, second] = [deriveSignalId('w0'), deriveSignalId('w1')];
    await pressById(redisApp, oldest, 0, /pak dit op/i, WORKER_ANNA);
    await pressById(redisApp, second, 0, /pak dit op/i, WORKER_BAS);
    const closeForm = (await pressById(redisApp, second, 1, /^Afsluiten$/, WORKER_BAS)).value as Json;
    await pressCard(app, capture, closeForm, /^Afsluiten$/, WORKER_BAS, NOORD_CHANNEL, { outcome: 'no-concerns' });

    recorded.splice(0);
    const [reply] = await say(redisApp, NOORD_CHANNEL, 'wachtrij');
    const page = reply!.card;
    expect(shown(page)).toContain('Wachtrij Wijkteam Noord: 2000 open signalen');
    expect(shown(page)).toContain('1-20 van 2000, oudste eerst');
    const rows = rowsOf(page);
    expect(rows).toHaveLength(20);
    const references = await Promise.all(['w0', 'w2', 'w3'].map(async (d) => (await stores.signals.get('noord', deriveSignalId(d)))!.reference));
    expect(rows.slice(0, 3).map((r) => r.slice(0, 14))).toEqual(references);
    expect(rows[0]).toMatch(/opgepakt door Anna Intake/);
    // The oldest still new (w2) is past its deadline: marked, and in the attention style.
    expect(rows[1]).toMatch(/\(te laat\)/);
    expect(rows[2]).not.toMatch(/te laat/);
    expect(((page.body as Json[]).find((b) => b.id === 'row-1') as Json).style).toBe('attention');
    // Only what the channel's cards show: no free text, no organisation.
    expect(shown(page)).not.toMatch(/Blauwe plekken|Regenboog/);
    expect(readRecords(recorded)).toBeLessThanOrEqual(20);
    expect(recorded.map((c) => c.name)).not.toEqual(expect.arrayContaining(['scan', 'keys', 'hgetall', 'smembers']));

    // "Volgende": the next 20, for the presser; the same bounded read.
    recorded.splice(0);
    const next = await pressCard(app, capture, page, /^Volgende$/, WORKER_ANNA);
    const nextRows = rowsOf(next.value as Json);
    expect(shown(next.value)).toContain('21-40 van 2000, oudste eerst');
    expect(nextRows[0]?.slice(0, 14)).toBe((await stores.signals.get('noord', deriveSignalId('w21')))!.reference);
    expect(readRecords(recorded)).toBeLessThanOrEqual(20);
  }, 60_000);

  it('an empty queue says so; a channel not linked has no worklist', async () => {
    const redisApp = await start();
    await linkChannel(redisApp.app, capture, 'noord', NOORD_CHANNEL);
    expect(shown((await say(redisApp, NOORD_CHANNEL, 'wachtrij'))[0]?.card)).toContain('De wachtrij van Wijkteam Noord is leeg');
    expect((await say(redisApp, ZUID_CHANNEL, 'wachtrij'))[0]?.text).toMatch(/aan geen wijkteam gekoppeld/);
  });
});

describe('find by reference', () => {
  it('"zoek" shows the card in its own team, says only "another team" elsewhere, and helps with a wrong reference', async () => {
    const redisApp = await start();
    await linkAll(redisApp);
    const { reference } = await teacherSends(redisApp.app, capture);
    const [found] = await say(redisApp, NOORD_CHANNEL, `zoek ${reference}`);
    expect(shown(found?.card)).toContain(reference);
    expect(shown(found?.card)).toMatch(/Oppakken|pak dit op/i);
    // Typed loosely, as on the phone.
    expect(shown((await say(redisApp, NOORD_CHANNEL, `zoek ${reference.toLowerCase().replace(/-0+/, ' ')}`))[0]?.card)).toContain(reference);
    expect((await say(redisApp, ZUID_CHANNEL, `zoek ${reference}`))[0]?.text).toBe(
      `Signaal ${reference} hoort bij een ander wijkteam. Hier is het niet in te zien.`,
    );
    expect((await say(redisApp, NOORD_CHANNEL, 'zoek WS-2026-999999'))[0]?.text).toMatch(/geen signaal WS-2026-999999/);
    expect((await say(redisApp, NOORD_CHANNEL, 'zoek'))[0]?.text).toMatch(/zoek WS-2026-000123/);
  });
});

describe('giving back and taking over', () => {
  it('only the claimer gives back (no message to the signaller); a colleague takes over with a reason, the one who had it @mentioned', async () => {
    const redisApp = await start();
    const { app } = redisApp;
    await linkAll(redisApp);
    const { conversationId } = await teacherSends(app, capture);
    await until(() => cardsIn(NOORD_CHANNEL).length === 1);
    const card = cardOf(cardsIn(NOORD_CHANNEL)[0]);
    const claimed = (await pressCard(app, capture, card, /pak dit op/i, WORKER_ANNA)).value as Json;
    await workUntil(redisApp, () => capture.texts(conversationId).some((t) => /^Goed nieuws: .* opgepakt/.test(t)));
    const toldBefore = capture.texts(conversationId).length;

    expect((await pressCard(app, capture, claimed, /^Teruggeven$/, WORKER_BAS)).value).toMatch(/Alleen Anna Intake.*kan het teruggeven/);
    const back = (await pressCard(app, capture, claimed, /^Teruggeven$/, WORKER_ANNA)).value as Json;
    expect(shown(back)).toMatch(/nieuw, nog niet opgepakt/);
    for (let i = 0; i < 3; i++) await app.jobs.runOnce();
    expect(capture.texts(conversationId).slice(toldBefore)).toEqual([]);

    const again = (await pressCard(app, capture, back, /pak dit op/i, WORKER_ANNA)).value as Json;
    expect((await pressCard(app, capture, again, /^Overnemen$/, WORKER_ANNA)).value).toBe('Je hebt dit signaal zelf al; overnemen is niet nodig.');
    const form = (await pressCard(app, capture, again, /^Overnemen$/, WORKER_BAS)).value as Json;
    expect(shown(form)).toContain('overnemen van Anna Intake');
    expect((await pressCard(app, capture, form, /^Overnemen$/, WORKER_BAS)).value).toBe('Kies waarom je het signaal overneemt.');
    const taken = (await pressCard(app, capture, form, /^Overnemen$/, WORKER_BAS, NOORD_CHANNEL, { reason: 'absent' })).value as Json;
    expect(shown(taken)).toMatch(/opgepakt door Bas Intake/);
    await workUntil(redisApp, () => capture.requests.some((r) => /overgenomen door Bas Intake/.test(String(r.activity.text))));
    const notice = capture.requests.find((r) => /overgenomen door Bas Intake/.test(String(r.activity.text)))!;
    expect(notice.conversationId.startsWith(`${NOORD_CHANNEL};messageid=`)).toBe(true);
    expect(notice.activity.entities).toEqual([
      { type: 'mention', text: '<at>Anna Intake</at>', mentioned: { id: WORKER_ANNA.aadObjectId, name: 'Anna Intake' } },
    ]);
    expect(String(notice.activity.text)).toMatch(
      /^<at>Anna Intake<\/at> Signaal WS-\d{4}-\d{6} is overgenomen door Bas Intake \(Collega is afwezig of ziek\)\.$/,
    );
    // Bas has it now: Anna may no longer close it.
    expect((await pressCard(app, capture, taken, /^Afsluiten$/, WORKER_ANNA)).value).toMatch(/Alleen Bas Intake/);
    const audit = await app.audit.list('noord');
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'signal-unclaimed', actor: WORKER_ANNA.aadObjectId }),
        expect.objectContaining({ action: 'signal-taken-over', actor: WORKER_BAS.aadObjectId, reason: 'absent' }),
        expect.objectContaining({ action: 'action-refused', actor: WORKER_BAS.aadObjectId, reason: 'not-the-claimer' }),
      ]),
    );
  });
});

describe('Details: the history, the phase, the close note and a copy for registration', () => {
  it('shows who did what when, sets the phase (on the card too), and copies the signal as plain text, each audited', async () => {
    const redisApp = await start();
    const { app } = redisApp;
    await linkAll(redisApp);
    const { reference } = await teacherSends(app, capture);
    await until(() => cardsIn(NOORD_CHANNEL).length === 1);
    const card = cardOf(cardsIn(NOORD_CHANNEL)[0]);
    const claimed = (await pressCard(app, capture, card, /pak dit op/i, WORKER_ANNA)).value as Json;

    const details = (await pressCard(app, capture, claimed, /^Details/, WORKER_ANNA)).value as Json;
    expect(shown(details)).toMatch(/Verloop/);
    expect(shown(details)).toMatch(/: opgepakt door Anna Intake/);
    const phaseForm = (await pressCard(app, capture, details, /^Fase$/, WORKER_ANNA)).value as Json;
    const withPhase = (await pressCard(app, capture, phaseForm, /^Opslaan$/, WORKER_ANNA, NOORD_CHANNEL, { phase: 'directe-veiligheid' })).value as Json;
    expect(shown(withPhase)).toContain('{"title":"Fase","value":"directe veiligheid"}');

    const copy = (await pressCard(app, capture, details, /^Kopieer voor registratie$/, WORKER_ANNA)).value as Json;
    const text = String(((copy.body as Json[]).find((b) => b.type === 'Input.Text') as Json).value);
    expect(text).toContain(reference);
    expect(text).toContain('Blauwe plekken');
    expect(text).toMatch(/Fase: directe veiligheid/);
    expect(text).toMatch(/Verloop:\n.*opgepakt door Anna Intake/);

    const closeForm = (await pressCard(app, capture, withPhase, /^Afsluiten$/, WORKER_ANNA)).value as Json;
    const closed = (
      await pressCard(app, capture, closeForm, /^Afsluiten$/, WORKER_ANNA, NOORD_CHANNEL, { outcome: 'other', note: 'Gezin verhuisd (verzonnen).' })
    ).value as Json;
    expect(shown(closed)).not.toContain('verhuisd');
    const after = shown((await pressCard(app, capture, closed, /^Details/, WORKER_ANNA)).value);
    expect(after).toContain('Gezin verhuisd (verzonnen).');
    expect(after).toMatch(/afgesloten door Anna Intake \(anders\)/);

    const actions = (await app.audit.list('noord')).map((e) => [e.action, e.reason]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['signal-viewed', undefined],
        ['signal-phase-set', 'directe-veiligheid'],
        ['signal-copied', undefined],
      ]),
    );
    expect(shown(await app.audit.list('noord'))).not.toMatch(/verhuisd|Blauwe/);
  });
});

describe('who is on duty', () => {
  it('"dienst" shows, sets by @mention (audited) and clears; an acute card and its reminder @mention who is on duty', async () => {
    const redisApp = await start();
    const { app } = redisApp;
    await linkAll(redisApp);
    expect((await say(redisApp, NOORD_CHANNEL, 'dienst'))[0]?.text).toMatch(/Voor Wijkteam Noord is niemand dienstdoend/);
    expect((await say(redisApp, NOORD_CHANNEL, 'dienst Bas'))[0]?.text).toMatch(/Noem de collega's met een @/);
    const bas = { id: WORKER_BAS.aadObjectId, name: WORKER_BAS.name };
    expect((await say(redisApp, NOORD_CHANNEL, 'dienst <at>Bas Intake</at>', WORKER_ANNA, [bas]))[0]?.text).toMatch(
      /Dienstdoend bij acute signalen voor Wijkteam Noord is nu: Bas Intake\./,
    );
    expect(await app.audit.list('noord')).toContainEqual(expect.objectContaining({ action: 'duty-set', actor: WORKER_ANNA.aadObjectId }));
    expect((await say(redisApp, NOORD_CHANNEL, 'dienst'))[0]?.text).toMatch(/Dienstdoend bij acute signalen voor Wijkteam Noord: Bas Intake\./);

    await teacherSends(app, capture, TEACHER, { acute: true });
    await until(() => cardsIn(NOORD_CHANNEL).length === 1);
    const post = cardsIn(NOORD_CHANNEL)[0]!.activity;
    expect(String(post.text)).toMatch(/^<at>Bas Intake<\/at> acuut signaal WS-/);
    expect(post.entities).toEqual([{ type: 'mention', text: '<at>Bas Intake</at>', mentioned: bas }]);
    // Nobody claimed it: the reminder in its thread @mentions the same people.
    // (The first reminder is scheduled just after the card is posted: the clock moves on a reminder interval per pass.)
    const reminded = () => capture.requests.some((r) => /nog niet opgepakt/.test(String(r.activity.text)));
    for (let i = 0; i < 5 && !reminded(); i++) {
      redisApp.clock.advance(15 * 60_000);
      await app.jobs.runOnce();
    }
    const reminder = capture.requests.find((r) => /nog niet opgepakt/.test(String(r.activity.text)))!;
    expect(String(reminder.activity.text)).toMatch(/^<at>Bas Intake<\/at> Acuut signaal WS-/);
    expect(reminder.activity.entities).toEqual([{ type: 'mention', text: '<at>Bas Intake</at>', mentioned: bas }]);

    expect((await say(redisApp, NOORD_CHANNEL, 'dienst niemand'))[0]?.text).toMatch(/niemand meer dienstdoend/);
    expect((await say(redisApp, NOORD_CHANNEL, 'dienst'))[0]?.text).toMatch(/niemand dienstdoend/);
  });
});

describe('the overdue mark', () => {
  it('once the claim deadline passes unclaimed, the card says "te laat" (decided once, audited); a claimed one is left alone', async () => {
    // The bot's clock sends on Monday 10:00; the background work's clock is moved on by hand.
    const jobsClock = fakeClock(Date.parse('2026-11-23T09:00:00Z'));
    const redisApp = await start({ jobsClock });
    const { app } = redisApp;
    await linkAll(redisApp);
    await teacherSends(app, capture);
    await teacherSends(app, capture);
    await until(() => cardsIn(NOORD_CHANNEL).length === 2);
    const [late, taken] = cardsIn(NOORD_CHANNEL).map((r) => cardOf(r));
    await pressCard(app, capture, taken!, /pak dit op/i, WORKER_BAS);
    const lateId = signalIdOf(late!);
    const due = Date.parse((await app.signals.get('noord', lateId))!.claimDueAt);
    // Three working days from Monday 10:00: Thursday 10:00.
    expect(new Date(due).toISOString()).toBe('2026-11-26T09:00:00.000Z');

    jobsClock.advance(due - jobsClock.now() - 1);
    for (let i = 0; i < 3; i++) await app.jobs.runOnce();
    expect((await app.signals.get('noord', lateId))?.overdueAt).toBeUndefined();

    jobsClock.advance(1);
    await workUntil(redisApp, () => capture.requests.some((r) => r.method === 'PUT' && shown(cardOf(r)).includes('TE LAAT')));
    for (let i = 0; i < 3; i++) await app.jobs.runOnce();
    const overdue = (await app.audit.list('noord')).filter((e) => e.action === 'signal-overdue');
    expect(overdue).toEqual([expect.objectContaining({ signalId: lateId, actor: 'system' })]);
    expect(capture.requests.filter((r) => r.method === 'PUT' && shown(cardOf(r)).includes('TE LAAT'))).toHaveLength(1);
  });
});

describe('which channels may be linked', () => {
  it.each([
    ['a private channel is linked at once', 'private', /nu het intakekanaal van Wijkteam Noord/, true],
    ['a shared channel is refused (people from other organisations)', 'shared', /gedeeld kanaal.*niet gekoppeld/, false],
    ['a standard channel gets a warning first', 'standard', /standaardkanaal\. Iedereen in het team ziet daar de signaalkaarten/, false],
    ['a channel whose type Teams does not say gets a warning first', null, /kan niet zien of dit een privékanaal is/, false],
  ])('%s', async (_name, type, said, linked) => {
    const { app } = await start();
    const base = messageActivity({ serviceUrl: capture.serviceUrl, text: '<at>wijksignaal</at> koppel wijkteam noord' });
    const before = capture.requests.length;
    await app.post(inChannel(base, NOORD_CHANNEL, { aadObjectId: ADMIN, name: 'Beheerder' }, type));
    expect(
      capture.requests
        .slice(before)
        .map((r) => String(r.activity.text))
        .join('\n'),
    ).toMatch(said);
    expect(await app.links.teamOfChannel(NOORD_CHANNEL)).toBe(linked ? 'noord' : undefined);
    if (type === 'shared')
      expect(await app.audit.list('noord')).toContainEqual(expect.objectContaining({ action: 'action-refused', reason: 'shared-channel' }));
    if (type === 'standard' || type === null) {
      const confirmed = messageActivity({ serviceUrl: capture.serviceUrl, text: '<at>wijksignaal</at> koppel wijkteam noord bevestig' });
      await app.post(inChannel(confirmed, NOORD_CHANNEL, { aadObjectId: ADMIN, name: 'Beheerder' }, type));
      expect(await app.links.teamOfChannel(NOORD_CHANNEL)).toBe('noord');
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** Each row of a worklist card as one line of text: "WS-… · urgency · ages · deadline | status". */
function rowsOf(card: Json): string[] {
  return ((card.body as Json[]) ?? [])
    .filter((b) => String(b.id ?? '').startsWith('row-'))
    .map((row) => ((row.items as Json[]) ?? []).map((item) => String(item.text).replace(/\*\*/g, '')).join(' | '));
}

/** How many signal records the recorded commands read (GET of one, MGET of several). */
function readRecords(commands: readonly RecordedCommand[]): number {
  return commands
    .filter((c) => c.name === 'get' || c.name === 'mget')
    .flatMap((c) => c.args)
    .filter((key) => key.includes(':signal:')).length;
}

/** A press on a signal's card by its id, as the card would send it (for signals stored without a posted card). */
async function pressById({ app }: RedisApp, signalId: string, cardVersion: number, title: RegExp, who: { aadObjectId: string; name: string }) {
  const verb = /pak dit op/i.test(title.source) ? 'signal.claim' : 'signal.close';
  const card = { actions: [{ type: 'Action.Execute', title: title.source, verb, data: { signalId, cardVersion } }] };
  return pressCard(app, capture, card, /./, who);
}
