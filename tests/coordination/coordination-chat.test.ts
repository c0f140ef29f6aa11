import { TEACHER } from '../fixtures/answers';
import { messageActivity } from '../helpers/activities';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { ADMIN, INTAKE_ROUTING, NOORD_CHANNEL, WORKER_ANNA, cardOf, inChannel, linkChannel, postedCards, teacherSends, until } from '../helpers/intake';
import { testRedisUrl } from '../helpers/redis';
import { startRedisApp } from '../helpers/redis-app';

/**
 * Coordinators in chat, through /api/messages on real Redis with the capture server as Teams: "status" for a
 * coordinator (1:1 and in the coordinators' channel), for intake in its own channel and for a signaller; the late
 * references; what is stuck; the month's count; and refusals for everyone else. All people are made up.
 */

type Json = Record<string, unknown>;
type RedisApp = Awaited<ReturnType<typeof startRedisApp>>;

const COORDINATOR = { aadObjectId: 'c0d1e2f3-a4b5-4c6d-8e7f-0a1b2c3d4e5f', name: 'Carla Coördinator' };
const COORDINATION_CHANNEL = '19:coordinatie@thread.tacv2';
const STRANGER_CHANNEL = '19:kantine@thread.tacv2';

let capture: CaptureServer;
let app: RedisApp;
beforeEach(async () => {
  capture = await startCaptureServer();
  app = await startRedisApp(testRedisUrl(), {
    env: { ADMIN_AAD_OBJECT_IDS: ADMIN, COORDINATOR_AAD_OBJECT_IDS: COORDINATOR.aadObjectId },
    routing: INTAKE_ROUTING,
  });
});
afterEach(async () => {
  await app.app.stop();
  await capture.close();
});

/** Someone types in their 1:1 chat with the bot; resolves with the bot's last reply (a text or a card). */
async function inChat(text: string, who?: { aadObjectId: string; name: string }, teams = capture): Promise<{ text?: string; card: Json }> {
  const conversationId = `a:chat-${who?.aadObjectId ?? 'teacher'}`;
  const base = messageActivity({ serviceUrl: teams.serviceUrl, conversationId, text });
  const activity = who ? { ...base, from: { ...base.from, id: `29:${who.aadObjectId}`, aadObjectId: who.aadObjectId, name: who.name } } : base;
  const before = teams.requests.length;
  expect((await app.app.post(activity)).status).toBe(200);
  const reply = teams.requests.slice(before).at(-1);
  return { text: reply?.activity.text as string | undefined, card: cardOf(reply) };
}

/** Someone types in a channel (after @mentioning the bot); resolves with the bot's reply. */
async function inChannelSays(channel: string, text: string, who: { aadObjectId: string; name: string }): Promise<{ text?: string; card: Json }> {
  const before = capture.requests.length;
  const activity = inChannel(messageActivity({ serviceUrl: capture.serviceUrl, text: `<at>wijksignaal</at> ${text}` }), channel, who);
  expect((await app.app.post(activity)).status).toBe(200);
  const reply = capture.requests.slice(before).at(-1);
  return { text: reply?.activity.text as string | undefined, card: cardOf(reply) };
}

const ids = (card: Json): string[] => [...JSON.stringify(card).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]!);
const blockOf = (card: Json, id: string): Json | undefined => {
  let found: Json | undefined;
  JSON.stringify(card, (_k, value: unknown) => {
    if (value && typeof value === 'object' && (value as Json).id === id) found = value as Json;
    return value;
  });
  return found;
};

/** The teacher's signal with its card posted in Noord's channel; the bot's clock then `hours` on. */
async function signalWaiting(hours = 0): Promise<string> {
  await linkChannel(app.app, capture, 'noord', NOORD_CHANNEL);
  const { reference } = await teacherSends(app.app, capture);
  await until(async () => (await app.app.jobs.runOnce(), postedCards(capture).length === 1));
  app.clock.advance(hours * 3_600_000);
  return reference;
}

describe('"status" in chat', () => {
  it('a coordinator gets every queue’s figures; a late queue is highlighted, and its references are one press away, references only', async () => {
    const reference = await signalWaiting(24 * 7);
    const { card } = await inChat('status', COORDINATOR);
    expect(blockOf(card, 'title')?.text).toBe('Stand van de wachtrijen');
    expect(ids(card)).toEqual(expect.arrayContaining(['queue-noord', 'queue-zuid', 'queue-intake', 'stuck']));
    const noord = blockOf(card, 'queue-noord')!;
    expect(noord.style).toBe('attention');
    expect(JSON.stringify(noord)).toContain('Open: 0 acuut, 0 met spoed, 1 normaal');
    expect(blockOf(card, 'late-noord')?.text).toBe('**1 signaal over de termijn, nog niet opgepakt**');
    expect(blockOf(card, 'queue-zuid')?.style).toBe('attention'); // no channel linked: stuck
    // Nothing that describes the child or the family, nor the reference itself, on the overview.
    expect(JSON.stringify(card)).not.toMatch(/1021|4-11|4 tot 12|Blauwe|WS-\d{4}/);

    const button = JSON.stringify(noord).match(/"verb":"coord\.overdue","data":(\{[^}]*\})/);
    expect(button).not.toBeNull();
    const press = {
      ...messageActivity({ serviceUrl: capture.serviceUrl, conversationId: `a:chat-${COORDINATOR.aadObjectId}`, text: '' }),
      from: { id: `29:${COORDINATOR.aadObjectId}`, aadObjectId: COORDINATOR.aadObjectId, name: COORDINATOR.name },
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'coord.overdue', data: JSON.parse(button![1]!) as Json } },
    };
    const answer = JSON.parse((await app.app.post(press)).body) as { value: Json };
    expect(blockOf(answer.value, 'references')?.text).toBe(reference);
    expect(JSON.stringify(answer.value)).not.toMatch(/1021|4-11|Blauwe|acuut|normaal/);
  });

  it('intake in its linked channel gets its own queue only; a teacher gets "Mijn signalen"', async () => {
    await signalWaiting();
    const own = await inChannelSays(NOORD_CHANNEL, 'status', WORKER_ANNA);
    expect(blockOf(own.card, 'title')?.text).toBe('Stand van de wachtrij van Wijkteam Noord');
    expect(ids(own.card).filter((id) => id.startsWith('queue-'))).toEqual(['queue-noord']);
    const teacher = await inChat('status');
    expect(JSON.stringify(teacher.card)).toContain('Mijn signalen');
  });

  it('anyone else is refused politely, and the refusal is audited', async () => {
    const stranger = await inChannelSays(STRANGER_CHANNEL, 'status', WORKER_ANNA);
    expect(stranger.text).toMatch(/^Het overzicht van de wachtrijen is voor coördinatoren/);
    const month = await inChat('maandoverzicht 2026-11');
    expect(month.text).toMatch(/^Het overzicht van de wachtrijen is voor coördinatoren/);
    const refusals = (await app.app.audit.list('-')).filter((e) => e.action === 'action-refused');
    expect(refusals.map((e) => e.reason).sort()).toEqual(['not-coordinator-month', 'not-coordinator-status']);
  });

  it('in the coordinators’ channel (linked by an admin, not by anyone else) anyone there gets the coordinators’ card', async () => {
    const refused = await inChannelSays(COORDINATION_CHANNEL, 'koppel coördinatie', WORKER_ANNA);
    expect(refused.text).toBe('Alleen een beheerder kan het kanaal van de coördinatoren koppelen.');
    const linked = await inChannelSays(COORDINATION_CHANNEL, 'koppel coördinatie', { aadObjectId: ADMIN, name: 'Beheerder' });
    expect(linked.text).toMatch(/Elke werkdag om 08:30 komt hier het dagoverzicht/);
    const { card } = await inChannelSays(COORDINATION_CHANNEL, 'status', WORKER_ANNA);
    expect(blockOf(card, 'title')?.text).toBe('Stand van de wachtrijen');
    // It is no queue's channel: the worklist is not there.
    expect((await inChannelSays(COORDINATION_CHANNEL, 'wachtrij', WORKER_ANNA)).text).toMatch(/niet gekoppeld|geen wijkteam/i);
  });
});

describe('what is stuck', () => {
  it('shows a queue without a channel with the signals waiting, and a delivery that keeps failing with its age and failures', async () => {
    // Zuid has no channel; Noord's is linked once both signals wait, and Teams then refuses every post (502).
    await teacherSends(app.app, capture);
    await teacherSends(app.app, capture, { ...TEACHER, 'child.postcode': '1081 AB' });
    capture.failNext(502, 1000);
    await app.app.links.link({
      teamId: 'noord',
      serviceUrl: capture.serviceUrl,
      msTeamId: '19:team@thread.tacv2',
      channelId: NOORD_CHANNEL,
      botId: '28:wijksignaal-test',
      linkedBy: ADMIN,
      linkedAt: new Date().toISOString(),
    });
    await until(async () => (await app.app.jobs.runOnce(), (capture.failed[502] ?? 0) >= 1));
    // Looked at eleven minutes later (the job's age is Redis' time; the status reads the bot's clock).
    app.clock.advance(Date.now() + 11 * 60_000 - app.clock.now());
    // The coordinator's chat is served by a Teams that answers (the failing one only serves the channel).
    const coordinatorsTeams = await startCaptureServer();
    const { card } = await inChat('status', COORDINATOR, coordinatorsTeams).finally(() => coordinatorsTeams.close());
    const stuck = JSON.stringify(blockOf(card, 'stuck'));
    expect(stuck).toContain('Wijkteam Zuid: geen intakekanaal gekoppeld. 1 signaal wacht.');
    expect(stuck).toMatch(/Wijkteam Noord: een bericht komt al 1\d min niet aan \(\d+ mislukte (poging|pogingen)\)/);
    expect(stuck).not.toContain('Wijkteam Zuid: een bericht');
    expect(blockOf(card, 'queue-noord')?.style).toBe('attention');
  });
});

describe('the month’s count', () => {
  it('"maandoverzicht 2026-11" gives a coordinator each team’s count; a month that is none gets how to ask', async () => {
    await signalWaiting(1);
    const { card } = await inChat('maandoverzicht 2026-11', COORDINATOR);
    expect(blockOf(card, 'title')?.text).toBe('Maandoverzicht 2026-11');
    const text = JSON.stringify(card);
    expect(text).toContain('"title":"Binnengekomen","value":"1"');
    expect(text).toContain('Geen signalen in deze maand.');
    expect((await inChat('maandoverzicht november', COORDINATOR)).text).toBe('Typ "maandoverzicht" met de maand, bijvoorbeeld "maandoverzicht 2026-11".');
  });
});
