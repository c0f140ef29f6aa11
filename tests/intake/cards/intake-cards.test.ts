import type * as AdaptiveCards from 'adaptivecards';
import { CardFactory } from 'botbuilder';
import {
  AGE_BANDS,
  CLOSE_NOTE_MAX,
  CLOSE_OUTCOMES,
  KINDCHECK_ITEMS,
  LIFECYCLE_STATUSES,
  SignalSchema,
  TEXT_LIMITS,
  URGENCIES,
  applyTransition,
  checklistFor,
  lifecycleOf,
  withLifecycle,
  SIGNAL_QUESTION_MAX,
  transferSignal,
  withdrawSignal,
  type Actor,
  type LifecycleCommand,
  type LifecycleStatus,
  type Outcome,
  type Signal,
  type Urgency,
} from '../../../src/domain';
import { askCard } from '../../../src/intake/cards/ask-card';
import { signalCard } from '../../../src/intake/cards/channel-card';
import { closeCard } from '../../../src/intake/cards/close-card';
import { signalDetailsCard } from '../../../src/intake/cards/details-card';
import { registrationCard } from '../../../src/intake/cards/registration-card';
import { phaseCard, takeOverCard, transferCard } from '../../../src/intake/cards/work-forms';
import { SIGNAL_CARD_VERBS, SignalCardActionSchema, parseSignalCardAction } from '../../../src/intake/cards/signal-card-action';
import { CARD_BYTE_BUDGET, byteSize, type CardJson } from '../../../src/toolkit/cards';
import { checklistLabel } from '../../../src/texts/checklist';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import type { Texts } from '../../../src/texts';
import { consultationSignal } from '../../fixtures/signal';
import { TEAMS, checkCard, objectsOfType } from '../../helpers/validate-card';

/**
 * The intake channel's signal cards, checked the way Teams takes them (Microsoft's parser, schema 1.5, at most 6
 * actions, under 28 KB) and for what they must not show: the shared card carries none of the signal's free text,
 * roles or identity (canaries below), the details card carries all of it. All data is made up.
 */

const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

type Json = Record<string, unknown>;
type Mode = 'consultation' | 'handover';
const LANGS = [
  ['nl', nl],
  ['en', en],
] as const;
const MODES: readonly Mode[] = ['consultation', 'handover'];

/** The claim deadline as stored at submission: 1 hour, 1 werkdag, 3 werkdagen from Monday 10:00 in Amsterdam. */
const DUE: Record<Urgency, string> = { acute: '2026-11-23T10:00:00.000Z', urgent: '2026-11-24T09:00:00.000Z', normal: '2026-11-26T09:00:00.000Z' };
const ZUID = { teamId: 'zuid', teamName: 'Wijkteam Zuid' };
const REFERENCE = 'WS-2026-000042';
const CREATED = '2026-11-23T09:00:00.000Z';
const EVA: Actor = { aadObjectId: 'aad-eva-0001', name: 'Eva de Vries' };
const BRAM: Actor = { aadObjectId: 'aad-bram-0002', name: 'Bram Bakker' };

/** Text that may only ever appear on the details card. */
const CANARY = {
  organisation: 'OBS Kanarie-Organisatie',
  observation: 'Kanarie-observatie: blauwe plekken op de bovenarm.',
  when: 'Kanarie-wanneer: maandag bij het ophalen',
  words: 'Kanarie-woorden: papa was heel boos',
  childName: 'Kanarie-K.',
  parentsContact: 'Kanarie-contact 06-00000000 (verzonnen)',
  pc6: '1021XQ',
  houseNumber: '417b',
  birthYear: 2017,
  closeNote: 'Kanarie-notitie: contact gehad met school',
} as const;
const HOUSEHOLD = ['stiefouder', 'andere-volwassene'] as const;
const NETWORK = ['sportcoach', 'geloofsgemeenschap'] as const;
const CODES = ['4-11.K.06', '4-11.O.07'] as const;

const OUTCOME_FOR: Record<Urgency, Outcome> = { acute: 'report-and-help', urgent: 'report-veilig-thuis', normal: 'help-via-wijkteam' };

function makeSignal(
  mode: Mode,
  urgency: Urgency,
  changes: { willingToBeContacted?: boolean; acute?: boolean; createdAt?: string; claimDueAt?: string } = {},
): Signal {
  const due = changes.claimDueAt ?? DUE[changes.acute ? 'acute' : urgency];
  const base = consultationSignal({ createdAt: changes.createdAt ?? CREATED, claimDueAt: due, text: CANARY.observation });
  const signal = {
    ...base,
    reference: REFERENCE,
    acute: changes.acute ?? urgency === 'acute',
    signaller: { ...base.signaller, organisation: CANARY.organisation, willingToBeContacted: changes.willingToBeContacted ?? true },
    child: { ...base.child, household: [...HOUSEHOLD] },
    observations: { ...base.observations, codes: [...CODES], when: CANARY.when, disclosure: { told: true, words: CANARY.words } },
    afweging: { ...base.afweging, outcome: OUTCOME_FOR[urgency], urgency, meldnorm: urgency !== 'normal' },
    network: { protectiveRoles: [...NETWORK] },
  };
  if (mode === 'consultation') return SignalSchema.parse(signal);
  return SignalSchema.parse({
    ...signal,
    mode: 'handover',
    consent: { needed: { parents: true, child: false }, parents: true, parentsInformed: true, handoverRefused: false },
    identity: {
      childName: CANARY.childName,
      birthYear: CANARY.birthYear,
      pc6: CANARY.pc6,
      houseNumber: CANARY.houseNumber,
      parentsContact: CANARY.parentsContact,
    },
  });
}

const CLAIM: [LifecycleCommand, string] = [{ verb: 'claim' }, '2026-11-23T10:15:00.000Z'];
const STEPS: Record<LifecycleStatus, Array<[LifecycleCommand, string]>> = {
  new: [],
  claimed: [CLAIM],
  'waiting-for-signaller': [CLAIM, [{ verb: 'ask', questionId: 'q-0001' }, '2026-11-23T10:30:00.000Z']],
  closed: [CLAIM, [{ verb: 'close', outcome: 'other', note: CANARY.closeNote }, '2026-11-24T08:00:00.000Z']],
  transferred: [CLAIM],
  withdrawn: [CLAIM],
};

/** The signal moved to a status through the real state machine (a transfer as the card makes it), and still valid. */
function inStatus(signal: Signal, status: LifecycleStatus, steps = STEPS[status], actor: Actor = EVA): Signal {
  if (status === 'withdrawn') {
    const withdrawn = withdrawSignal(
      inStatus(signal, 'claimed', steps, actor),
      { reason: 'sent-by-mistake', note: 'Kanarie-intrekking' },
      '2026-11-23T11:00:00.000Z',
    );
    if (!withdrawn.ok) throw withdrawn.error;
    return SignalSchema.parse(withdrawn.signal);
  }
  if (status === 'transferred') {
    const moved = transferSignal(inStatus(signal, 'claimed', steps, actor), ZUID, { reason: 'other-area' }, actor, '2026-11-23T11:00:00.000Z');
    if (!moved.ok) throw moved.error;
    return SignalSchema.parse(moved.signal);
  }
  let state = lifecycleOf(signal);
  for (const [command, at] of steps) {
    const result = applyTransition(state, command, actor, at);
    if (!result.ok) throw result.error;
    state = result.state;
  }
  return SignalSchema.parse(withLifecycle(signal, state));
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const bytes = (card: CardJson) => Buffer.byteLength(JSON.stringify(CardFactory.adaptiveCard(card)), 'utf8');
const topActions = (card: CardJson) => card.actions as Json[];
const verbs = (card: CardJson) => topActions(card).map((a) => a.verb);

/** Every text a person can see on the card (not the action data sent back to the bot). */
function visibleTexts(card: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'data') continue;
        if (typeof child === 'string' && ['text', 'title', 'value', 'label', 'placeholder', 'tooltip', 'fallbackText', 'errorMessage'].includes(key))
          found.push(child);
        else visit(child);
      }
    }
  };
  visit(card);
  return found;
}

/** Paths the test helper reports for `fallback` on actions: the parser consumes it but does not write it back. */
function fallbackPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => fallbackPaths(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const object = value as Json;
  const own = typeof object.type === 'string' && object.type.startsWith('Action.') && 'fallback' in object ? [`${path}.fallback`] : [];
  const nested = Object.entries(object)
    .filter(([key]) => key !== 'data' && key !== 'fallback')
    .flatMap(([key, child]) => fallbackPaths(child, path ? `${path}.${key}` : key));
  return [...own, ...nested];
}

/** Teams' limits, Microsoft's parser, and every button's Execute/Submit pair carrying only id, version and verb. */
function expectTeamsCard(card: CardJson, signal: Signal, cardVersion: number): void {
  expect(card.type).toBe('AdaptiveCard');
  expect(card.version).toBe(TEAMS.schemaVersion);
  const check = checkCard(card);
  expect(check.parseEvents).toEqual([]);
  expect(check.validationEvents).toEqual([]);
  // Only `fallback` on actions goes missing in the round trip: it is consumed as the fallback, not a property.
  expect(check.unknownProperties).toEqual(fallbackPaths(card));
  expect(topActions(card).length).toBeLessThanOrEqual(TEAMS.maxActions);
  expect(bytes(card)).toBeLessThan(TEAMS.maxBytes);

  const executes = objectsOfType(card, 'Action.Execute');
  // Only the copy a transferred signal left behind has no buttons.
  expect(executes.length > 0).toBe(signal.status !== 'transferred' || !card.actions || topActions(card).length > 0);
  for (const action of executes) {
    expect(SIGNAL_CARD_VERBS).toContain(action.verb);
    expect(action.data).toEqual({ signalId: signal.id, cardVersion });
    const fallback = action.fallback as Json;
    expect(fallback).toMatchObject({ type: 'Action.Submit', title: action.title });
    expect(fallback.data).toEqual({ verb: action.verb, signalId: signal.id, cardVersion });
    // Both ways a press can arrive read the same.
    const viaExecute = parseSignalCardAction({ action: { type: 'Action.Execute', verb: action.verb, data: action.data }, trigger: 'manual' });
    const viaSubmit = parseSignalCardAction(fallback.data);
    expect(viaExecute.success && viaSubmit.success).toBe(true);
    expect(viaExecute.data).toEqual(viaSubmit.data);
  }
  expect(objectsOfType(card, 'Action.Submit')).toHaveLength(executes.length);
}

/** What the shared card must never show, in either language. */
function forbiddenOnChannelCard(texts: Texts): string[] {
  const d = texts.intake.signalCard.details;
  return [
    ...Object.values(CANARY).map(String),
    'kanarie',
    ...HOUSEHOLD,
    ...HOUSEHOLD.map((role) => d.household[role]),
    ...NETWORK,
    ...NETWORK.map((role) => d.network[role]),
    ...CODES,
    'Wil niet naar huis',
    'Reluctant to go home',
    d.professions.leerkracht,
    d.labels.observation,
    d.labels.words,
  ];
}

// ---------------------------------------------------------------------------------------------------------------

describe('signalCard: the shared card in the intake channel', () => {
  const DEADLINE: Record<'nl' | 'en', Record<Urgency, string>> = {
    nl: { acute: 'ma 23 nov 2026 11:00', urgent: 'di 24 nov 2026 10:00', normal: 'do 26 nov 2026 10:00' },
    en: { acute: 'Mon 23 Nov 2026 11:00', urgent: 'Tue 24 Nov 2026 10:00', normal: 'Thu 26 Nov 2026 10:00' },
  };
  const STATUS: Record<'nl' | 'en', Record<LifecycleStatus, string>> = {
    nl: {
      new: 'nieuw, nog niet opgepakt',
      claimed: 'opgepakt door Eva de Vries, 23-11-2026 om 11:15',
      'waiting-for-signaller': 'wacht op antwoord van de melder; vraag gesteld door Eva de Vries, 23-11-2026 om 11:30',
      closed: 'afgesloten door Eva de Vries, 24-11-2026 om 09:00: anders',
      transferred: 'overgedragen aan Wijkteam Zuid, 23-11-2026 om 12:00',
      withdrawn: 'ingetrokken door de melder, 23-11-2026 om 12:00: Per ongeluk verstuurd',
    },
    en: {
      new: 'new, not yet taken up',
      claimed: 'taken up by Eva de Vries, Mon 23 Nov 2026 11:15',
      'waiting-for-signaller': "waiting for the signaller's answer; asked by Eva de Vries, Mon 23 Nov 2026 11:30",
      closed: 'closed by Eva de Vries, Tue 24 Nov 2026 09:00: other',
      transferred: 'transferred to Wijkteam Zuid, Mon 23 Nov 2026 12:00',
      withdrawn: 'withdrawn by the signaller, Mon 23 Nov 2026 12:00: Sent by mistake',
    },
  };
  const ACTIONS: Record<LifecycleStatus, string[]> = {
    new: ['signal.details', 'signal.claim', 'signal.transfer'],
    claimed: ['signal.details', 'signal.ask', 'signal.close', 'signal.unclaim', 'signal.takeOver', 'signal.transfer'],
    'waiting-for-signaller': ['signal.details', 'signal.close', 'signal.takeOver', 'signal.transfer'],
    closed: ['signal.details', 'signal.reopen'],
    transferred: [],
    withdrawn: ['signal.details', 'signal.acknowledge'],
  };
  /** The first three in view, the rest in the card's overflow menu. */
  const SECONDARY = ['signal.unclaim', 'signal.takeOver', 'signal.transfer'];
  const AFWEGING: Record<'nl' | 'en', Record<Urgency, string>> = {
    nl: { acute: 'melding Veilig Thuis geadviseerd, en hulp wijkteam', urgent: 'melding Veilig Thuis geadviseerd', normal: 'hulp via het wijkteam' },
    en: {
      acute: 'report to Veilig Thuis advised, and help from the wijkteam',
      urgent: 'report to Veilig Thuis advised',
      normal: 'help through the wijkteam',
    },
  };

  const cases = LANGS.flatMap(([lang, texts]) =>
    LIFECYCLE_STATUSES.flatMap((status) => URGENCIES.flatMap((urgency) => MODES.map((mode) => ({ lang, texts, status, urgency, mode })))),
  );

  test.each(cases)('$lang, $status, $urgency, $mode', ({ lang, texts, status, urgency, mode }) => {
    const signal = inStatus(makeSignal(mode, urgency), status);
    const card = signalCard(signal, texts, 7);
    expectTeamsCard(card, signal, 7);

    // Exactly these facts, in this order, with these values; the deadline while nobody has claimed it.
    const t = texts.intake.signalCard;
    const facts = objectsOfType(card, 'FactSet');
    expect(facts).toHaveLength(1);
    expect(facts[0]!.facts).toEqual([
      { title: t.facts.urgency, value: texts.urgency[urgency] },
      { title: t.facts.ageBand, value: t.ageBands['4-11'] },
      { title: t.facts.postcode, value: '1021' },
      ...(status === 'new' ? [{ title: t.facts.deadline, value: DEADLINE[lang][urgency] }] : []),
      { title: t.facts.afweging, value: AFWEGING[lang][urgency] },
      { title: t.facts.mode, value: mode === 'handover' ? t.modes.handover : t.modes.consultation },
      { title: t.facts.status, value: STATUS[lang][status] },
    ]);
    expect(visibleTexts(card)).toContain(t.title(REFERENCE, texts.urgency[urgency]));

    expect(verbs(card)).toEqual(ACTIONS[status]);
    for (const action of topActions(card)) expect(action.mode === 'secondary').toBe(SECONDARY.includes(String(action.verb)));

    // The shared card has nothing of the signal beyond those facts: no free text, roles, identity or close note.
    const json = JSON.stringify(card).toLowerCase();
    for (const secret of forbiddenOnChannelCard(texts)) expect(json).not.toContain(secret.toLowerCase());
    expect(visibleTexts(card).join('\n')).not.toContain(String(CANARY.birthYear));

    // Acute: the marker, and the attention style while the signal is open.
    const header = (card.body as Json[])[0]!;
    expect(visibleTexts(card).includes(t.acuteMarker)).toBe(urgency === 'acute');
    const style =
      status === 'closed' || status === 'transferred' || status === 'withdrawn'
        ? undefined
        : { acute: 'attention', urgent: 'warning', normal: undefined }[urgency];
    expect(header.style).toBe(style);
  });

  test('the title line carries the reference and urgency; an acute card says ACUUT above it', () => {
    const card = signalCard(makeSignal('consultation', 'acute'), nl, 0);
    const header = (card.body as Json[])[0]!;
    expect(header).toMatchObject({ type: 'Container', style: 'attention' });
    expect(visibleTexts(header)).toEqual(['ACUUT', 'Signaal WS-2026-000042 · acuut']);
    expect(card.fallbackText).toBe('Signaal WS-2026-000042 · acuut');
  });

  test('direct danger named makes the card acute even when the afweging said normal', () => {
    const signal = makeSignal('consultation', 'normal', { acute: true });
    const card = signalCard(signal, nl, 0);
    expect(visibleTexts(card)).toContain('ACUUT');
    expect(objectsOfType(card, 'FactSet')[0]!.facts).toContainEqual({ title: 'Uiterlijk oppakken', value: 'ma 23 nov 2026 11:00' });
  });

  test.each([
    ['the stored time, in Amsterdam', 'nl', undefined, '2026-11-26T09:00:00.000Z', 'do 26 nov 2026 10:00'],
    ['in English', 'en', undefined, '2026-11-26T09:00:00.000Z', 'Thu 26 Nov 2026 10:00'],
    ['summer time', 'nl', undefined, '2026-03-30T06:30:00.000Z', 'ma 30 mrt 2026 08:30'],
    ['marked once the overdue check found it unclaimed', 'nl', '2026-11-26T09:00:30.000Z', '2026-11-26T09:00:00.000Z', 'do 26 nov 2026 10:00 (te laat)'],
    ['marked in English', 'en', '2026-11-26T09:00:30.000Z', '2026-11-26T09:00:00.000Z', 'Thu 26 Nov 2026 10:00 (overdue)'],
  ] as const)('deadline: %s', (_name, lang, overdueAt, claimDueAt, shown) => {
    const texts = lang === 'nl' ? nl : en;
    const signal = SignalSchema.parse({ ...makeSignal('consultation', 'normal', { claimDueAt }), ...(overdueAt ? { overdueAt } : {}) });
    const card = signalCard(signal, texts, 0);
    expect(objectsOfType(card, 'FactSet')[0]!.facts).toContainEqual({ title: texts.intake.signalCard.facts.deadline, value: shown });
    expect(visibleTexts(card).includes(texts.intake.work.overdueMark)).toBe(overdueAt !== undefined);
  });

  test('an overdue mark is gone once someone claims it', () => {
    const signal = inStatus(SignalSchema.parse({ ...makeSignal('consultation', 'normal'), overdueAt: '2026-11-26T09:00:30.000Z' }), 'claimed');
    expect(visibleTexts(signalCard(signal, nl, 1)).join('\n')).not.toMatch(/te laat/i);
  });

  test('the phase, once set, is on the card', () => {
    const signal = SignalSchema.parse({ ...inStatus(makeSignal('consultation', 'normal'), 'claimed'), phase: 'stabiele-veiligheid' });
    expect(objectsOfType(signalCard(signal, nl, 1), 'FactSet')[0]!.facts).toContainEqual({ title: 'Fase', value: 'stabiele veiligheid' });
  });

  describe('a signaller who does not want to be contacted', () => {
    const signal = inStatus(makeSignal('consultation', 'normal', { willingToBeContacted: false }), 'claimed');

    test.each(LANGS)('%s: no ask button; a disabled button says why', (_lang, texts) => {
      const card = signalCard(signal, texts, 3);
      expectTeamsCard(card, signal, 3);
      expect(verbs(card)).toEqual(['signal.details', 'signal.noContact', 'signal.close', 'signal.unclaim', 'signal.takeOver', 'signal.transfer']);
      expect(JSON.stringify(card)).not.toContain('signal.ask');
      const noContact = topActions(card)[1]!;
      expect(noContact).toMatchObject({
        title: texts.intake.signalCard.actions.noContact,
        isEnabled: false,
        tooltip: texts.intake.signalCard.actions.noContactTooltip,
      });
      expect((noContact.fallback as Json).isEnabled).toBe(false);
    });

    test('the Dutch button reads as the reason', () => {
      expect(topActions(signalCard(signal, nl, 3))[1]!.title).toBe('Vragen niet mogelijk: melder wil niet benaderd worden');
    });

    test('the ask form is not offered either: only the explanation and a way back', () => {
      const card = askCard(signal, nl, 3);
      expectTeamsCard(card, signal, 3);
      expect(objectsOfType(card, 'Input.Text')).toHaveLength(0);
      expect(verbs(card)).toEqual(['signal.cancel']);
      expect(visibleTexts(card)).toContain(nl.intake.signalCard.ask.noContact);
    });

    test('before anyone claims it there is no ask button at all', () => {
      const fresh = makeSignal('consultation', 'normal', { willingToBeContacted: false });
      expect(verbs(signalCard(fresh, nl, 0))).toEqual(['signal.details', 'signal.claim', 'signal.transfer']);
    });
  });

  test('reopened: claimed again by whoever reopened it, with ask and close', () => {
    const closed = inStatus(makeSignal('consultation', 'urgent'), 'closed');
    const reopened = inStatus(closed, 'claimed', [[{ verb: 'reopen' }, '2026-11-25T13:05:00.000Z']], BRAM);
    const card = signalCard(reopened, nl, 9);
    expectTeamsCard(card, reopened, 9);
    expect(verbs(card)).toEqual(['signal.details', 'signal.ask', 'signal.close', 'signal.unclaim', 'signal.takeOver', 'signal.transfer']);
    expect(objectsOfType(card, 'FactSet')[0]!.facts).toContainEqual({ title: 'Status', value: 'opgepakt door Bram Bakker, 25-11-2026 om 14:05' });
    expect(JSON.stringify(card)).not.toContain(CANARY.closeNote);
  });

  test('each close outcome shows in the status; the note never does', () => {
    for (const outcome of CLOSE_OUTCOMES) {
      const note = outcome === 'other' ? CANARY.closeNote : undefined;
      const signal = inStatus(makeSignal('consultation', 'normal'), 'closed', [
        CLAIM,
        [{ verb: 'close', outcome, ...(note ? { note } : {}) }, '2026-11-24T08:00:00.000Z'],
      ]);
      const card = signalCard(signal, nl, 2);
      const status = (objectsOfType(card, 'FactSet')[0]!.facts as Json[]).at(-1)!;
      expect(status.value).toBe(`afgesloten door Eva de Vries, 24-11-2026 om 09:00: ${nl.intake.signalCard.closeOutcomes[outcome]}`);
      expect(JSON.stringify(card)).not.toContain(CANARY.closeNote);
    }
  });

  test('a consultation that was meant as a hand-over says consent was missing', () => {
    const base = makeSignal('consultation', 'normal');
    const signal = SignalSchema.parse({ ...base, consent: { ...base.consent, handoverRefused: true } });
    expect(objectsOfType(signalCard(signal, nl, 0), 'FactSet')[0]!.facts).toContainEqual({
      title: 'Vorm',
      value: 'anoniem overleg (toestemming voor overdracht ontbrak)',
    });
  });

  test('every age band has a label', () => {
    for (const band of AGE_BANDS) {
      const base = makeSignal('consultation', 'normal');
      const signal = SignalSchema.parse({ ...base, child: { ...base.child, ageBand: band }, observations: { ...base.observations, codes: [] } });
      const facts = objectsOfType(signalCard(signal, nl, 0), 'FactSet')[0]!.facts as Json[];
      expect(facts[1]).toEqual({ title: 'Leeftijd', value: nl.intake.signalCard.ageBands[band] });
    }
  });

  test('a card version must be a whole number, 0 or more', () => {
    const signal = makeSignal('consultation', 'normal');
    expect(() => signalCard(signal, nl, -1)).toThrow(RangeError);
    expect(() => signalCard(signal, nl, 1.5)).toThrow(RangeError);
    expect(() => closeCard(signal, nl, Number.NaN)).toThrow(RangeError);
  });
});

describe('the Action.Submit fallback', () => {
  /** What a client that knows schema 1.3 (no Action.Execute) makes of the card, by Microsoft's parser. */
  function parsedAs13(card: CardJson): AdaptiveCards.AdaptiveCard {
    const parsed = new AC.AdaptiveCard();
    parsed.parse(card, new AC.SerializationContext(AC.Versions.v1_3));
    return parsed;
  }

  test('a client without Action.Execute gets Action.Submit buttons with the verb in their data', () => {
    const signal = inStatus(makeSignal('handover', 'acute'), 'claimed');
    const card = signalCard(signal, nl, 4);
    const parsed = parsedAs13(card);
    const buttons = Array.from({ length: parsed.getActionCount() }, (_, i) => parsed.getActionAt(i)!);
    const all = ['signal.details', 'signal.ask', 'signal.close', 'signal.unclaim', 'signal.takeOver', 'signal.transfer'];
    expect(buttons.map((b) => b.getJsonTypeName())).toEqual(all.map(() => 'Action.Submit'));
    expect(buttons.map((b) => (b as AdaptiveCards.SubmitAction).data)).toEqual(all.map((verb) => ({ verb, signalId: signal.id, cardVersion: 4 })));
    expect(buttons.map((b) => b.title)).toEqual(['Details', 'Vraag aan melder', 'Afsluiten', 'Teruggeven', 'Overnemen', 'Overdragen']);
  });

  test('a 1.5 client keeps Action.Execute, with only id and version as data', () => {
    const signal = makeSignal('consultation', 'normal');
    const parsed = new AC.AdaptiveCard();
    parsed.parse(signalCard(signal, nl, 0), new AC.SerializationContext(AC.Versions.v1_5));
    const execute = parsed.getActionAt(1) as AdaptiveCards.ExecuteAction;
    expect(execute.getJsonTypeName()).toBe('Action.Execute');
    expect(execute.verb).toBe('signal.claim');
    expect(execute.data).toEqual({ signalId: signal.id, cardVersion: 0 });
  });

  test('the forms fall back too, and cancel sends no inputs', () => {
    const signal = inStatus(makeSignal('consultation', 'normal'), 'claimed');
    for (const card of [closeCard(signal, nl, 5), askCard(signal, nl, 5)]) {
      const parsed = parsedAs13(card);
      expect(parsed.getActionCount()).toBe(2);
      expect(parsed.getActionAt(0)!.getJsonTypeName()).toBe('Action.Submit');
      const cancel = parsed.getActionAt(1) as AdaptiveCards.SubmitAction;
      expect(cancel.data).toEqual({ verb: 'signal.cancel', signalId: signal.id, cardVersion: 5 });
      expect(cancel.associatedInputs).toBe('none');
    }
  });
});

describe('signalDetailsCard: the whole signal, for the presser only', () => {
  const cases = LANGS.flatMap(([lang, texts]) => MODES.flatMap((mode) => LIFECYCLE_STATUSES.map((status) => ({ lang, texts, mode, status }))));

  test.each(cases)('$lang, $mode, $status', ({ texts, mode, status }) => {
    const signal = inStatus(makeSignal(mode, 'urgent'), status);
    const card = signalDetailsCard(signal, texts, 6);
    expectTeamsCard(card, signal, 6);
    expect(verbs(card)).toEqual(['signal.phase', 'signal.copy', 'signal.cancel']);

    const d = texts.intake.signalCard.details;
    const shown = visibleTexts(card).join('\n');
    expect(shown).toContain(d.onlyYou);
    expect(shown).toContain(d.title(REFERENCE));
    for (const text of [CANARY.organisation, CANARY.observation, CANARY.when, CANARY.words]) expect(shown).toContain(text);
    for (const role of HOUSEHOLD) expect(shown).toContain(d.household[role]);
    for (const role of NETWORK) expect(shown).toContain(d.network[role]);
    // Roomy layout: one line per ticked signal.
    for (const code of CODES) expect(shown).toContain(`• ${checklistLabel(code, texts.intake.signalCard.language)}`);
    expect(shown).toContain(d.professions.leerkracht);
    expect(shown).toContain(texts.intake.signalCard.afweging['report-veilig-thuis']);
    expect(shown).toContain(texts.urgency.urgent);
    for (const text of [CANARY.childName, CANARY.parentsContact, `${CANARY.pc6} ${CANARY.houseNumber}`, String(CANARY.birthYear)]) {
      if (mode === 'handover') expect(shown).toContain(text);
      else expect(shown).not.toContain(text);
    }
    if (status === 'closed') expect(shown).toContain(CANARY.closeNote);
    else expect(shown).not.toContain(CANARY.closeNote);
  });

  test('Dutch labels in plain words, e.g. the follow-up date and consent', () => {
    const card = signalDetailsCard(makeSignal('handover', 'normal'), nl);
    const facts = objectsOfType(card, 'FactSet').flatMap((f) => f.facts as Json[]);
    expect(facts).toEqual(
      expect.arrayContaining([
        { title: 'Vervolgvraag (vraag 5) rond', value: 'ma 4 jan 2027' },
        { title: 'Toestemming ouders', value: 'gegeven' },
        { title: 'Toestemming kind', value: 'niet nodig' },
        { title: 'Mag benaderd worden', value: 'ja' },
        { title: 'Gesproken met', value: 'de ouders' },
        { title: 'Bron', value: 'zelf gezien of gehoord' },
        { title: 'Gezin', value: 'stiefouder of partner van een ouder; andere volwassene' },
        { title: 'Wijkteam', value: 'Wijkteam Noord' },
      ]),
    );
    // Without a card version there is no button back.
    expect(card.actions).toEqual([]);
  });

  test('typed text stays plain text: markdown is not interpreted, control characters are dropped', () => {
    const base = makeSignal('consultation', 'normal');
    const text = '**vet** en [een link](https://example.invalid)\u0007\nTweede regel';
    const signal = SignalSchema.parse({ ...base, observations: { ...base.observations, text } });
    const card = signalDetailsCard(signal, nl, 0);
    const runs = objectsOfType(card, 'TextRun').map((r) => r.text);
    expect(runs).toContain('**vet** en [een link](https://example.invalid)');
    expect(runs).toContain('Tweede regel');
    expect(objectsOfType(card, 'TextBlock').map((b) => b.text)).not.toContain(expect.stringContaining('**vet**'));
    expect(JSON.stringify(card)).not.toContain('\\u0007');
  });

  /** `max` UTF-16 units of `unit`, with `lines` line breaks spread through it. */
  const long = (max: number, unit: string, lines = 1) => {
    const chars = unit
      .repeat(Math.ceil(max / unit.length))
      .slice(0, max - (lines - 1))
      .split('');
    for (let i = 1; i < lines; i++) chars.splice(Math.floor((i * chars.length) / lines), 0, '\n');
    return chars.join('');
  };

  test.each([
    ['3-byte characters', '€', true],
    ['characters JSON doubles', '"\\', false],
    ['lone surrogates (6-byte escapes, replaced by a 3-byte character)', '\uD800', true],
    ['control characters (6-byte escapes, dropped)', '§\u0001', false],
  ])('stays under 28 KB with every text at its maximum length: %s, with line breaks', (_name, unit, compacted) => {
    const name = long(200, unit);
    const base = makeSignal('handover', 'acute');
    const allCodes = [...checklistFor('12-17').flatMap((group) => group.items.map((item) => item.code))];
    const maximal = SignalSchema.parse({
      ...base,
      route: 'kindcheck',
      signaller: { ...base.signaller, organisation: long(TEXT_LIMITS.organisation, unit) },
      child: {
        ...base.child,
        ageBand: '12-17',
        sixteenOrOlder: true,
        household: ['moeder', 'vader', 'stiefouder', 'broers-zussen', 'grootouder', 'andere-volwassene'],
      },
      observations: {
        codes: allCodes,
        kindcheckReasons: KINDCHECK_ITEMS.map((item) => item.code),
        text: long(TEXT_LIMITS.observation, unit, 40),
        when: long(TEXT_LIMITS.when, unit),
        source: 'told',
        disclosure: { told: true, words: long(TEXT_LIMITS.childWords, unit, 15) },
      },
      steps: { colleagueConsulted: false, veiligThuisAdvice: false, talkedWith: 'not-yet', notTalkedReason: 'unsafe-others' },
      afweging: { ...base.afweging, reasons: ['acute-danger', 'acute-unsafety', 'disclosure', 'unsure-about-safety', 'help-acceptance-unknown'] },
      consent: { needed: { parents: true, child: true }, parents: true, child: true, parentsInformed: false, handoverRefused: false },
      identity: {
        childName: long(TEXT_LIMITS.childName, unit),
        birthYear: 2010,
        pc6: '9999ZZ',
        houseNumber: '99999-ABCD',
        parentsContact: long(TEXT_LIMITS.parentsContact, unit),
      },
      network: {
        protectiveRoles: ['grootouder', 'familielid', 'buren', 'sportcoach', 'leerkracht-mentor', 'vrienden-gezin', 'geloofsgemeenschap', 'onbekend'],
      },
      phase: 'directe-veiligheid',
    });
    const closed = inStatus(
      maximal,
      'closed',
      [CLAIM, [{ verb: 'close', outcome: 'other', note: long(CLOSE_NOTE_MAX, unit, 10) }, '2026-11-24T08:00:00.000Z']],
      {
        aadObjectId: 'a'.repeat(100),
        name,
      },
    );
    const typed = [
      closed.signaller.organisation,
      closed.observations.text,
      closed.observations.when,
      closed.observations.disclosure.words ?? '',
      closed.mode === 'handover' ? closed.identity.childName + closed.identity.parentsContact : '',
      closed.lifecycle?.closeNote ?? '',
      // Who: on the status line and on each line of the history.
      name.repeat(1 + (closed.lifecycle?.history.length ?? 0)),
    ].join('');
    for (const [, texts] of LANGS) {
      const card = signalDetailsCard(closed, texts, 2 ** 31);
      expectTeamsCard(card, closed, 2 ** 31);
      expect(byteSize(card)).toBeLessThanOrEqual(CARD_BYTE_BUDGET);
      // Laid out roomily unless that would not fit: then the lists and paragraphs run on.
      expect(objectsOfType(card, 'TextBlock').some((b) => String(b.text).startsWith('• '))).toBe(!compacted);
      // No six-byte escapes left: control characters dropped, lone surrogates replaced.
      expect(JSON.stringify(card)).not.toMatch(/\\u[0-9a-fA-F]{4}/);
      // All of it is there: every checklist label, every kindcheck reason, every typed character.
      const shown = visibleTexts(card).join('\n');
      for (const item of [...checklistFor('12-17').flatMap((g) => g.items), ...KINDCHECK_ITEMS])
        expect(shown).toContain(checklistLabel(item.code, texts.intake.signalCard.language));
      const count = (text: string, char: string) => text.split(char).length - 1;
      const char = unit === '\uD800' ? '\uFFFD' : unit[0]!;
      expect(count(shown, char)).toBe(count(typed.replace(/\uD800/g, '\uFFFD'), char));
    }
    // The shared card of the same signal stays small.
    expect(bytes(signalCard(closed, nl, 2 ** 31))).toBeLessThan(4 * 1024);
  });
});

describe('the signaller’s own words on the cards', () => {
  const inDoubt = (signal: Signal): Signal =>
    SignalSchema.parse({
      ...signal,
      afweging: { ...signal.afweging, answers: { ...signal.afweging.answers, suspicion: 'doubt' }, reasons: ['suspicion-doubt'] },
    });

  test.each(LANGS)('%s: "Ik twijfel" at question 1 is doubt in Details and on the channel card, never a yes', (_lang, texts) => {
    const signal = inDoubt(makeSignal('consultation', 'normal'));
    const details = visibleTexts(signalDetailsCard(signal, texts, 0)).join('\n');
    const d = texts.intake.signalCard.details;
    expect(details).toContain(`${d.labels.suspicion}\n${d.suspicion.doubt}`);
    expect(details).toContain(d.reasons['suspicion-doubt']);
    const card = visibleTexts(signalCard(signal, texts, 0)).join('\n');
    expect(card).toContain(texts.intake.signalCard.afwegingInDoubt(texts.intake.signalCard.afweging[signal.afweging.outcome]));
    // A suspicion answered yes carries no doubt.
    expect(visibleTexts(signalCard(makeSignal('consultation', 'normal'), texts, 0)).join('\n')).not.toContain(texts.intake.signalCard.afwegingInDoubt(''));
  });

  test('a colleague question never asked is shown as derived from the aandachtsfunctionaris, and says so', () => {
    const base = makeSignal('consultation', 'normal');
    const viaAf = SignalSchema.parse({ ...base, signaller: { ...base.signaller, consultedAandachtsfunctionaris: true } });
    expect(visibleTexts(signalDetailsCard(viaAf, nl, 0)).join('\n')).toContain(
      `Overlegd met collega\n${nl.intake.signalCard.details.values.viaAandachtsfunctionaris}`,
    );
    const asked = SignalSchema.parse({
      ...base,
      signaller: { ...base.signaller, consultedAandachtsfunctionaris: false },
      steps: { ...base.steps, colleagueConsulted: true },
    });
    expect(visibleTexts(signalDetailsCard(asked, nl, 0)).join('\n')).toContain('Overlegd met collega\nja');
  });
});

describe('signalDetailsCard: intake’s questions and the signaller’s answers', () => {
  const ANNA: Actor = { aadObjectId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', name: 'Anna Intake' };
  const question = (n: number, text: string, answer?: string) => ({
    id: `q_${String(n).padStart(12, '0')}`,
    askedBy: ANNA,
    askedAt: '2026-11-24T09:00:00.000Z',
    text,
    ...(answer === undefined ? {} : { answer: { text: answer, at: '2026-11-24T10:00:00.000Z' } }),
  });

  test.each(LANGS)('%s: every question with who asked it, and its answer or that none came yet', (_lang, texts) => {
    const signal = SignalSchema.parse({
      ...makeSignal('consultation', 'normal'),
      questions: [question(1, 'Eerste vraag', 'Eerste antwoord'), question(2, 'Tweede vraag')],
    });
    const card = signalDetailsCard(signal, texts, 3);
    expectTeamsCard(card, signal, 3);
    const shown = visibleTexts(card).join('\n');
    expect(shown).toContain(texts.intake.signalCard.details.sections.questions);
    for (const text of ['Eerste vraag', 'Eerste antwoord', 'Tweede vraag', 'Anna Intake', texts.intake.signalCard.details.labels.noAnswerYet])
      expect(shown).toContain(text);
  });

  test('a signal without questions has no questions section', () => {
    const shown = visibleTexts(signalDetailsCard(makeSignal('consultation', 'normal'), nl, 3)).join('\n');
    expect(shown).not.toContain(nl.intake.signalCard.details.sections.questions);
  });

  test('many long questions: the oldest give way, the card says so, the newest stays, and it fits Teams', () => {
    const full = '€'.repeat(SIGNAL_QUESTION_MAX - 8);
    const questions = Array.from({ length: 12 }, (_, i) =>
      question(i + 1, `VRAAG-${String(i + 1).padStart(2, '0')}${full}`, `ANTW-${String(i + 1).padStart(2, '0')}${full}`),
    );
    const signal = SignalSchema.parse({ ...makeSignal('handover', 'normal'), questions });
    const card = signalDetailsCard(signal, nl, 3);
    expect(byteSize(card)).toBeLessThanOrEqual(CARD_BYTE_BUDGET);
    const shown = visibleTexts(card).join('\n');
    expect(shown).toContain('VRAAG-12');
    expect(shown).toContain('ANTW-12');
    expect(shown).not.toContain('VRAAG-01');
    expect(shown).toMatch(/De \d+ oudste vragen passen niet meer op deze kaart\./);
  });
});

describe('closeCard and askCard: the forms', () => {
  const signal = inStatus(makeSignal('consultation', 'normal'), 'claimed');

  test.each(LANGS)('%s: close with one of four outcomes and a note', (_lang, texts) => {
    const card = closeCard(signal, texts, 8);
    expectTeamsCard(card, signal, 8);
    const [choice] = objectsOfType(card, 'Input.ChoiceSet');
    expect(choice).toMatchObject({ id: 'outcome', isRequired: true, style: 'expanded' });
    expect((choice!.choices as Json[]).map((c) => c.value)).toEqual([...CLOSE_OUTCOMES]);
    expect((choice!.choices as Json[]).map((c) => c.title)).toEqual(CLOSE_OUTCOMES.map((o) => texts.intake.signalCard.closeOutcomes[o]));
    expect(objectsOfType(card, 'Input.Text')).toEqual([expect.objectContaining({ id: 'note', maxLength: 500, isMultiline: true })]);
    expect(verbs(card)).toEqual(['signal.closeConfirm', 'signal.cancel']);
    expect(topActions(card)[1]!.associatedInputs).toBe('none');
    expect(visibleTexts(card)).toContain(texts.intake.signalCard.close.title(REFERENCE));
  });

  test('the Dutch outcomes', () => {
    const choices = objectsOfType(closeCard(signal, nl, 0), 'Input.ChoiceSet')[0]!.choices as Json[];
    expect(choices.map((c) => c.title)).toEqual(['hulp gestart door het wijkteam', 'overgedragen aan Veilig Thuis', 'geen zorgen na contact', 'anders']);
  });

  test.each(LANGS)('%s: ask with one question of at most 1000 characters', (_lang, texts) => {
    const card = askCard(signal, texts, 8);
    expectTeamsCard(card, signal, 8);
    expect(objectsOfType(card, 'Input.Text')).toEqual([
      expect.objectContaining({ id: 'question', maxLength: SIGNAL_QUESTION_MAX, isMultiline: true, isRequired: true }),
    ]);
    expect(verbs(card)).toEqual(['signal.askSend', 'signal.cancel']);
    expect(topActions(card)[1]!.associatedInputs).toBe('none');
  });

  test('neither form shows anything of the signal but its reference', () => {
    for (const card of [closeCard(signal, nl, 0), askCard(signal, nl, 0)]) {
      const json = JSON.stringify(card).toLowerCase();
      for (const secret of forbiddenOnChannelCard(nl)) expect(json).not.toContain(secret.toLowerCase());
    }
  });
});

describe('SignalCardActionSchema', () => {
  const id = makeSignal('consultation', 'normal').id;

  test('every verb a card sends is a known verb, every known verb is on some card, and each parses', () => {
    const cards = LIFECYCLE_STATUSES.flatMap((status) =>
      [true, false].flatMap((willingToBeContacted) => {
        const signal = inStatus(makeSignal('consultation', 'normal', { willingToBeContacted }), status);
        return [
          signalCard(signal, nl, 0),
          signalDetailsCard(signal, nl, 0),
          closeCard(signal, nl, 0),
          askCard(signal, nl, 0),
          takeOverCard(signal, nl, 0),
          transferCard(signal, nl, 0, [
            { id: 'noord', name: 'Wijkteam Noord' },
            { id: 'zuid', name: 'Wijkteam Zuid' },
          ]),
          phaseCard(signal, nl, 0),
          registrationCard(signal, nl, 0),
        ];
      }),
    );
    const sent = [...new Set(cards.flatMap(verbs))];
    expect(sent.sort()).toEqual([...SIGNAL_CARD_VERBS].sort());
    for (const verb of SIGNAL_CARD_VERBS) expect(SignalCardActionSchema.safeParse({ verb, signalId: id, cardVersion: 0 }).success).toBe(true);
  });

  test('form fields come along, trimmed and capped', () => {
    expect(SignalCardActionSchema.parse({ verb: 'signal.closeConfirm', signalId: id, cardVersion: 3, outcome: 'other', note: '  kort  ' })).toEqual({
      verb: 'signal.closeConfirm',
      signalId: id,
      cardVersion: 3,
      outcome: 'other',
      note: 'kort',
    });
    expect(SignalCardActionSchema.safeParse({ verb: 'signal.closeConfirm', signalId: id, cardVersion: 3, note: 'x'.repeat(CLOSE_NOTE_MAX + 1) }).success).toBe(
      false,
    );
    expect(SignalCardActionSchema.safeParse({ verb: 'signal.askSend', signalId: id, cardVersion: 3, question: 'x'.repeat(SIGNAL_QUESTION_MAX) }).success).toBe(
      true,
    );
    expect(
      SignalCardActionSchema.safeParse({ verb: 'signal.askSend', signalId: id, cardVersion: 3, question: 'x'.repeat(SIGNAL_QUESTION_MAX + 1) }).success,
    ).toBe(false);
  });

  test.each([
    ['an unknown verb', { verb: 'signal.delete', signalId: id, cardVersion: 0 }],
    ['a lifecycle verb without prefix', { verb: 'claim', signalId: id, cardVersion: 0 }],
    ['a malformed id', { verb: 'signal.claim', signalId: 'sig_ABC', cardVersion: 0 }],
    ['a negative version', { verb: 'signal.claim', signalId: id, cardVersion: -1 }],
    ['a fractional version', { verb: 'signal.claim', signalId: id, cardVersion: 1.5 }],
    ['a version as text', { verb: 'signal.claim', signalId: id, cardVersion: '1' }],
    ['anything else', { verb: 'signal.claim', signalId: id, cardVersion: 0, observation: 'x' }],
    ['nothing', undefined],
  ])('refuses %s', (_name, value) => {
    expect(SignalCardActionSchema.safeParse(value).success).toBe(false);
    expect(parseSignalCardAction(value).success).toBe(false);
  });

  test('an invoke takes its verb from the action, not from the data', () => {
    const parsed = parseSignalCardAction({
      action: { type: 'Action.Execute', verb: 'signal.details', data: { verb: 'signal.reopen', signalId: id, cardVersion: 1 } },
    });
    expect(parsed.success && parsed.data.verb).toBe('signal.details');
  });

  test('an invoke with the form inputs merged into its data', () => {
    const parsed = parseSignalCardAction({
      action: { type: 'Action.Execute', verb: 'signal.askSend', data: { signalId: id, cardVersion: 1, question: 'Sinds wanneer?' } },
    });
    expect(parsed.success && parsed.data).toEqual({ verb: 'signal.askSend', signalId: id, cardVersion: 1, question: 'Sinds wanneer?' });
  });
});

describe('the signalCard texts', () => {
  /** The shape of a texts section: keys, and whether each leaf is text or a function. */
  function shape(value: unknown): unknown {
    if (typeof value === 'function') return 'function';
    if (typeof value === 'string') return 'string';
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
    return typeof value;
  }
  function leaves(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return [String((value as (...args: string[]) => string)('A', 'B', 'C'))];
    if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(leaves);
    return [];
  }

  test('Dutch and English have the same keys, and no empty text', () => {
    expect(shape(en.intake.signalCard)).toEqual(shape(nl.intake.signalCard));
    for (const texts of [nl, en]) for (const text of leaves(texts.intake.signalCard)) expect(text.trim()).not.toBe('');
  });

  test('each language names itself, so dates and checklist labels follow it', () => {
    expect([nl.intake.signalCard.language, en.intake.signalCard.language]).toEqual(['nl', 'en']);
  });
});
