import { SignalSchema } from '../../src/domain';
import { actionsOf, startDialogue, walk, type Dialogue } from '../helpers/dialogue';
import { fakeClock } from '../helpers/fake-clock';

import { DAYCARE, GP, TEACHER, type Answers } from '../fixtures/answers';

async function begin(locale?: string): Promise<Dialogue> {
  const d = startDialogue({ locale });
  await d.say('start');
  return d;
}

async function send(d: Dialogue) {
  return d.press((data) => data.ws === 'send');
}

const allText = (d: Dialogue) => d.texts().join('\n');

/** "Verder" on a card with several fields, filled as given (question id → value). */
const fillCard = (d: Dialogue, fields: Record<string, string>) =>
  d.press((data) => data.ws === 'group', Object.fromEntries(Object.entries(fields).map(([id, v]) => [`q:${id}`, v])));
const CHILD = { 'child.ageBand': '4-11', 'child.postcode': '1021 AB', 'child.household': 'moeder' };

describe('walks from start to a confirmed signal', () => {
  it.each([
    [
      'teacher, consultation, routed by PC4',
      TEACHER,
      { mode: 'consultation', teamId: 'noord', outcome: 'help-via-wijkteam', urgency: 'normal', route: 'home' },
    ],
    [
      'daycare worker, hand-over with parents’ consent',
      DAYCARE,
      { mode: 'handover', teamId: 'noord', outcome: 'help-via-wijkteam', urgency: 'normal', route: 'home' },
    ],
    [
      'GP kindcheck, 12-15 with parents and child consenting, unknown PC4 to the fallback',
      GP,
      { mode: 'handover', teamId: 'intake', outcome: 'help-via-wijkteam', urgency: 'normal', route: 'kindcheck' },
    ],
  ])('%s', async (_name, answers, expected) => {
    const d = await begin();
    await walk(d, answers);
    const replies = await send(d);
    expect(d.submitted).toHaveLength(1);
    const [signal] = d.submitted;
    expect(signal).toMatchObject({
      mode: expected.mode,
      route: expected.route,
      routing: { teamId: expected.teamId },
      afweging: { outcome: expected.outcome, urgency: expected.urgency },
    });
    const stored = await d.signals.get(expected.teamId, signal!.id);
    expect(SignalSchema.parse(stored)).toEqual(stored);
    expect(stored?.reference).toBe('WS-2026-000001');
    const sentText = replies.map((r) => r.text).join('\n');
    expect(sentText).toContain('WS-2026-000001');
    expect(sentText).toContain(expected.teamId === 'noord' ? 'Wijkteam Noord' : 'Centrale intake');
    expect(sentText).toMatch(/Wat gebeurt er nu/);
  });

  it('a consultation holds no names: no identity, and the schema refuses one', async () => {
    const d = await begin();
    await walk(d, TEACHER);
    await send(d);
    const [signal] = d.submitted;
    expect(signal).not.toHaveProperty('identity');
    const withName = {
      ...signal,
      reference: 'WS-2026-000009',
      identity: { childName: 'X', birthYear: 2015, pc6: '1021AB', houseNumber: '1', parentsContact: 'x' },
    };
    expect(SignalSchema.safeParse(withName).success).toBe(false);
    expect(SignalSchema.safeParse({ ...signal, reference: 'WS-2026-000009', child: { ...signal!.child, name: 'X' } }).success).toBe(false);
  });

  it('walks in English when Teams says the user works in English', async () => {
    const d = await begin('en-US');
    expect(allText(d)).toMatch(/Thank you for sharing your worry/);
    expect(JSON.stringify(d.lastCard())).toMatch(/direct danger right now/);
    await walk(d, TEACHER);
    const replies = await send(d);
    expect(replies.map((r) => r.text).join(' ')).toMatch(/Your signal has been sent to Wijkteam Noord/);
  });

  it('offers back profession, organisation and aandachtsfunctionaris next time, and lets them be changed', async () => {
    const d = await begin();
    await walk(d, TEACHER);
    await send(d);
    await d.say('start');
    const inputs = Object.fromEntries(
      ((d.lastCard().body as Array<{ id?: string; value?: string }>) ?? []).filter((e) => e.id?.startsWith('q:')).map((e) => [e.id, e.value]),
    );
    expect(inputs).toEqual({
      'q:signaller.profession': 'leerkracht',
      'q:signaller.organisation': TEACHER['signaller.organisation'],
      'q:signaller.aandachtsfunctionaris': 'ja',
    });
    await walk(d, { ...TEACHER, 'signaller.profession': 'kinderopvang', 'route.kind': 'thuis' });
    await send(d);
    expect(d.submitted[1]?.signaller.profession).toBe('kinderopvang');
  });
});

describe('safety first', () => {
  it('the first card asks about danger first, with one danger action: its red button', async () => {
    const d = await begin();
    const card = d.lastCard();
    expect(JSON.stringify(card.body)).toMatch(/Eerst dit: is er nu direct gevaar/);
    expect(actionsOf(card).filter((a) => JSON.stringify(a).match(/gevaar/i))).toHaveLength(1);
    await d.press((data) => data.ws === 'danger');
    expect(allText(d)).toMatch(/Bel nu 112/);
    expect(allText(d)).toContain('0800-2000');
    await d.press((data) => data.about === 'after-danger');
    await walk(d, TEACHER);
    await send(d);
    expect(d.submitted[0]).toMatchObject({ acute: true, afweging: { urgency: 'acute' } });
  });

  it('danger at the start, and then stop: nothing is stored', async () => {
    const d = await begin();
    await d.press((data) => data.ws === 'danger');
    await d.say('stop');
    await d.press((data) => data.value === 'ja');
    expect(allText(d)).toMatch(/Er is niets verstuurd/);
    expect(d.submitted).toHaveLength(0);
  });

  it('the danger button mid-dialogue gives the guidance, keeps the draft and marks the signal acute', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'child.postcode');
    await d.press((data) => data.ws === 'danger');
    expect(allText(d)).toMatch(/Bel nu 112/);
    // Nothing more is asked until the signaller chooses to go on; then the question where it was.
    expect(d.step()).toBe('after-danger');
    expect(JSON.stringify(d.lastCard())).toMatch(/concept blijft bewaard/);
    await d.press((data) => data.about === 'after-danger');
    expect(d.step()).toBe('child.ageBand');
    await walk(d, TEACHER);
    await send(d);
    expect(d.submitted[0]).toMatchObject({ acute: true, afweging: { urgency: 'acute' } });
  });

  it.each([
    ['Dutch, clear', 'Het kind zegt dat vader nu een mes heeft en hem bedreigt nu'],
    ['English, clear', 'The child is in danger right now'],
  ])('clear danger wording in a typed answer (%s) gets the guidance at once; the answer is kept once confirmed', async (_name, words) => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.observation');
    await d.say(words);
    expect(allText(d)).toMatch(/Bel nu 112/);
    expect(d.step()).toBe('after-danger');
    await d.say('verder');
    expect(d.step()).toBe('use-held');
    expect(JSON.stringify(d.lastCard())).toContain(words);
    await d.press((data) => data.about === 'use-held' && data.value === 'ja');
    expect(d.step()).toBe('signals.when');
    await walk(d, TEACHER);
    await send(d);
    expect(d.submitted[0]?.observations.text).toBe(words);
    expect(d.submitted[0]?.acute).toBe(true);
  });

  it('ambiguous wording asks "Is er nu direct gevaar?" first; "nee" goes on without the alarm', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.observation');
    await d.say('Vader dreigt vaker met straf, vertelt de oppas.');
    expect(d.step()).toBe('danger-confirm');
    expect(allText(d)).not.toMatch(/Bel nu 112/);
    await d.press((data) => data.value === 'nee');
    expect(d.step()).toBe('signals.when');
    await walk(d, TEACHER);
    await send(d);
    expect(d.submitted[0]?.acute).toBe(false);
  });

  it('ambiguous wording, then "ja": the guidance, and the draft stays', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.observation');
    await d.say('Ik vind het thuis onveilig voor haar.');
    await d.press((data) => data.value === 'ja');
    expect(allText(d)).toMatch(/Bel nu 112/);
    expect(d.step()).toBe('after-danger');
    await d.say('verder');
    expect(d.step()).toBe('use-held');
  });
});

describe('routes that are not a wijkteam signal', () => {
  it.each<[string, Answers, RegExp]>([
    ['teacher, staff violence', { ...TEACHER, 'route.kind': 'medewerker', 'route.staff': 'geweld' }, /directie of het schoolbestuur/],
    [
      'teacher, staff sexual offence',
      { ...TEACHER, 'route.kind': 'medewerker', 'route.staff': 'zeden' },
      /wettelijke plicht.*schoolbestuur.*vertrouwensinspecteur.*aangifte/s,
    ],
    ['daycare, staff violence', { ...DAYCARE, 'route.kind': 'medewerker', 'route.staff': 'geweld' }, /houder/],
    ['daycare, staff sexual offence', { ...DAYCARE, 'route.kind': 'medewerker', 'route.staff': 'zeden' }, /wettelijke plicht.*houder.*vertrouwensinspecteur/s],
    ['daycare, between children', { ...DAYCARE, 'route.kind': 'tussen-kinderen' }, /protocol van je organisatie/],
    ['GP, kindcheck without children', { ...GP, 'route.kindcheckChildren': 'nee' }, /patiëntdossier/],
  ])('%s: explains the route kindly and records nothing', async (_name, answers, expected) => {
    const d = await begin();
    const lastQuestion =
      answers['route.kind'] === 'kindcheck' ? 'route.kindcheckChildren' : answers['route.kind'] === 'medewerker' ? 'route.staff' : 'route.kind';
    await walk(d, answers, lastQuestion);
    await d.press((data) => data.value === answers[lastQuestion]);
    expect(allText(d)).toMatch(expected);
    expect(d.submitted).toHaveLength(0);
    expect((await d.say('verder')).map((r) => r.text).join()).toMatch(/geen bewaard concept/);
  });

  it('a teacher is not offered the childcare protocol, a GP is offered the kindcheck', async () => {
    const teacher = await begin();
    await walk(teacher, TEACHER, 'route.kind');
    expect(actionsOf(teacher.lastCard()).map((a) => (a.data as { value?: string }).value)).toEqual(['thuis', 'medewerker', undefined]);
    const gp = await begin();
    await walk(gp, GP, 'route.kind');
    expect(actionsOf(gp.lastCard()).map((a) => (a.data as { value?: string }).value)).toEqual(['thuis', 'kindcheck', undefined]);
  });
});

describe('Meldcode steps and the afweging', () => {
  it('a GP without Veilig Thuis advice hears, kindly, that it is mandatory, with the number', async () => {
    const d = await begin();
    await walk(d, GP);
    expect(allText(d)).toMatch(/Als huisarts vraag je in deze stap altijd advies aan Veilig Thuis/);
    expect(allText(d)).toContain('0800-2000');
  });

  it('a disclosure is acknowledged, weighs in question 2, and with doubt about safety leads to the meldnorm', async () => {
    const d = await begin();
    await walk(
      d,
      // The child's words name harm without a time: possible danger, so "Is er nu direct gevaar?" comes first.
      { ...TEACHER, 'signals.disclosure': 'ja', 'signals.words': '"Papa slaat mij als mama weg is."', 'danger-confirm': 'nee', 'afweging.unsafety': 'unsure' },
      'afweging.unsafety',
    );
    expect(allText(d)).toMatch(/Als een kind zelf vertelt over geweld, weegt dat zwaar/);
    expect(JSON.stringify(d.lastCard())).toMatch(/Het kind heeft zelf over geweld of mishandeling verteld/);
    await walk(d, { ...TEACHER, 'afweging.unsafety': 'unsure' });
    expect(allText(d)).toMatch(/melding bij Veilig Thuis de norm/);
    // "Dat weet ik niet" is not turned into a claim of unsafety, and the disclosure paragraph is said once.
    expect(allText(d)).toMatch(/Je weet niet of het kind veilig is/);
    expect(allText(d)).not.toMatch(/er is sprake van onveiligheid/);
    expect(allText(d).split('Als een kind zelf vertelt over geweld, weegt dat zwaar')).toHaveLength(2);
    expect(allText(d)).toMatch(/vervangt de melding niet/);
    await send(d);
    expect(d.submitted[0]).toMatchObject({
      afweging: { outcome: 'report-and-help', meldnorm: true, urgency: 'urgent' },
      observations: { disclosure: { told: true, words: '"Papa slaat mij als mama weg is."' } },
    });
  });

  it('no suspicion closes kindly: record in your own file, nothing sent', async () => {
    const d = await begin();
    await walk(d, { ...TEACHER, 'afweging.suspicion': 'nee' }, 'afweging.suspicion');
    await d.press((data) => data.value === 'nee');
    expect(allText(d)).toMatch(/eigen dossier/);
    expect(d.submitted).toHaveLength(0);
  });

  it('no suspicion after the child told something: closes, but not without saying it weighs heavily', async () => {
    const d = await begin();
    await walk(d, { ...TEACHER, 'signals.disclosure': 'ja', 'signals.words': 'Mama huilt vaak.', 'afweging.suspicion': 'nee' }, 'afweging.suspicion');
    await d.press((data) => data.value === 'nee');
    expect(allText(d)).toMatch(/het kind heeft zelf iets verteld. Dat weegt zwaar, ook als je nu geen vermoeden hebt/);
    expect(d.submitted).toHaveLength(0);
  });

  it('structural unsafety skips questions 3 and 4 and gives the meldnorm with 0800-2000', async () => {
    const d = await begin();
    await walk(d, { ...TEACHER, 'afweging.unsafety': 'structural' });
    expect(allText(d)).toMatch(/Doe de melding bij Veilig Thuis via 0800-2000/);
    await send(d);
    expect(d.submitted[0]?.afweging).toMatchObject({ outcome: 'report-and-help', urgency: 'urgent', meldnorm: true });
    // Questions 3 and 4 were on the card, and ignored: they do not apply after structural unsafety.
    expect(d.submitted[0]?.afweging).not.toHaveProperty('canOrganiseHelp');
    expect(d.submitted[0]?.afweging.followUpDate).toBe('2027-01-04');
  });
});

describe('consultation or hand-over', () => {
  it.each<[string, Answers, 'consultation' | 'handover', RegExp | undefined]>([
    [
      'child under 12, parents say no',
      { ...TEACHER, 'consent.mode': 'handover', 'consent.parents': 'nee' },
      'consultation',
      /toestemming nodig van de ouders met gezag/,
    ],
    ['12-15, parents yes but the child no', { ...GP, 'consent.child': 'nee' }, 'consultation', /toestemming nodig van het kind\./],
    ['12-15, neither', { ...GP, 'consent.parents': 'nee', 'consent.child': 'nee' }, 'consultation', /de ouders met gezag en de jongere/],
    ['12-15, both yes', GP, 'handover', undefined],
    ['16-17, the young person alone says yes', { ...GP, 'consent.sixteen': 'ja' }, 'handover', undefined],
    ['16-17, the young person says no', { ...GP, 'consent.sixteen': 'ja', 'consent.child': 'nee' }, 'consultation', /de jongere zelf/],
  ])('%s → %s', async (_name, answers, mode, notice) => {
    const d = await begin();
    const asked = await walk(d, answers);
    if (notice) expect(allText(d)).toMatch(notice);
    if (mode === 'consultation') expect(asked).not.toContain('identity.childName');
    await send(d);
    const [signal] = d.submitted;
    expect(signal?.mode).toBe(mode);
    if (mode === 'consultation') expect(signal).not.toHaveProperty('identity');
    // From 16 the young person alone decides: the parents' field on the card is not taken into account.
    if (answers['consent.sixteen'] === 'ja') expect(signal?.consent).toMatchObject({ needed: { parents: false } });
    if (answers['consent.sixteen'] === 'ja') expect(signal?.consent.parents).toBeUndefined();
    expect(signal?.consent.handoverRefused).toBe(mode === 'consultation');
  });
});

describe('commands and cards', () => {
  it('pause keeps the draft; "verder" resumes at the same question', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'child.household');
    const paused = await d.say('pauze');
    expect(paused.map((r) => r.text).join()).toMatch(/bewaard tot/);
    expect((await d.say('wat nu')).map((r) => r.text).join()).toMatch(/begrijp ik niet/);
    await d.say('verder');
    expect(allText(d)).toMatch(/Welkom terug/);
    expect(d.step()).toBe('child.ageBand');
    await walk(d, TEACHER);
    await send(d);
    expect(d.submitted).toHaveLength(1);
  });

  it('an expired draft is gone, and the user is told when they come back', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'child.household');
    await d.say('pauze');
    d.clock.advance(8 * 24 * 60 * 60 * 1000);
    const replies = await d.say('verder');
    expect(replies.map((r) => r.text).join()).toMatch(/concept is verlopen/);
    expect((await d.say('verder')).map((r) => r.text).join()).toMatch(/geen bewaard concept/);
  });

  it('stop asks first; "ja" discards, "nee" goes on', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'child.postcode');
    await d.say('stop');
    expect(d.step()).toBe('stop-confirm');
    await d.press((data) => data.value === 'nee');
    expect(d.step()).toBe('child.ageBand');
    await d.say('annuleren');
    await d.press((data) => data.value === 'ja');
    expect(allText(d)).toMatch(/concept is verwijderd/);
    expect((await d.say('verder')).map((r) => r.text).join()).toMatch(/geen bewaard concept/);
  });

  it('"terug" shows the previous card again and keeps the rest', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.checklist');
    await d.say('terug');
    expect(d.step()).toBe('child.ageBand');
    await fillCard(d, { ...CHILD, 'child.postcode': '1022' });
    expect(d.step()).toBe('signals.checklist');
    await walk(d, TEACHER);
    await send(d);
    expect(d.submitted[0]?.child.pc4).toBe('1022');
  });

  it('commands count only as a whole message: "vader riep stop" is a description', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.observation');
    await d.say('vader riep stop');
    expect(d.step()).toBe('signals.when');
    await walk(d, TEACHER);
    await send(d);
    expect(d.submitted[0]?.observations.text).toBe('vader riep stop');
  });

  it.each([
    ['123', /vier cijfers/],
    ['12345', /precies vier cijfers/],
    ['0123 AB', /niet met een 0/],
    ['1234 SS', /twee letters/],
    ['Lindelaan', /lijkt geen postcode/],
  ])('an invalid postcode "%s" brings the card back with a specific hint under the field, and nothing stored', async (postcode, hint) => {
    const d = await begin();
    await walk(d, TEACHER, 'child.ageBand');
    await fillCard(d, { ...CHILD, 'child.postcode': postcode });
    const body = d.lastCard().body as Array<{ id?: string; text?: string; value?: string }>;
    const at = body.findIndex((e) => e.id === 'q:child.postcode');
    expect(body[at + 1]).toMatchObject({ id: 'error-child.postcode', text: expect.stringMatching(hint) });
    // What was typed comes back in the fields, to correct rather than retype.
    expect(body.find((e) => e.id === 'q:child.ageBand')?.value).toBe('4-11');
    expect(body[at]?.value).toBe(postcode);
    expect(d.step()).toBe('child.ageBand');
  });

  it('a card sent with a field left empty names that field and stores nothing of the card', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'child.ageBand');
    await fillCard(d, { 'child.ageBand': '4-11', 'child.household': 'moeder' });
    const body = d.lastCard().body as Array<{ id?: string; text?: string }>;
    expect(body.filter((e) => e.id?.startsWith('error-')).map((e) => e.id)).toEqual(['error-child.postcode']);
    expect(body.find((e) => e.id === 'error-child.postcode')?.text).toBe('Dit is nog niet ingevuld.');
    await fillCard(d, CHILD);
    expect(d.step()).toBe('signals.checklist');
  });

  it.each(['1021', '1021 AB', '1021ab', ' 1021  ab '])('accepts the postcode "%s" and routes on its four digits', async (postcode) => {
    const d = await begin();
    await walk(d, { ...TEACHER, 'child.postcode': postcode });
    await send(d);
    expect(d.submitted[0]).toMatchObject({ child: { pc4: '1021' }, routing: { teamId: 'noord', reason: 'pc4' } });
  });

  it('a press on an outdated card is answered, not applied', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'child.ageBand');
    const oldCard = d.lastCard();
    await fillCard(d, CHILD);
    const stale = actionsOf(oldCard)
      .map((a) => a.data as Record<string, unknown>)
      .find((data) => data.ws === 'group')!;
    const replies = await d.submit({ ...stale, 'q:child.ageBand': '12-17', 'q:child.postcode': '1021', 'q:child.household': '' });
    expect(replies.map((r) => r.text).join()).toMatch(/hoort bij een eerdere vraag/);
    expect(d.step()).toBe('signals.checklist');
    await walk(d, TEACHER);
    await send(d);
    expect(d.submitted[0]?.child.ageBand).toBe('4-11');
  });

  it('a second "send" creates no second signal and says it was already sent', async () => {
    const d = await begin();
    await walk(d, TEACHER);
    const summary = d.lastCard();
    await send(d);
    const sendData = actionsOf(summary)
      .map((a) => a.data as Record<string, unknown>)
      .find((data) => data.ws === 'send')!;
    const replies = await d.submit(sendData);
    expect(replies.map((r) => r.text).join()).toMatch(/al verstuurd \(referentie WS-2026-000001\)/);
    expect(d.submitted).toHaveLength(1);
  });

  it('"wijzig" on the summary asks that part again and returns to the summary', async () => {
    const d = await begin();
    await walk(d, TEACHER);
    await d.press((data) => data.ws === 'change' && data.part === 'network');
    expect(d.step()).toBe('network.roles');
    await walk(d, { ...TEACHER, 'network.roles': ['buren'], 'network.contact': 'nee' });
    await send(d);
    expect(d.submitted[0]?.network.protectiveRoles).toEqual(['buren']);
    expect(d.submitted[0]?.signaller.willingToBeContacted).toBe(false);
  });

  it('typed answers work too: a number for a choice, labels for a list', async () => {
    const d = await begin();
    await d.say('Leerkracht');
    expect(d.step()).toBe('signaller.organisation');
    await walk(d, TEACHER, 'signals.checklist');
    await d.say('1, 3');
    await walk(d, TEACHER);
    await send(d);
    expect(d.submitted[0]?.signaller.profession).toBe('leerkracht');
    expect(d.submitted[0]?.observations.codes).toHaveLength(2);
  });

  it('caps free text and says so', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.observation');
    expect(JSON.stringify(d.lastCard())).toMatch(/aximaal 2000 tekens/);
    const replies = await d.say('x'.repeat(2001));
    expect(replies.map((r) => r.text).join()).toMatch(/te lang/);
    expect(d.step()).toBe('signals.observation');
  });
});

describe('safety first in every state', () => {
  it('the danger button of an old card still gets the guidance when no dialogue is running', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'child.postcode');
    const card = d.lastCard();
    await d.say('pauze');
    const danger = actionsOf(card)
      .map((a) => a.data as Record<string, unknown>)
      .find((data) => data.ws === 'danger')!;
    const replies = await d.submit(danger);
    expect(replies.map((r) => r.text).join()).toMatch(/Bel nu 112/);
    // The paused draft is kept, now acute, and goes on where it was.
    expect(d.step()).toBe('after-danger');
    await d.say('verder');
    expect(d.step()).toBe('child.ageBand');
  });

  it('the danger button while "stop?" is open gets the guidance and keeps the draft', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'child.postcode');
    await d.say('stop');
    await d.press((data) => data.ws === 'danger');
    expect(allText(d)).toMatch(/Bel nu 112/);
    await d.say('verder');
    expect(d.step()).toBe('child.ageBand');
  });

  it('clear danger typed while "Is er nu direct gevaar?" is open gets the guidance at once', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.observation');
    await d.say('Hij dreigt vaker.');
    expect(d.step()).toBe('danger-confirm');
    await d.say('het kind is nu in gevaar, vader heeft een mes');
    expect(allText(d)).toMatch(/Bel nu 112/);
    expect(d.step()).toBe('after-danger');
    // The first text is still offered back, not lost to the second.
    await d.say('verder');
    expect(d.step()).toBe('use-held');
    expect(JSON.stringify(d.lastCard())).toContain('Hij dreigt vaker.');
  });

  it('an open "Is er nu direct gevaar?" survives pauze and terug', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.observation');
    await d.say('Ik vind het thuis onveilig.');
    await d.say('terug');
    expect(d.step()).toBe('danger-confirm');
    await d.say('pauze');
    await d.say('verder');
    expect(d.step()).toBe('danger-confirm');
  });
});

describe('edge cases found in review', () => {
  it('"stop" while paused asks to discard the draft', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'child.postcode');
    await d.say('pauze');
    await d.say('stop');
    expect(d.step()).toBe('stop-confirm');
    await d.press((data) => data.value === 'ja');
    expect(allText(d)).toMatch(/concept is verwijderd/);
  });

  it('a second "start" during a dialogue says we are already busy', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'child.postcode');
    const replies = await d.say('start');
    expect(replies.map((r) => r.text).join()).toMatch(/al met een signaal bezig/);
    expect(d.step()).toBe('child.ageBand');
  });

  it('changing the age band asks the checklist again instead of keeping it empty', async () => {
    const d = await begin();
    await walk(d, TEACHER);
    await d.press((data) => data.ws === 'change' && data.part === 'child');
    const asked = await walk(d, { ...TEACHER, 'child.ageBand': '0-3', 'signals.checklist': ['0-3.L.01'] });
    expect(asked).toContain('signals.checklist');
    await send(d);
    expect(d.submitted[0]?.observations.codes).toEqual(['0-3.L.01']);
  });

  it('an old button whose value is no longer offered is outdated, not applied', async () => {
    const d = await begin();
    await walk(d, { ...DAYCARE }, 'route.kind');
    const daycareCard = d.lastCard();
    await d.say('terug');
    await d.say('terug');
    await d.say('terug');
    await walk(d, TEACHER, 'route.kind');
    const stale = actionsOf(daycareCard)
      .map((a) => a.data as Record<string, unknown>)
      .find((data) => data.value === 'tussen-kinderen')!;
    const replies = await d.submit({ ...stale, draft: stale.draft });
    expect(replies.map((r) => r.text).join()).toMatch(/hoort bij een eerdere vraag/);
    expect(d.step()).toBe('route.kind');
    expect(allText(d)).not.toMatch(/protocol van je organisatie/);
  });

  it('the kindcheck needs at least one reason: the card comes back with the hint under the reasons', async () => {
    const d = await begin();
    await walk(d, GP, 'route.kindcheckReasons');
    await fillCard(d, { 'kindcheck.ages': '8', 'kindcheck.seen': 'nee' });
    const body = d.lastCard().body as Array<{ id?: string; text?: string }>;
    expect(body.find((e) => e.id === 'error-route.kindcheckReasons')?.text).toMatch(/minstens één/);
    expect(d.step()).toBe('route.kindcheckReasons');
  });

  it('a toddler who re-enacts violence (0-3.K.07) is not a disclosure', async () => {
    const d = await begin();
    await walk(d, { ...DAYCARE, 'signals.checklist': ['0-3.K.07'] });
    expect(allText(d)).not.toMatch(/zelf vertelt over geweld/);
    await send(d);
    expect(d.submitted[0]?.observations.disclosure.told).toBe(false);
  });

  it('doubt at question 1 goes on with the weighing and points to Veilig Thuis', async () => {
    const d = await begin();
    await walk(d, { ...TEACHER, 'afweging.suspicion': 'twijfel' });
    expect(allText(d)).toMatch(/Twijfelen is heel gewoon/);
    // Doubt is stored, summarised and weighed as doubt, never as a yes.
    expect(JSON.stringify(d.lastCard())).toMatch(/"Vermoeden".*"Ik twijfel"|Ik twijfel/);
    await send(d);
    expect(d.submitted[0]?.afweging.answers.suspicion).toBe('doubt');
    expect(d.submitted[0]?.afweging.reasons).toContain('suspicion-doubt');
  });

  it('an expired draft is deleted even while the conversation goes on with other things', async () => {
    const d = await begin();
    await walk(d, TEACHER, 'signals.when');
    await d.say('pauze');
    d.clock.advance(8 * 24 * 60 * 60 * 1000);
    await d.say('hulp');
    expect(JSON.stringify(d.storage)).not.toContain('Blauwe plekken');
    expect((await d.say('verder')).map((r) => r.text).join()).toMatch(/concept is verlopen/);
    expect((await d.say('verder')).map((r) => r.text).join()).toMatch(/geen bewaard concept/);
  });
});

describe('the confirmation says when the team will look at it', () => {
  it.each([
    [
      'on a Monday morning, the team open: now, and by when',
      '2026-11-23T09:00:00Z',
      /Wijkteam Noord is nu open\. Het signaal wordt uiterlijk do 26 nov 2026 10:00 opgepakt\./,
    ],
    [
      'on a Saturday: from Monday\u2019s opening, three working days on',
      '2026-11-28T11:00:00Z',
      /Wijkteam Noord is nu gesloten en kijkt ernaar vanaf ma 30 nov 2026 08:30; uiterlijk do 3 dec 2026 08:30 wordt het opgepakt\./,
    ],
    ['Kerstmis: from the first working day after', '2026-12-25T10:00:00Z', /kijkt ernaar vanaf ma 28 dec 2026 08:30/],
  ])('%s', async (_name, at, said) => {
    const d = startDialogue({ clock: fakeClock(Date.parse(at)) });
    await d.say('start');
    await walk(d, TEACHER);
    await send(d);
    expect(allText(d)).toMatch(said);
    expect(allText(d)).not.toMatch(/Veilig Thuis: 0800-2000 \(dag en nacht/);
  });

  it('acute while the team is closed: an hour from now, and 112 / Veilig Thuis repeated', async () => {
    const d = startDialogue({ clock: fakeClock(Date.parse('2026-11-28T02:00:00Z')) });
    await d.say('start');
    await d.press((data) => data.ws === 'danger');
    await d.press((data) => data.about === 'after-danger');
    await walk(d, TEACHER);
    await send(d);
    expect(allText(d)).toMatch(/uiterlijk za 28 nov 2026 04:00 wordt het opgepakt/);
    expect(allText(d)).toMatch(/Het wijkteam is nu gesloten\. Is er direct gevaar, bel dan 112\. .*Veilig Thuis: 0800-2000/);
  });
});
