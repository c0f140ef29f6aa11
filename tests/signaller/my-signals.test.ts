import { deriveSignalId, SignalSchema } from '../../src/domain';
import { TEACHER } from '../fixtures/answers';
import { consultationSignal } from '../fixtures/signal';
import { messageActivity } from '../helpers/activities';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { walk } from '../helpers/dialogue';
import { httpDialogue } from '../helpers/http-dialogue';
import { ADMIN, INTAKE_ROUTING, NOORD_CHANNEL, WORKER_ANNA, cardOf, linkChannel, postedCards, pressCard, teacherSends, until } from '../helpers/intake';
import { testRedisUrl } from '../helpers/redis';
import { startRedisApp } from '../helpers/redis-app';

/**
 * The signaller stays involved: "mijn signalen" in the 1:1 chat (also during a draft), adding information, withdrawing,
 * and a record for their own file — through /api/messages on real Redis, with the capture server as Teams. The
 * teacher is the test activities' made-up user; "another teacher" is a made-up signal of someone else.
 */

type Json = Record<string, unknown>;
type RedisApp = Awaited<ReturnType<typeof startRedisApp>>;

let capture: CaptureServer;
let redisApp: RedisApp;
beforeEach(async () => {
  capture = await startCaptureServer();
  redisApp = await startRedisApp(testRedisUrl(), { env: { ADMIN_AAD_OBJECT_IDS: ADMIN }, routing: INTAKE_ROUTING });
  await linkChannel(redisApp.app, capture, 'noord', NOORD_CHANNEL);
});
afterEach(async () => {
  await redisApp.app.stop();
  await capture.close();
});

/** The teacher in a 1:1 chat (a new conversation unless given). */
const chat = (conversationId = `a:leerkracht-${Math.random().toString(36).slice(2)}`) => {
  const d = httpDialogue(capture, conversationId);
  d.useBot(redisApp.app.url);
  return Object.assign(d, { conversationId });
};

/** Every Action.Submit on a card, however deep (the list puts one ActionSet in each signal's container). */
function submits(card: Json): Json[] {
  const found: Json[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const o = node as Json;
      if (o.type === 'Action.Submit') found.push(o);
      Object.values(o).forEach(visit);
    }
  };
  visit(card);
  return found;
}

/** Presses the button of `verb` (for the signal `signalId`, if given) on the chat's last card, with form fields. */
async function press(d: ReturnType<typeof chat>, verb: string, fields: Json = {}, signalId?: string): Promise<void> {
  const button = submits(d.lastCard()).find((a) => (a.data as Json).verb === verb && (!signalId || (a.data as Json).signalId === signalId));
  if (!button) throw new Error(`no ${verb} button on the last card`);
  const res = await redisApp.app.post({
    ...messageActivity({ serviceUrl: capture.serviceUrl, conversationId: d.conversationId, text: '' }),
    value: { ...(button.data as Json), ...fields },
  });
  expect(res.status).toBe(200);
}

const shown = (value: unknown) => JSON.stringify(value);
const references = (card: Json) => [...shown(card).matchAll(/"text":"(WS-\d{4}-\d{6})"/g)].map((m) => m[1]);

/** The teacher's signal, its card posted in Noord's channel. */
async function sent() {
  const before = postedCards(capture).length;
  const { reference, conversationId } = await teacherSends(redisApp.app, capture);
  await until(async () => (await redisApp.app.jobs.runOnce(), postedCards(capture).length > before));
  const card = cardOf(postedCards(capture).at(-1));
  const signalId = String(((card.actions as Json[])[0]!.data as Json).signalId);
  return { reference, conversationId, card, signalId };
}

describe('"mijn signalen"', () => {
  it('lists only the teacher’s own signals, newest first, from any chat of hers; another teacher’s never', async () => {
    const first = await sent();
    redisApp.clock.advance(60 * 60_000);
    const second = await sent();
    // Someone else's signal in the same queue.
    const other = consultationSignal({ draftId: 'someone-else', createdAt: new Date(Date.now() + 60_000).toISOString() });
    await redisApp.stores.signals.submit({
      ...other,
      signaller: {
        ...other.signaller,
        aadObjectId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        reference: { ...other.signaller.reference, userId: '29:iemand-anders', conversationId: 'a:anders' },
      },
    });
    const otherReference = (await redisApp.stores.signals.get('noord', deriveSignalId('someone-else')))!.reference;

    // A new chat: the list follows her Entra object id, not the conversation she sent them from.
    const d = chat();
    await d.say('mijn signalen');
    const list = d.lastCard();
    expect(references(list)).toEqual([second.reference, first.reference]);
    expect(shown(list)).not.toContain(otherReference);
    expect(shown(list)).toMatch(/Verstuurd .* naar Wijkteam Noord/);
    expect(shown(list)).toContain('Status: nog niet opgepakt');
    // "status" means the same for a signaller.
    await d.say('Status');
    expect(references(d.lastCard())).toEqual([second.reference, first.reference]);
  });

  it('typed in the middle of a draft: the list, and the draft kept; "verder" goes back to the same question', async () => {
    await sent();
    const d = chat();
    await d.say('start');
    await walk(d, TEACHER, 'child.ageBand');
    const step = d.step();
    await d.say('mijn signalen');
    expect(references(d.lastCard())).toHaveLength(1);
    expect(shown(d.lastCard())).toContain('Je signaal in voorbereiding staat nog klaar');
    await d.say('verder');
    expect(d.step()).toBe(step);
  });

  it('with nothing sent yet, says how to start', async () => {
    const d = chat();
    await d.say('mijn signalen');
    expect(shown(d.lastCard())).toContain('Je hebt nog geen signalen verstuurd');
  });
});

describe('adding information', () => {
  it('is checked for danger and names, stored sealed, shown in Details; the thread hears only that there is something', async () => {
    const { signalId, card } = await sent();
    const d = chat();
    await d.say('mijn signalen');
    await press(d, 'addInfo', {}, signalId);
    expect(shown(d.lastCard())).toContain('noem geen namen');

    // Danger: the guidance first, nothing stored until she says there is none now.
    await press(d, 'addInfoSend', { info: 'Vader staat nu voor de deur en slaat moeder' });
    expect(shown(d.lastCard())).toContain('112');
    expect((await redisApp.stores.signals.get('noord', signalId))?.additions).toBeUndefined();
    // A name in her anonymous consultation: shown, not stored, sent as it is only when she says it is no name.
    await press(d, 'addInfoSend', { info: 'Daan Vermeulen had vandaag weer blauwe plekken.' });
    expect(shown(d.lastCard())).toContain('Daan Vermeulen');
    expect((await redisApp.stores.signals.get('noord', signalId))?.additions).toBeUndefined();
    await press(d, 'addInfoSend', { info: 'Vandaag weer blauwe plekken, nu op de rug (verzonnen).' });
    expect(d.texts().at(-1)).toBe('Dank je. Je aanvulling is doorgegeven aan Wijkteam Noord.');

    const stored = await redisApp.stores.signals.get('noord', signalId);
    expect(stored?.additions?.map((a) => a.text)).toEqual(['Vandaag weer blauwe plekken, nu op de rug (verzonnen).']);
    await until(async () => (await redisApp.app.jobs.runOnce(), capture.texts().includes('Nieuwe informatie van de melder — zie Details.')));
    const channelPosts = capture.requests.filter((r) => r.conversationId.startsWith(NOORD_CHANNEL));
    expect(shown(channelPosts)).not.toContain('op de rug');
    const details = shown((await pressCard(redisApp.app, capture, card, /^Details/, WORKER_ANNA)).value);
    expect(details).toContain('Later toegevoegd door de melder');
    expect(details).toContain('Vandaag weer blauwe plekken, nu op de rug (verzonnen).');
    expect(await redisApp.app.audit.list('noord')).toContainEqual(expect.objectContaining({ action: 'signal-added-to', signalId }));
  });
});

describe('withdrawing', () => {
  it('with a reason: the card says so with only "Gezien", the thread without content, Details with the note, audited', async () => {
    const { signalId, reference } = await sent();
    const d = chat();
    await d.say('mijn signalen');
    await press(d, 'withdraw', {}, signalId);
    await press(d, 'withdrawConfirm', {});
    expect(d.texts().at(-1)).toBe('Kies waarom je het signaal intrekt.');
    expect((await redisApp.stores.signals.get('noord', signalId))?.status).toBe('new');
    // The note is checked like everything typed: a name in her consultation is shown, not stored.
    await press(d, 'withdrawConfirm', { reason: 'wrong-child-or-family', note: 'Ik bedoelde Daan Vermeulen.' });
    expect(shown(d.lastCard())).toContain('Daan Vermeulen');
    expect((await redisApp.stores.signals.get('noord', signalId))?.status).toBe('new');
    await press(d, 'withdrawConfirm', { reason: 'wrong-child-or-family', note: 'Ander kind bedoeld (verzonnen).' });
    expect(d.texts().at(-1)).toBe(`Je signaal ${reference} is ingetrokken. Wijkteam Noord ziet dat op de kaart.`);

    await until(
      async () => (
        await redisApp.app.jobs.runOnce(),
        capture.requests.some((r) => r.method === 'PUT' && shown(r.activity).includes('ingetrokken door de melder'))
      ),
    );
    const updated = cardOf(capture.requests.filter((r) => r.method === 'PUT').at(-1));
    expect((updated.actions as Json[]).map((a) => a.verb)).toEqual(['signal.details', 'signal.acknowledge']);
    expect(shown(updated)).toContain('Verkeerd kind of gezin');
    expect(capture.texts()).toContain(`Signaal ${reference} is ingetrokken door de melder — zie Details.`);
    expect(shown(capture.requests.filter((r) => r.conversationId.startsWith(NOORD_CHANNEL)))).not.toContain('Ander kind bedoeld');
    expect(shown((await pressCard(redisApp.app, capture, updated, /^Details/, WORKER_ANNA)).value)).toContain('Ander kind bedoeld (verzonnen).');
    expect(await redisApp.app.audit.list('noord')).toContainEqual(
      expect.objectContaining({ action: 'signal-withdrawn', signalId, reason: 'wrong-child-or-family' }),
    );
    expect(shown(await redisApp.app.audit.list('noord'))).not.toContain('Ander kind');

    const seen = await pressCard(redisApp.app, capture, updated, /^Gezien$/, WORKER_ANNA);
    expect(shown(seen.value)).toContain('gezien door Anna Intake');
    expect((seen.value as Json).actions).toEqual([expect.objectContaining({ verb: 'signal.details' })]);
    // Off the worklist, and twice withdrawn is said, not done.
    expect((await redisApp.stores.signals.openPage('noord', 0, 10)).total).toBe(0);
    await d.say('mijn signalen');
    expect(submits(d.lastCard()).map((a) => (a.data as Json).verb)).toEqual(['record']);
  });

  it('a closed signal cannot be withdrawn: a clear message, nothing changes', async () => {
    const { signalId, card, reference } = await sent();
    const claimed = (await pressCard(redisApp.app, capture, card, /pak dit op/i, WORKER_ANNA)).value as Json;
    const form = (await pressCard(redisApp.app, capture, claimed, /^Afsluiten$/, WORKER_ANNA)).value as Json;
    await pressCard(redisApp.app, capture, form, /^Afsluiten$/, WORKER_ANNA, NOORD_CHANNEL, { outcome: 'help-started' });
    const d = chat();
    await redisApp.app.post({
      ...messageActivity({ serviceUrl: capture.serviceUrl, conversationId: d.conversationId, text: '' }),
      value: { ws: 'mine', verb: 'withdrawConfirm', teamId: 'noord', signalId, reason: 'sent-by-mistake' },
    });
    expect(d.texts().at(-1)).toBe(`Signaal ${reference} is al afgesloten door het wijkteam en kan niet meer worden ingetrokken.`);
    expect((await redisApp.stores.signals.get('noord', signalId))?.status).toBe('closed');
  });

  it('nobody but the signaller can withdraw (or add to) her signal: refused and audited', async () => {
    const { signalId } = await sent();
    const base = messageActivity({ serviceUrl: capture.serviceUrl, conversationId: 'a:iemand-anders', text: '' });
    await redisApp.app.post({
      ...base,
      from: { id: '29:iemand-anders', aadObjectId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: 'Iemand Anders' },
      value: { ws: 'mine', verb: 'withdrawConfirm', teamId: 'noord', signalId, reason: 'sent-by-mistake' },
    });
    expect(capture.texts('a:iemand-anders').at(-1)).toBe('Dit signaal is niet door jou verstuurd. Er is niets veranderd.');
    expect((await redisApp.stores.signals.get('noord', signalId))?.status).toBe('new');
    expect(await redisApp.app.audit.list('noord')).toContainEqual(expect.objectContaining({ action: 'action-refused', reason: 'not-the-signaller', signalId }));
  });
});

describe('a record for her own file', () => {
  it('has the steps, the afweging and what the wijkteam did and when, and no other person’s data', async () => {
    const { signalId, card, reference } = await sent();
    await pressCard(redisApp.app, capture, card, /pak dit op/i, WORKER_ANNA);
    const d = chat();
    await d.say('mijn signalen');
    await press(d, 'record', {}, signalId);
    const text = String(((d.lastCard().body as Json[]).find((b) => b.type === 'Input.Text') as Json).value);
    expect(text).toContain(`Kenmerk: ${reference}`);
    expect(text).toMatch(/Wijkteam: Wijkteam Noord/);
    expect(text).toMatch(/Advies gevraagd bij Veilig Thuis: (ja|nee)/);
    expect(text).toMatch(/Uitkomst: hulp via het wijkteam/);
    expect(text).toMatch(/Wat het wijkteam deed:\n- \d{2}-\d{2}-\d{4} om \d{2}:\d{2}: opgepakt/);
    // The team's name, never the worker's; nothing of the family (her own file holds that).
    expect(text).not.toContain(WORKER_ANNA.name);
    const stored = SignalSchema.parse(await redisApp.stores.signals.get('noord', signalId));
    expect(text).not.toContain(stored.observations.text);
    expect(text).not.toContain(stored.observations.when);
  });
});
