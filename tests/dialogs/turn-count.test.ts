import { DAYCARE, GP, TEACHER, type Answers } from '../fixtures/answers';
import { startDialogue, walk, type Dialogue, type Reply } from '../helpers/dialogue';

/**
 * The length of the dialogue, counted (never timed): a bot turn is one incoming user activity the bot answers, from
 * "start" to the confirmation of "Versturen". Messages and characters are counted too, so fewer turns cannot be won
 * by cramming more onto each one.
 */

/** The pinned measure: a first-time teacher (nothing remembered), child 4-11, consultation, no disclosure, talked with
 * the parents, suspicion yes, unsafety "weet ik niet", help via the wijkteam. Made up. */
const FIRST_TIME_TEACHER: Answers = {
  ...TEACHER,
  'signaller.aandachtsfunctionaris': 'ja',
  'signals.disclosure': 'nee',
  'steps.talked': 'ouders',
  'afweging.suspicion': 'ja',
  'afweging.unsafety': 'unsure',
  'afweging.canOrganiseHelp': 'ja',
  'afweging.helpAccepted': 'yes',
  'consent.mode': 'consultation',
};

const MAX_TURNS = 12;

/** Everything a person reads in a reply: its text, and a card's texts, labels and buttons. */
function characters(reply: Reply): number {
  const card = JSON.stringify(reply.card ?? {});
  const shown = [...card.matchAll(/"(?:text|title|placeholder)":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? '');
  return (reply.text ?? '').length + shown.reduce((sum, s) => sum + s.length, 0);
}

/** Walks one signal from "start" to its confirmation and counts. */
async function count(answers: Answers) {
  const d: Dialogue = startDialogue();
  let turns = 0;
  const counted: Dialogue = {
    ...d,
    say: async (text) => (turns++, d.say(text)),
    press: async (match, extra) => (turns++, d.press(match, extra)),
  };
  await counted.say('start');
  await walk(counted, answers);
  await counted.press((data) => data.ws === 'send');
  const replies = d.transcript();
  if (!d.submitted[0]) throw new Error('no signal was sent');
  return { turns, messages: replies.length, characters: replies.reduce((sum, r) => sum + characters(r), 0), signal: d.submitted[0] };
}

describe('the length of the dialogue', () => {
  const cases = [
    ['first-time teacher, consultation (the pinned measure)', FIRST_TIME_TEACHER],
    ['daycare worker, hand-over', DAYCARE],
    ['GP, kindcheck', GP],
  ] as const;

  it.each(cases)('%s: turns, user actions, messages and characters are printed', async (name, answers) => {
    const figures = await count(answers);
    console.log(`${name}: ${figures.turns} bot turns (= user actions), ${figures.messages} bot messages, ${figures.characters} characters`);
    expect(figures.signal.afweging).toBeDefined();
  });

  it(`the pinned measure takes at most ${MAX_TURNS} bot turns from "start" to the confirmation`, async () => {
    const figures = await count(FIRST_TIME_TEACHER);
    // The fixture's precondition: nothing remembered, and it ends as help via the wijkteam.
    expect(figures.signal).toMatchObject({ mode: 'consultation', afweging: { outcome: 'help-via-wijkteam' } });
    expect(figures.turns).toBeLessThanOrEqual(MAX_TURNS);
  });
});
