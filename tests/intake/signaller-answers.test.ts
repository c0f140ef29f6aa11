import { messageActivity } from '../helpers/activities';
import { TEACHER } from '../fixtures/answers';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { walk } from '../helpers/dialogue';
import { httpDialogue } from '../helpers/http-dialogue';
import {
  NOORD_CHANNEL,
  WORKER_ANNA,
  WORKER_BAS,
  answerButton,
  cardOf,
  postedCards,
  pressCard,
  questionCards,
  sendAnswer,
  teacherSends,
  until,
  startIntakeApp,
} from '../helpers/intake';
import type { losingStore } from '../helpers/losing-store';
import type { TestApp } from '../helpers/test-app';
import { checkCard } from '../helpers/validate-card';

/** Made-up texts, easy to find anywhere they should not be. */
const QUESTION = 'CANARY-VRAAG Sinds wanneer zie je de blauwe plekken bij Pietje Puk?';
const ANSWER = 'CANARY-ANTWOORD Sinds de herfstvakantie, elke maandag.';

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

const press = (card: Json, title: RegExp, who = WORKER_ANNA, inputs: Record<string, string> = {}) =>
  pressCard(app, capture, card, title, who, NOORD_CHANNEL, inputs);

/** The teacher's signal, posted in Noord's channel and claimed by Anna; resolves with the claimed card. */
async function claimedSignal(answers = TEACHER) {
  const sent = await teacherSends(app, capture, answers);
  await until(() => postedCards(capture).length === 1);
  const card = cardOf(postedCards(capture)[0]);
  const signalId = String(((card.actions as Json[])[0]?.data as Json).signalId);
  const claimed = (await press(card, /pak dit op/i)).value as Json;
  await until(() => capture.texts(sent.conversationId).some((t) => /^Goed nieuws: .* opgepakt/.test(t)));
  return { ...sent, signalId, claimed };
}

/** Anna asks the question; resolves when the question card has reached the teacher's 1:1 chat. */
async function asked(question = QUESTION) {
  const signal = await claimedSignal();
  const form = (await press(signal.claimed, /Vraag aan melder/)).value as Json;
  const waiting = await press(form, /Vraag versturen/, WORKER_ANNA, { question });
  await until(() => questionCards(capture, signal.conversationId).length === 1);
  return { ...signal, waiting, questionCard: questionCards(capture, signal.conversationId)[0]! };
}

const threadPosts = (conversationId: string) => capture.requests.filter((r) => r.method === 'POST' && !r.created && r.conversationId === conversationId);
const cardUpdates = () => capture.requests.filter((r) => r.method === 'PUT');
const auditActions = async () => (await app.audit.list('noord')).map((e) => e.action);

describe('asking the signaller a question from the channel card', () => {
  it('the question reaches the teacher as a card with a field and a button; the answer goes to the card’s thread', async () => {
    const { waiting, questionCard, conversationId, reference, signalId } = await asked();
    expect(JSON.stringify(waiting.value)).toMatch(/wacht op antwoord van de melder; vraag gesteld door Anna Intake/);

    // The card in the teacher's 1:1 chat: Adaptive Card 1.5, valid, in Dutch, with the question as typed.
    expect(questionCard.version).toBe('1.5');
    const check = checkCard(questionCard);
    expect([...check.parseEvents, ...check.validationEvents]).toEqual([]);
    const json = JSON.stringify(questionCard);
    expect(json).toContain(reference);
    expect(json).toContain('Wijkteam Noord');
    expect(json).toContain(QUESTION);
    expect(questionCard.body).toContainEqual(expect.objectContaining({ type: 'Input.Text', id: 'answer', isMultiline: true, maxLength: 1000 }));
    const button = answerButton(questionCard);
    expect(button).toMatchObject({ type: 'Action.Submit', title: 'Antwoord versturen' });
    const data = button.data as Json;
    expect(data).toEqual({ ws: 'signal-answer', signalId, teamId: 'noord', questionId: expect.stringMatching(/^q_[a-z0-9]{12}$/) });

    const updatesBefore = cardUpdates().length;
    await sendAnswer(app, capture, conversationId, questionCard, `  ${ANSWER}  `);
    expect(capture.texts(conversationId).at(-1)).toBe('Dank je, je antwoord is doorgegeven aan Wijkteam Noord.');

    // The card's thread is told that there is an answer, with an @mention of the worker who asked; nothing more.
    const posted = await app.cards.get('noord', signalId);
    expect(posted?.conversationId).toMatch(new RegExp(`^${NOORD_CHANNEL.replace(/[.]/g, '\\.')};messageid=`));
    await until(() => threadPosts(posted!.conversationId).length === 1);
    const reply = threadPosts(posted!.conversationId)[0]!;
    expect(reply.path.startsWith(`/v3/conversations/${encodeURIComponent(posted!.conversationId)}/activities`)).toBe(true);
    expect(reply.activity).toMatchObject({
      type: 'message',
      text: '<at>Anna Intake</at> De melder heeft geantwoord — zie Details.',
      entities: [{ type: 'mention', text: '<at>Anna Intake</at>', mentioned: { id: WORKER_ANNA.aadObjectId, name: 'Anna Intake' } }],
    });

    // Everyone's card is back at 'claimed'.
    await until(() => cardUpdates().length > updatesBefore && /opgepakt door Anna Intake/.test(JSON.stringify(cardUpdates().at(-1)?.activity)));

    // Both texts are in the sealed record only: the answer stored trimmed, the status back to claimed.
    const stored = await app.signals.get('noord', signalId);
    expect(stored?.status).toBe('claimed');
    expect(stored?.questions).toEqual([
      {
        id: data.questionId,
        askedBy: { aadObjectId: WORKER_ANNA.aadObjectId, name: 'Anna Intake' },
        askedAt: expect.any(String),
        text: QUESTION,
        answer: { text: ANSWER, at: expect.any(String) },
      },
    ]);
    expect(stored?.lifecycle?.history.map((e) => e.verb)).toEqual(['claim', 'ask', 'answer']);
    expect(await auditActions()).toEqual(expect.arrayContaining(['signal-question-asked', 'signal-question-answered']));
    const audit = JSON.stringify(await app.audit.list('noord'));
    const logs = app.logLines().join('\n');
    for (const where of [audit, logs]) {
      expect(where).not.toContain('CANARY-VRAAG');
      expect(where).not.toContain('CANARY-ANTWOORD');
    }
  });

  it('the channel never sees the question or the answer; Details shows both, to the presser only, and is audited', async () => {
    const { questionCard, conversationId, signalId } = await asked();
    await sendAnswer(app, capture, conversationId, questionCard, ANSWER);
    const posted = await app.cards.get('noord', signalId);
    await until(() => threadPosts(posted!.conversationId).length === 1);
    await until(() => cardUpdates().some((r) => /opgepakt door Anna Intake/.test(JSON.stringify(r.activity)) && r.conversationId === posted!.conversationId));

    // Every activity the bot sent into a channel conversation: new threads, thread posts and card updates.
    const toChannels = capture.requests.filter((r) => r.created || r.conversationId.startsWith('19:'));
    expect(toChannels.filter((r) => r.created)).toHaveLength(1);
    expect(toChannels.filter((r) => !r.created).length).toBeGreaterThanOrEqual(3);
    const channelSaw = JSON.stringify(toChannels.map((r) => r.activity));
    expect(channelSaw).not.toContain('CANARY-ANTWOORD');
    expect(channelSaw).not.toContain('CANARY-VRAAG');

    // The same scan over the Details answer finds both: the scan can see them where they belong.
    const card = cardOf(postedCards(capture)[0]);
    const details = await press(card, /Details/);
    const detailsSaw = JSON.stringify(details);
    expect(detailsSaw).toContain('CANARY-ANTWOORD');
    expect(detailsSaw).toContain('CANARY-VRAAG');
    expect(detailsSaw).toContain('Vragen aan de melder');
    expect((await app.audit.list('noord')).filter((e) => e.action === 'signal-viewed')).toEqual([
      expect.objectContaining({ actor: WORKER_ANNA.aadObjectId, signalId }),
    ]);
  });

  it('an answer that speaks of danger now gets the safety line first and is held until the teacher says there is no danger now', async () => {
    const { questionCard, conversationId, signalId } = await asked();
    const danger = 'Hij staat nu voor de deur en gaat haar slaan';
    await sendAnswer(app, capture, conversationId, questionCard, danger);
    // The safety line and the held answer in the same reply; nothing passed on, the question still open.
    const check = cardOf(capture.requests.filter((r) => r.conversationId === conversationId).at(-1));
    expect(JSON.stringify(check)).toContain('Bel 112');
    expect(JSON.stringify(check)).toContain('nog niet doorgegeven');
    let stored = await app.signals.get('noord', signalId);
    expect(stored?.status).toBe('waiting-for-signaller');
    expect(stored?.questions?.[0]?.answer).toBeUndefined();
    await app.jobs.runOnce();
    expect(threadPosts((await app.cards.get('noord', signalId))!.conversationId)).toHaveLength(0);

    // "No direct danger now": the same answer goes to the wijkteam, without retyping.
    const sendAnyway = ((check.actions as Json[]) ?? [])[0]!;
    expect(sendAnyway).toMatchObject({ type: 'Action.Submit', title: 'Er is nu geen direct gevaar: verstuur mijn antwoord' });
    const res = await app.post({ ...messageActivity({ serviceUrl: capture.serviceUrl, conversationId, text: '' }), value: sendAnyway.data });
    expect(res.status).toBe(200);
    expect(capture.texts(conversationId).at(-1)).toBe('Dank je, je antwoord is doorgegeven aan Wijkteam Noord.');
    stored = await app.signals.get('noord', signalId);
    expect(stored?.questions?.[0]?.answer?.text).toBe(danger);
  });

  it('in an anonymous consultation an answer that names someone is held with what was found; "not a name" sends it as it is', async () => {
    const { questionCard, conversationId, signalId } = await asked();
    const named = 'Sinds de herfstvakantie, vertelt Daan Vermeulen.';
    await sendAnswer(app, capture, conversationId, questionCard, named);
    const check = cardOf(capture.requests.filter((r) => r.conversationId === conversationId).at(-1));
    expect(JSON.stringify(check)).toContain('Daan Vermeulen');
    expect(JSON.stringify(check)).toContain('nog niet doorgegeven');
    let stored = await app.signals.get('noord', signalId);
    expect(stored?.mode).toBe('consultation');
    expect(stored?.questions?.[0]?.answer).toBeUndefined();

    // Rewritten in the question card: that is the answer passed on.
    const rewritten = 'Sinds de herfstvakantie, vertelt het kind.';
    await sendAnswer(app, capture, conversationId, questionCard, rewritten);
    stored = await app.signals.get('noord', signalId);
    expect(stored?.questions?.[0]?.answer?.text).toBe(rewritten);
  });

  it('"not a name" on the identifying check passes the same answer on without retyping', async () => {
    const { questionCard, conversationId, signalId } = await asked();
    const named = 'Lotte weet ervan, zegt ze.';
    await sendAnswer(app, capture, conversationId, questionCard, named);
    const check = cardOf(capture.requests.filter((r) => r.conversationId === conversationId).at(-1));
    const sendAsIs = ((check.actions as Json[]) ?? [])[0]!;
    expect(sendAsIs).toMatchObject({ type: 'Action.Submit', title: 'Geen naam: verstuur zo' });
    const res = await app.post({ ...messageActivity({ serviceUrl: capture.serviceUrl, conversationId, text: '' }), value: sendAsIs.data });
    expect(res.status).toBe(200);
    expect((await app.signals.get('noord', signalId))?.questions?.[0]?.answer?.text).toBe(named);
  });

  it('a second press of the same answer card changes nothing and says it was already answered', async () => {
    const { questionCard, conversationId, signalId } = await asked();
    await sendAnswer(app, capture, conversationId, questionCard, ANSWER);
    const posted = await app.cards.get('noord', signalId);
    await until(() => threadPosts(posted!.conversationId).length === 1);

    await sendAnswer(app, capture, conversationId, questionCard, 'Een tweede antwoord');
    expect(capture.texts(conversationId).at(-1)).toBe('Deze vraag is al beantwoord of niet meer open. Er is niets veranderd.');
    // An empty second press says the same, not "type your answer".
    await sendAnswer(app, capture, conversationId, questionCard, '');
    expect(capture.texts(conversationId).at(-1)).toMatch(/al beantwoord/);

    const stored = await app.signals.get('noord', signalId);
    expect(stored?.questions?.[0]?.answer?.text).toBe(ANSWER);
    expect(stored?.lifecycle?.history).toHaveLength(3);
    // Whatever the refused presses could have scheduled is done once a pass of the background work is.
    await app.jobs.runOnce();
    expect(threadPosts(posted!.conversationId)).toHaveLength(1);
    expect((await app.audit.list('noord')).filter((e) => e.action === 'action-refused')).toEqual([
      expect.objectContaining({ reason: 'question-not-open', signalId }),
      expect.objectContaining({ reason: 'question-not-open', signalId }),
    ]);
  });

  it('an answer whose turn runs again (another turn of the chat committed first) is thanked, and stored once', async () => {
    const { questionCard, conversationId, signalId } = await asked();
    losing.loseNextCommitIn(conversationId);
    await sendAnswer(app, capture, conversationId, questionCard, ANSWER);
    expect(losing.pending()).toBe(false);
    expect(capture.texts(conversationId).at(-1)).toBe('Dank je, je antwoord is doorgegeven aan Wijkteam Noord.');
    const stored = await app.signals.get('noord', signalId);
    expect(stored?.lifecycle?.history.map((e) => e.verb)).toEqual(['claim', 'ask', 'answer']);
    expect((await app.audit.list('noord')).filter((e) => e.action === 'action-refused')).toEqual([]);
  });

  it('an empty answer is not sent: the teacher is asked to type one, the question stays open', async () => {
    const { questionCard, conversationId, signalId } = await asked();
    await sendAnswer(app, capture, conversationId, questionCard, '   ');
    expect(capture.texts(conversationId).at(-1)).toMatch(/Typ eerst je antwoord/);
    expect((await app.signals.get('noord', signalId))?.status).toBe('waiting-for-signaller');
  });

  it('an answer pressed by someone else is refused and audited; the teacher can still answer', async () => {
    const { questionCard, conversationId, signalId } = await asked();
    const stranger = { id: '29:iemand-anders', aadObjectId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', name: 'Iemand Anders' };
    const theirChat = 'a:iemand-anders';
    await sendAnswer(app, capture, theirChat, questionCard, 'Ik weet het ook', stranger);
    expect(capture.texts(theirChat).at(-1)).toBe('Deze vraag is aan iemand anders gesteld. Je antwoord is niet doorgegeven.');
    expect((await app.audit.list('noord')).filter((e) => e.action === 'action-refused')).toEqual([
      expect.objectContaining({ reason: 'not-the-signaller', actor: stranger.aadObjectId, signalId }),
    ]);
    const stored = await app.signals.get('noord', signalId);
    expect(stored?.status).toBe('waiting-for-signaller');
    expect(stored?.questions?.[0]?.answer).toBeUndefined();

    await sendAnswer(app, capture, conversationId, questionCard, ANSWER);
    expect(capture.texts(conversationId).at(-1)).toMatch(/Dank je/);
  });

  it('an answer sent while a new dialogue is in progress leaves the dialogue where it was', async () => {
    const { questionCard, conversationId } = await asked();
    // The teacher starts a second signal in the same chat and is at a free-text question.
    const d = httpDialogue(capture, conversationId);
    d.useBot(app.url);
    // Their profession is remembered from the first signal, so the dialogue asks to confirm it.
    const second = { ...TEACHER, 'signaller.confirm': 'ja' };
    await d.say('start');
    await walk(d, second, 'signals.observation');
    expect(d.step()).toBe('signals.observation');
    const before = await app.store.read(conversationId, 'peek-before');

    await sendAnswer(app, capture, conversationId, questionCard, ANSWER);
    expect(capture.texts(conversationId).at(-1)).toMatch(/Dank je, je antwoord is doorgegeven/);

    // The dialogue's state is exactly as it was, and its next answer is taken for the same question.
    const after = await app.store.read(conversationId, 'peek-after');
    if (before.kind !== 'run' || after.kind !== 'run') throw new Error('expected the conversation state');
    expect(Object.keys(before.snapshot.items).length).toBeGreaterThan(0);
    expect(after.snapshot.items).toEqual(before.snapshot.items);
    expect(d.step()).toBe('signals.observation');
    await d.say(String(TEACHER['signals.observation']));
    expect(d.step()).toBe('signals.when');
    await walk(d, second);
    await d.press((data) => data.ws === 'send');
    expect(d.texts().filter((t) => /Je referentie is/.test(t))).toHaveLength(2);
  });

  it('only the claimer can ask, and only with a question', async () => {
    const { claimed } = await claimedSignal();
    const form = (await press(claimed, /Vraag aan melder/)).value as Json;
    const empty = await press(form, /Vraag versturen/, WORKER_ANNA, { question: '  ' });
    expect(String(empty.value)).toBe('Schrijf eerst je vraag aan de melder.');
    const bas = await press(form, /Vraag versturen/, WORKER_BAS, { question: QUESTION });
    expect(String(bas.value)).toMatch(/Alleen Anna Intake/);
    expect((await app.audit.list('noord')).filter((e) => e.action === 'action-refused').map((e) => e.reason)).toEqual(['not-the-claimer']);
  });
});

describe('a signaller who does not want to be contacted', () => {
  it('cannot be asked: the button and a forged press both say why, and nothing is sent', async () => {
    const { claimed, conversationId, signalId } = await claimedSignal({ ...TEACHER, 'network.contact': 'nee' });
    const noContact = (claimed.actions as Json[]).find((a) => a.verb === 'signal.noContact');
    expect(noContact).toMatchObject({ isEnabled: false, title: 'Vragen niet mogelijk: melder wil niet benaderd worden' });

    const pressed = await press(claimed, /Vragen niet mogelijk/);
    expect(pressed.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(pressed.value)).toMatch(/niet benaderd te willen worden/);

    // A client that sends the ask form anyway (an old card, or a forged press) gets the same refusal.
    const forged = { ...claimed, actions: [{ type: 'Action.Execute', title: 'Vraag versturen', verb: 'signal.askSend', data: { signalId, cardVersion: 1 } }] };
    const sent = await press(forged, /Vraag versturen/, WORKER_ANNA, { question: QUESTION });
    expect(String(sent.value)).toMatch(/niet benaderd te willen worden/);

    const stored = await app.signals.get('noord', signalId);
    expect(stored?.status).toBe('claimed');
    expect(stored?.questions).toBeUndefined();
    expect((await app.audit.list('noord')).filter((e) => e.action === 'action-refused').map((e) => e.reason)).toEqual(['no-contact', 'no-contact']);
    await app.jobs.runOnce();
    expect(questionCards(capture, conversationId)).toEqual([]);
  });
});
