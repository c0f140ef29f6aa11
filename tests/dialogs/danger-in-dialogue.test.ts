import { messageActivity } from '../helpers/activities';
import { TEACHER } from '../fixtures/answers';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { promptId, walk } from '../helpers/dialogue';
import { httpDialogue } from '../helpers/http-dialogue';
import { startRedisApp, storedDraft } from '../helpers/redis-app';
import { testRedisUrl } from '../helpers/redis';
import { startRedisServer } from '../helpers/redis-server';
import type { TestApp } from '../helpers/test-app';

type Json = Record<string, unknown>;

/** Made-up sentences. */
const DANGER_NOW = 'de vader staat nu bij de deur en gaat de moeder slaan';
const POSSIBLE = 'hij slaat haar';
const GUIDANCE = /Bel nu 112 als er direct gevaar is/;

let capture: CaptureServer;
let app: TestApp;
beforeEach(async () => {
  capture = await startCaptureServer();
  ({ app } = await startRedisApp(testRedisUrl()));
});
afterEach(async () => {
  await app.stop();
  await capture.close();
});

/** A teacher's dialogue over HTTP, walked up to `step`; `turn()` gives what the bot sent since the last call. */
async function teacherAt(step: string) {
  const d = httpDialogue(capture);
  d.useBot(app.url);
  await d.say('start');
  await walk(d, TEACHER, step);
  const conversationId = capture.requests.at(-1)!.conversationId;
  let seen = capture.requests.filter((r) => r.conversationId === conversationId).length;
  const turn = () => {
    const mine = capture.requests.filter((r) => r.conversationId === conversationId);
    const since = mine.slice(seen);
    seen = mine.length;
    return {
      texts: since.map((r) => String(r.activity.text ?? '')).filter(Boolean),
      cards: since.map((r) => (r.activity.attachments as Array<{ content: Json }> | undefined)?.[0]?.content).filter((c): c is Json => c !== undefined),
    };
  };
  const draft = async () => (await storedDraft(app.store, conversationId)) ?? {};
  return { d, conversationId, turn, draft };
}

const answers = (draft: Json) => (draft.answers ?? {}) as Json;

describe('danger typed in the dialogue (HTTP, state in real Redis)', () => {
  it('danger now at a free-text question: guidance in the same reply, nothing stored, the draft acute and resumable, the text offered back', async () => {
    const t = await teacherAt('signals.observation');
    expect(answers(await t.draft())['signals.observation']).toBeUndefined();

    await t.d.say(DANGER_NOW);
    const reply = t.turn();
    expect(reply.texts.join('\n')).toMatch(GUIDANCE);
    // No next question after "bel 112": the only card asks whether to go on.
    expect(reply.cards.map(promptId)).toEqual(['after-danger']);
    const held = await t.draft();
    expect(answers(held)['signals.observation']).toBeUndefined();
    expect(held).toMatchObject({ acute: true, held: { question: 'signals.observation', text: DANGER_NOW } });

    await t.d.press((data) => data.about === 'after-danger');
    const offered = t.turn().cards[0]!;
    expect(promptId(offered)).toBe('use-held');
    expect(JSON.stringify(offered)).toContain(DANGER_NOW);
    await t.d.press((data) => data.about === 'use-held' && data.value === 'ja');
    expect(t.turn().cards.map(promptId)).toEqual(['signals.when']);
    const kept = await t.draft();
    expect(answers(kept)['signals.observation']).toBe(DANGER_NOW);
    expect(kept).toMatchObject({ acute: true });
    expect(kept.held).toBeUndefined();
  });

  it('danger now at a choice card: guidance, never "kies een van de knoppen", and the same question after going on', async () => {
    const t = await teacherAt('afweging.suspicion');
    await t.d.say(DANGER_NOW);
    const reply = t.turn();
    expect(reply.texts.join('\n')).toMatch(GUIDANCE);
    expect(reply.texts.join('\n')).not.toMatch(/Kies een van de knoppen/);
    expect((await t.draft()).acute).toBe(true);
    expect(answers(await t.draft())['afweging.suspicion']).toBeUndefined();

    await t.d.say('verder');
    expect(t.turn().cards.map(promptId)).toEqual(['afweging.suspicion']);
  });

  it('danger now while paused: guidance, the draft kept and marked acute, "verder" goes on where it was', async () => {
    const t = await teacherAt('signals.checklist');
    await t.d.say('pauze');
    expect(t.turn().texts.join('\n')).toMatch(/bewaard/);
    const before = await t.draft();
    expect(before.acute).toBe(false);

    await t.d.say(DANGER_NOW);
    expect(t.turn().texts.join('\n')).toMatch(GUIDANCE);
    const after = await t.draft();
    expect(after).toMatchObject({ acute: true, answers: before.answers });

    await t.d.say('verder');
    expect(t.turn().cards.map(promptId)).toEqual(['signals.checklist']);
  });

  it('possible danger: the guidance and "is er nu direct gevaar?" on one card; "Nee" keeps the same text as the answer', async () => {
    const t = await teacherAt('signals.observation');
    await t.d.say(POSSIBLE);
    const reply = t.turn();
    expect(reply.texts).toEqual([]);
    expect(reply.cards).toHaveLength(1);
    const card = JSON.stringify(reply.cards[0]);
    expect(card).toMatch(/Bij direct gevaar: bel 112/);
    expect(card).toMatch(/Is er nu direct gevaar/);
    expect(answers(await t.draft())['signals.observation']).toBeUndefined();

    await t.d.press((data) => data.about === 'danger-confirm' && data.value === 'nee');
    expect(t.turn().cards.map(promptId)).toEqual(['signals.when']);
    const draft = await t.draft();
    expect(answers(draft)['signals.observation']).toBe(POSSIBLE);
    expect(draft.acute).toBe(false);
  });

  it('possible danger, "Ja": the guidance, the draft acute, and the text offered back when going on', async () => {
    const t = await teacherAt('signals.observation');
    await t.d.say(POSSIBLE);
    t.turn();
    await t.d.press((data) => data.about === 'danger-confirm' && data.value === 'ja');
    expect(t.turn().texts.join('\n')).toMatch(GUIDANCE);
    expect(await t.draft()).toMatchObject({ acute: true, held: { text: POSSIBLE } });
    await t.d.say('verder');
    expect(t.turn().cards.map(promptId)).toEqual(['use-held']);
    // Typing something else instead is the answer now; the held text is gone.
    await t.d.say('Blauwe plekken op beide armen.');
    expect(t.turn().cards.map(promptId)).toEqual(['signals.when']);
    const draft = await t.draft();
    expect(answers(draft)['signals.observation']).toBe('Blauwe plekken op beide armen.');
    expect(draft.held).toBeUndefined();
  });

  it('an observation about past violence is stored like any other, with no danger question', async () => {
    const t = await teacherAt('signals.observation');
    const past = 'Vorige week vertelde ze dat papa haar had geslagen.';
    await t.d.say(past);
    expect(t.turn().cards.map(promptId)).toEqual(['signals.when']);
    expect(answers(await t.draft())['signals.observation']).toBe(past);
  });
});

describe('danger typed while the state store is down', () => {
  it('still gets the guidance (and is told the message was not kept), with a 200 and no stack trace', async () => {
    const own = await startRedisServer();
    const down = await startRedisApp(own.url);
    const d = httpDialogue(capture);
    d.useBot(down.app.url);
    await d.say('start');
    await walk(d, TEACHER, 'signals.observation');
    const conversationId = capture.requests.at(-1)!.conversationId;
    await own.stop();
    try {
      const say = (text: string) => down.app.post({ ...messageActivity({ serviceUrl: capture.serviceUrl, conversationId, text }) });
      const before = capture.texts(conversationId).length;
      const res = await say(DANGER_NOW);
      expect(res.status).toBe(200);
      const told = capture.texts(conversationId).slice(before);
      expect(told).toHaveLength(1);
      expect(told[0]).toMatch(/Bij direct gevaar: bel 112/);
      expect(told[0]).toMatch(/niet bewaard/);

      const plain = await say('Blauwe plekken op de arm.');
      expect(plain.status).toBe(200);
      const last = capture.texts(conversationId).at(-1) ?? '';
      expect(last).toMatch(/niet bewaard/);
      expect(last).not.toMatch(/112/);
    } finally {
      await down.app.stop().catch(() => undefined);
    }
  }, 60_000);
});
