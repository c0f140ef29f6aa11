import { DAYCARE, TEACHER } from '../fixtures/answers';
import { startDialogue, walk, type Dialogue } from '../helpers/dialogue';

/** Made-up people. */
const WITH_NAME = 'Daan Vermeulen heeft blauwe plekken op zijn bovenarm.';
const WITHOUT_NAME = 'Het kind heeft blauwe plekken op de bovenarm.';

async function begin(locale?: string): Promise<Dialogue> {
  const d = startDialogue({ locale });
  await d.say('start');
  return d;
}

const allText = (d: Dialogue) => d.texts().join('\n');
/** What the last card says, as a person reads it. */
const cardText = (d: Dialogue) =>
  ((d.lastCard().body as Array<{ text?: string; facts?: Array<{ value: string }> }>) ?? [])
    .flatMap((e) => [e.text ?? '', ...(e.facts ?? []).map((f) => f.value)])
    .join('\n');
const send = (d: Dialogue) => d.press((data) => data.ws === 'send');

describe('consultation or hand-over is chosen before any free text about the family', () => {
  it.each([
    ['consultation', TEACHER],
    ['hand-over', DAYCARE],
  ])('%s: the mode comes before the first question about the family', async (_name, answers) => {
    const d = await begin();
    const asked = await walk(d, answers);
    const mode = asked.indexOf('consent.mode');
    expect(mode).toBeGreaterThan(-1);
    for (const family of ['child.postcode', 'signals.observation', 'signals.when']) expect(mode).toBeLessThan(asked.indexOf(family));
  });

  it('a consultation is asked not to type names before its first free text about the family', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.observation');
    expect(allText(d)).toMatch(/Noem in je antwoorden geen namen/);
  });
});

describe('identifying details in a consultation', () => {
  it('a name in the observation is shown and not stored; the rewrite is the answer', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.observation');
    await d.say(WITH_NAME);
    expect(d.step()).toBe('identifying-confirm');
    const card = cardText(d);
    expect(card).toContain('"Daan Vermeulen" (naam)');
    expect(card).toMatch(/Typ je antwoord opnieuw zonder die gegevens/);

    await d.say(WITHOUT_NAME);
    expect(d.step()).toBe('signals.when');
    await walk(d, TEACHER);
    expect(JSON.stringify(d.lastCard())).not.toContain('Daan');
    await send(d);
    expect(d.submitted[0]?.observations.text).toBe(WITHOUT_NAME);
    expect(JSON.stringify(d.submitted[0])).not.toContain('Vermeulen');
  });

  it('a rewrite that still names someone is asked about again', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.observation');
    await d.say(WITH_NAME);
    await d.say('Daan heeft blauwe plekken.');
    expect(d.step()).toBe('identifying-confirm');
    expect(cardText(d)).toContain('"Daan" (naam)');
  });

  it.each([
    ['a phone number', 'Moeder is bereikbaar op 06-12345678, zegt ze.', '06-12345678'],
    ['an e-mail address', 'Vader mailt vanaf p.jansen@example.com.', 'p.jansen@example.com'],
  ])('%s in "wanneer" is found too', async (_name, typed, found) => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.when');
    await d.say(typed);
    expect(d.step()).toBe('identifying-confirm');
    expect(JSON.stringify(d.lastCard())).toContain(found);
  });

  it('"het is geen naam" keeps the text as typed, and the summary says what was kept', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.observation');
    const typed = 'Lotte zegt dat ze niet naar huis wil.';
    await d.say(typed);
    expect(d.step()).toBe('identifying-confirm');
    await d.press((data) => data.about === 'identifying-confirm' && data.value === 'ja');
    expect(d.step()).toBe('signals.when');
    await walk(d, TEACHER);
    expect(cardText(d)).toContain('Je gaf aan dat dit geen namen of persoonsgegevens zijn: "Lotte".');
    await send(d);
    expect(d.submitted[0]?.observations.text).toBe(typed);
  });

  it('danger and a name in one text: the guidance first, then the name check', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.observation');
    await d.say('hij slaat haar, vertelt Daan');
    expect(d.step()).toBe('danger-confirm');
    await d.press((data) => data.about === 'danger-confirm' && data.value === 'nee');
    expect(d.step()).toBe('identifying-confirm');
  });

  it('a hand-over is not checked: names belong there', async () => {
    const d = await begin();
    await walk(d, { ...DAYCARE, 'signals.observation': WITH_NAME });
    await send(d);
    expect(d.submitted[0]).toMatchObject({ mode: 'handover', observations: { text: WITH_NAME } });
  });
});

describe('a hand-over that turns into a consultation', () => {
  it('forced by missing consent: names typed earlier are shown and rewritten before the summary, and the identity details go', async () => {
    const d = await begin();
    await walk(d, { ...DAYCARE, 'signals.observation': WITH_NAME, 'consent.parents': 'nee' }, 'identifying-confirm');
    expect(allText(d)).toMatch(/dus ik maak er een anoniem overleg van/);
    const card = cardText(d);
    expect(card).toMatch(/Je signaal is nu een anoniem overleg/);
    expect(card).toContain(WITH_NAME);

    await d.say(WITHOUT_NAME);
    await walk(d, { ...DAYCARE, 'consent.parents': 'nee' });
    await send(d);
    const [signal] = d.submitted;
    expect(signal).toMatchObject({ mode: 'consultation', observations: { text: WITHOUT_NAME } });
    expect(signal).not.toHaveProperty('identity');
    expect(JSON.stringify(signal)).not.toMatch(/Vermeulen|1022 CD/);
  });

  it('chosen with "wijzig" on the summary: the same check', async () => {
    const d = await begin();
    await walk(d, { ...DAYCARE, 'signals.observation': WITH_NAME });
    await d.press((data) => data.ws === 'change' && data.part === 'consent');
    expect(d.step()).toBe('consent.mode');
    await d.press((data) => data.value === 'consultation');
    await walk(d, { ...TEACHER, 'consent.mode': 'consultation' }, 'identifying-confirm');
    expect(cardText(d)).toContain('"Daan Vermeulen" (naam)');
  });
});

describe('in English', () => {
  it('the check speaks English', async () => {
    const d = await begin('en-US');
    await walk(d, TEACHER, 'signals.observation');
    await d.say(WITH_NAME);
    expect(cardText(d)).toContain('"Daan Vermeulen" (name)');
  });
});
