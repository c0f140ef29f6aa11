import { parseRoutingConfig } from '../../src/domain';
import { messageActivity } from '../helpers/activities';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import {
  ADMIN,
  NOORD_CHANNEL,
  OTHER_CHANNEL,
  WORKER_ANNA,
  WORKER_BAS,
  WEEKDAYS,
  cardOf,
  inChannel,
  invokeFor,
  linkChannel,
  postedCards,
  teacherSends,
  until,
  startIntakeApp,
} from '../helpers/intake';
import { fakeClock } from '../helpers/fake-clock';
import type { losingStore } from '../helpers/losing-store';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { TEACHER } from '../fixtures/answers';

type Json = Record<string, unknown>;

let capture: CaptureServer;
let app: TestApp;
let losing: ReturnType<typeof losingStore>;
beforeEach(async () => {
  capture = await startCaptureServer();
  ({ app, losing } = await startIntakeApp(capture));
});
afterEach(async () => {
  await app.stop();
  await capture.close();
});

/** A press on the posted card, from a channel, by a worker. */
async function press(card: Record<string, unknown>, title: RegExp, who: { aadObjectId: string; name: string }, channel = NOORD_CHANNEL, inputs = {}) {
  const base = messageActivity({ serviceUrl: capture.serviceUrl, text: '' });
  const res = await app.post({ ...inChannel(base, channel, who), ...invokeFor(card, title, inputs) });
  expect(res.status).toBe(200);
  return JSON.parse(res.body) as { statusCode: number; type: string; value: unknown };
}

async function postedSignal() {
  const sent = await teacherSends(app, capture);
  await until(() => postedCards(capture).length === 1);
  return { ...sent, card: cardOf(postedCards(capture)[0]) };
}

const updates = () => capture.requests.filter((r) => r.method === 'PUT');
const signallerTexts = (conversationId: string) => capture.texts(conversationId);

describe('working a signal from its card in the intake channel', () => {
  it('Details returns the full signal to the presser only, and the view is audited', async () => {
    const { card } = await postedSignal();
    const before = capture.requests.length;
    const answer = await press(card, /^Details/, WORKER_ANNA);
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(answer.value)).toContain('Blauwe plekken');
    // Nothing went to the channel: the full signal travelled only in the presser's HTTP response.
    expect(capture.requests.slice(before).filter((r) => JSON.stringify(r.activity).includes('Blauwe plekken'))).toEqual([]);
    expect((await app.audit.list('noord')).map((e) => e.action)).toContain('signal-viewed');
  });

  it('Details pressed on an older client (Action.Submit fallback, a channel message) shows nothing to the channel', async () => {
    const { card } = await postedSignal();
    const before = capture.requests.length;
    const fallback = (card.actions as Array<{ fallback: { data: Record<string, unknown> } }>)[0]!.fallback.data;
    const base = messageActivity({ serviceUrl: capture.serviceUrl, text: '' });
    expect((await app.post({ ...inChannel(base, NOORD_CHANNEL, WORKER_ANNA), value: fallback })).status).toBe(200);
    const sent = capture.requests.slice(before);
    expect(sent.map((r) => String(r.activity.text ?? ''))).toEqual([expect.stringMatching(/bijgewerkte Teams-app/)]);
    expect(JSON.stringify(sent)).not.toContain('Blauwe plekken');
    expect((await app.audit.list('noord')).map((e) => e.action)).not.toContain('signal-viewed');
  });

  it('claim from the linked channel updates the card for everyone and tells the teacher', async () => {
    const { card, conversationId, reference } = await postedSignal();
    const answer = await press(card, /pak dit op/i, WORKER_ANNA);
    expect(JSON.stringify(answer.value)).toMatch(/opgepakt door Anna Intake/);
    await until(() => updates().length === 1 && signallerTexts(conversationId).some((t) => /^Goed nieuws: .* opgepakt/.test(t)));
    expect(JSON.stringify(updates()[0]?.activity)).toMatch(/opgepakt door Anna Intake/);
    // In the card's own thread of Noord's channel: the whole encoded thread id, not just a prefix both channels share.
    const posted = await app.cards.get('noord', String(((card.actions as Json[])[0]?.data as Json).signalId));
    expect(posted?.conversationId.startsWith(`${NOORD_CHANNEL};messageid=`)).toBe(true);
    expect(updates()[0]?.path).toBe(`/v3/conversations/${encodeURIComponent(posted!.conversationId)}/activities/${encodeURIComponent(posted!.activityId)}`);
    expect(signallerTexts(conversationId).at(-1)).toContain(reference);
    expect((await app.audit.list('noord')).map((e) => e.action)).toContain('signal-claimed');
  });

  it('a claim from another team’s channel is refused and audited where it came from and in the signal’s own queue; nothing changes', async () => {
    const { card } = await postedSignal();
    const signalId = String(((card.actions as Json[])[0]?.data as Json).signalId);
    expect(await app.signals.get('noord', signalId)).toBeDefined();
    const answer = await press(card, /pak dit op/i, WORKER_BAS, OTHER_CHANNEL);
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(answer.value)).toMatch(/ander wijkteam/);
    for (const queue of ['intake', 'noord']) {
      expect((await app.audit.list(queue)).filter((e) => e.action === 'action-refused')).toEqual([
        expect.objectContaining({ reason: 'not-in-this-queue', actor: WORKER_BAS.aadObjectId, signalId }),
      ]);
    }
    // Everything the refusal could have scheduled is done once a pass of the background work is.
    await app.jobs.runOnce();
    expect(updates()).toEqual([]);
  });

  it('a press on an older card that would still be allowed is refused as outdated', async () => {
    const { card } = await postedSignal();
    const claimed = (await press(card, /pak dit op/i, WORKER_ANNA)).value as Record<string, unknown>;
    const oldForm = (await press(claimed, /Afsluiten/, WORKER_ANNA)).value as Record<string, unknown>;
    const closed = (await press(oldForm, /Afsluiten|Bevestig/i, WORKER_ANNA, NOORD_CHANNEL, { outcome: 'no-concerns' })).value as Record<string, unknown>;
    await press(closed, /Heropenen/, WORKER_ANNA);
    // Claimed by Anna again, so closing is allowed, but this form was filled in on a state that is gone.
    const answer = await press(oldForm, /Afsluiten|Bevestig/i, WORKER_ANNA, NOORD_CHANNEL, { outcome: 'help-started' });
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(answer.value)).toMatch(/niet meer actueel/);
    expect((await app.audit.list('noord')).some((e) => e.reason === 'outdated-card')).toBe(true);
  });

  it('a claim whose turn runs again (another press in the thread committed first) is not refused by itself', async () => {
    const { card } = await postedSignal();
    losing.loseNextCommitIn(`${NOORD_CHANNEL};messageid=1`);
    const answer = await press(card, /pak dit op/i, WORKER_ANNA);
    expect(losing.pending()).toBe(false);
    expect(JSON.stringify(answer.value)).toMatch(/opgepakt door Anna Intake/);
    expect((await app.audit.list('noord')).filter((e) => e.action === 'action-refused')).toEqual([]);
  });

  it('two people claiming at once: exactly one wins, the other hears who has it', async () => {
    const { card } = await postedSignal();
    const [a, b] = await Promise.all([press(card, /pak dit op/i, WORKER_ANNA), press(card, /pak dit op/i, WORKER_BAS)]);
    const winners = [a, b].filter((r) => r.type === 'application/vnd.microsoft.card.adaptive');
    const losers = [a, b].filter((r) => r.type === 'application/vnd.microsoft.activity.message');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winner = JSON.stringify(winners[0]?.value).includes('Anna Intake') ? 'Anna Intake' : 'Bas Intake';
    expect(String(losers[0]?.value)).toContain(winner);
  });

  // Found through the Agents Playground: a colleague got the form, typed, and only then heard who has the signal.
  it.each([
    [/Vraag aan melder/, /Alleen Anna Intake, die dit signaal heeft opgepakt, kan de melder een vraag stellen\./],
    [/Afsluiten/, /Alleen Anna Intake, die dit signaal heeft opgepakt, kan het afsluiten\./],
  ])('a colleague pressing %s is told at once who has the signal; no form, audited', async (button, refusal) => {
    const { card } = await postedSignal();
    const claimed = (await press(card, /pak dit op/i, WORKER_ANNA)).value as Record<string, unknown>;
    const answer = await press(claimed, button, WORKER_BAS);
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(answer.value)).toMatch(refusal);
    expect((await app.audit.list('noord')).filter((e) => e.action === 'action-refused')).toEqual([
      expect.objectContaining({ reason: 'not-the-claimer', actor: WORKER_BAS.aadObjectId }),
    ]);
    // The one who has it still gets the form.
    expect((await press(claimed, button, WORKER_ANNA)).type).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('close with an outcome updates the card and tells the teacher; an old card is outdated', async () => {
    const { card, conversationId } = await postedSignal();
    const claimed = (await press(card, /pak dit op/i, WORKER_ANNA)).value as Record<string, unknown>;
    const form = (await press(claimed, /Afsluiten/, WORKER_ANNA)).value as Record<string, unknown>;
    const closed = await press(form, /Afsluiten|Bevestig/i, WORKER_ANNA, NOORD_CHANNEL, { outcome: 'help-started', note: '' });
    expect(JSON.stringify(closed.value)).toMatch(/afgesloten/i);
    await until(() => signallerTexts(conversationId).some((t) => /afgesloten/.test(t)));
    const stale = await press(card, /pak dit op/i, WORKER_BAS);
    expect(stale.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(stale.value)).toMatch(/afgesloten/i);
  });
});

describe('acute signals', () => {
  it('are posted with the urgent style and a mention, announced again in their thread while unclaimed, and not after a claim', async () => {
    await app.stop();
    const onDuty = { aadObjectId: '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d', name: 'Dienstdoende intake' }; // made up
    const routing = parseRoutingConfig({
      gemeente: 'Proefdorp',
      fallbackTeamId: 'intake',
      teams: [
        { id: 'noord', name: 'Wijkteam Noord', officeHours: WEEKDAYS, acuteMentions: [onDuty] },
        { id: 'intake', name: 'Centrale intake', officeHours: WEEKDAYS },
      ],
      areas: [{ teamId: 'noord', pc4: ['1021-1025'] }],
    });
    if (!routing.ok) throw new Error(routing.problems.join('\n'));
    // Reminders are due by the background work's clock, which this test moves on by hand.
    const jobsClock = fakeClock(Date.now());
    const every = 15 * 60_000;
    app = await startTestApp({
      env: { ADMIN_AAD_OBJECT_IDS: ADMIN },
      routing: routing.table,
      notifier: { channelSpacingMs: 0, acuteReminderMs: every },
      jobsClock,
    });
    await linkChannel(app, capture, 'noord', NOORD_CHANNEL);
    const { reference } = await teacherSends(app, capture, TEACHER, { acute: true });
    await until(() => postedCards(capture).length === 1);
    const card = cardOf(postedCards(capture)[0]);
    expect(JSON.stringify(card)).toMatch(/"style":"attention"/);
    const post = postedCards(capture)[0]?.activity;
    expect(String(post?.text)).toMatch(/^<at>Dienstdoende intake<\/at> acuut signaal WS-/);
    expect(post?.entities).toEqual([{ type: 'mention', text: '<at>Dienstdoende intake</at>', mentioned: { id: onDuty.aadObjectId, name: onDuty.name } }]);
    const reminders = () => capture.requests.filter((r) => r.method === 'POST' && !r.created && String(r.activity.text ?? '').includes('nog niet opgepakt'));
    // Not before its time; then once per interval, while nobody has claimed it.
    await app.jobs.runOnce();
    expect(reminders()).toHaveLength(0);
    jobsClock.advance(every);
    await app.jobs.runOnce();
    expect(reminders()).toHaveLength(1);
    jobsClock.advance(every);
    await app.jobs.runOnce();
    expect(reminders()).toHaveLength(2);
    expect(String(reminders()[0]?.activity.text)).toContain(reference);
    expect(reminders()[0]?.conversationId).toMatch(new RegExp(`^${NOORD_CHANNEL.replace(/[.$]/g, '\\$&')};messageid=`));
    // Claimed: no more reminders, however much time passes.
    await press(card, /pak dit op/i, WORKER_ANNA);
    for (let i = 0; i < 3; i++) {
      jobsClock.advance(every);
      await app.jobs.runOnce();
    }
    expect(reminders()).toHaveLength(2);
  });
});
