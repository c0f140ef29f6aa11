import { z } from 'zod';
import type { Texts } from '../../texts';
import {
  CLOSE_NOTE_MAX,
  CLOSE_OUTCOMES,
  SIGNAL_QUESTION_MAX,
  checklistItem,
  formatMoment,
  lifecycleOf,
  type Actor,
  type Signal,
  type Urgency,
} from '../../domain';

/**
 * The cards a signal gets in its wijkteam's intake channel. Pure: each function returns the Adaptive Card's JSON
 * (schema 1.5) as a plain object; the caller wraps it (CardFactory.adaptiveCard) and posts, updates or returns it.
 *
 * - {@link signalCard}: the shared card everyone in the channel sees. Deliberately thin: reference, urgency, age band,
 *   PC4, the claim deadline, the afweging's outcome, form/consent and status. Never the observation, the signaller's
 *   organisation, the child's words, household or network roles, or a hand-over's identity fields.
 * - {@link signalDetailsCard}: the whole signal, as the invoke response to "Details", so only the presser sees it.
 * - {@link closeCard} and {@link askCard}: the forms behind "Afsluiten" and "Vraag aan melder", also per user.
 *
 * Every button is an Action.Execute whose data is only the signal id and the card version (the verb names the
 * action); its `fallback` is an Action.Submit with the same title and `{ verb, signalId, cardVersion }` as data, for
 * Teams clients without Universal Actions. `fallback` on an action is part of the schema since 1.2 and is Microsoft's
 * documented way to pair Action.Execute with Action.Submit; Microsoft's JS parser accepts it (no parse event) and
 * uses it when Action.Execute is unknown, but does not serialise it back.
 */

export type CardJson = Record<string, unknown>;

export const SIGNAL_CARD_SCHEMA_VERSION = '1.5';
/**
 * Teams takes messages (and invoke responses) up to about 28 KB, envelope included; a card's JSON stays under this,
 * leaving 4 KB for the rest. Only the details card can come near it, with every typed text at its maximum length.
 */
export const CARD_BYTE_BUDGET = 24 * 1024;
/** The longest question an intake worker can send the signaller from {@link askCard}; the signal record's limit. */
export { SIGNAL_QUESTION_MAX };

export const SIGNAL_CARD_VERBS = [
  'signal.details',
  'signal.claim',
  'signal.ask',
  /** The (disabled) button shown instead of "ask" when the signaller does not want to be contacted. */
  'signal.noContact',
  'signal.close',
  'signal.reopen',
  'signal.closeConfirm',
  'signal.askSend',
  'signal.cancel',
] as const;
export const SignalCardVerbSchema = z.enum(SIGNAL_CARD_VERBS);
export type SignalCardVerb = z.infer<typeof SignalCardVerbSchema>;

/**
 * What comes back from a card: the verb, the signal id and the card version the presser saw, plus the form fields of
 * the close and ask cards (`outcome` and `note` from {@link closeCard}, `question` from {@link askCard}). Strict:
 * anything else is refused. The outcome is checked against the close outcomes by the lifecycle command, so an empty
 * choice gets the lifecycle's own message.
 */
export const SignalCardActionSchema = z.strictObject({
  verb: SignalCardVerbSchema,
  signalId: z.string().regex(/^sig_[a-z0-9]{20}$/),
  cardVersion: z.number().int().min(0),
  outcome: z.string().trim().max(40).optional(),
  note: z.string().trim().max(CLOSE_NOTE_MAX).optional(),
  question: z.string().trim().max(SIGNAL_QUESTION_MAX).optional(),
});
export type SignalCardAction = z.infer<typeof SignalCardActionSchema>;

/**
 * Reads either shape a press arrives in: the `adaptiveCard/action` invoke's value (`{ action: { type:
 * 'Action.Execute', verb, data } }`, where the verb is the action's, never one smuggled into `data`) or an
 * Action.Submit fallback's message value (`{ verb, signalId, cardVersion, ... }`).
 */
export function parseSignalCardAction(value: unknown) {
  const action = isObject(value) && isObject(value.action) && value.action.type === 'Action.Execute' ? value.action : undefined;
  const candidate = action ? { ...(isObject(action.data) ? action.data : {}), verb: action.verb } : value;
  return SignalCardActionSchema.safeParse(candidate);
}

/** What the channel card needs of the team: the claim deadline per urgency (see the routing file). */
export interface SignalCardTeam {
  readonly name: string;
  readonly claimDeadlineHours: Readonly<Record<Urgency, number>>;
}

/** A signal is treated as acute when direct danger was named, even if the afweging said otherwise. */
export function effectiveUrgency(signal: Signal): Urgency {
  return signal.acute ? 'acute' : signal.afweging.urgency;
}

/** When a team member should have claimed the signal: sent + the team's hours for its urgency (an ISO instant). */
export function claimDeadline(signal: Signal, team: SignalCardTeam): string {
  const hours = team.claimDeadlineHours[effectiveUrgency(signal)];
  return new Date(Date.parse(signal.createdAt) + hours * 3_600_000).toISOString();
}

const momentFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, locale: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = cache.get(locale);
  if (!format) cache.set(locale, (format = make()));
  return format;
}

/** Parts without the trailing dots some ICU versions put after abbreviations ("nov." / "Thu."). */
function partsOf(format: Intl.DateTimeFormat, ms: number): Record<string, string> {
  return Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value.replace(/\.$/, '')]));
}

/**
 * "do 26 nov 2026 10:00" (nl-NL) or "Thu 26 Nov 2026 10:00" (en-GB): Europe/Amsterdam local time, built from parts
 * so the text does not depend on the ICU version's punctuation.
 */
export function formatCardMoment(iso: string, locale: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const format = cached(momentFormats, locale, () =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'Europe/Amsterdam',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  );
  const p = partsOf(format, ms);
  return `${p.weekday} ${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute}`;
}

/** A calendar date ("2027-01-04") as "ma 4 jan 2027". */
function formatCardDate(date: string, locale: string): string {
  const ms = Date.parse(`${date}T12:00:00Z`);
  if (Number.isNaN(ms)) return date;
  const format = cached(dateFormats, locale, () =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
  );
  const p = partsOf(format, ms);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** Who and when on the status line: Dutch as the lifecycle's own messages say it ("23-11-2026 om 10:00"). */
function moment(iso: string | undefined, texts: Texts): string {
  if (iso === undefined) return '';
  return texts.signalCard.language === 'nl' ? formatMoment(iso) : formatCardMoment(iso, texts.signalCard.dateLocale);
}

/** The status with who and when, e.g. "opgepakt door Eva de Vries, 23-11-2026 om 10:15". */
export function statusText(signal: Signal, texts: Texts): string {
  const t = texts.signalCard;
  const state = lifecycleOf(signal);
  const who = (actor: Actor | undefined) => (actor ? clean(actor.name) : t.someone);
  switch (state.status) {
    case 'new':
      return t.status.new;
    case 'claimed':
      return t.status.claimed(who(state.claimedBy), moment(state.claimedAt, texts));
    case 'waiting-for-signaller': {
      const asked = [...state.history].reverse().find((event) => event.verb === 'ask' && event.to === 'waiting-for-signaller');
      return t.status.waiting(who(asked?.actor ?? state.claimedBy), moment(asked?.at ?? state.claimedAt, texts));
    }
    case 'closed':
      return t.status.closed(who(state.closedBy), moment(state.closedAt, texts), state.closeOutcome ? t.closeOutcomes[state.closeOutcome] : '');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const adaptiveCard = (body: CardJson[], actions: CardJson[], fallbackText: string): CardJson => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: SIGNAL_CARD_SCHEMA_VERSION,
  fallbackText,
  body,
  actions,
});

const textBlock = (text: string, extra: CardJson = {}): CardJson => ({ type: 'TextBlock', text, wrap: true, ...extra });
const factSet = (facts: ReadonlyArray<readonly [string, string | undefined]>): CardJson => ({
  type: 'FactSet',
  facts: facts.filter((f): f is readonly [string, string] => f[1] !== undefined && f[1] !== '').map(([title, value]) => ({ title, value })),
});

/**
 * Control characters other than line breaks and tabs have no place on a card, and a lone surrogate is no character:
 * JSON writes either as a six-byte escape, so a long text of them would blow the message size.
 */
export const clean = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/**
 * Text someone typed, shown as typed: a TextRun is not markdown, so "**", "[link](...)" and "- " stay plain text.
 * Paragraphs become RichTextBlocks (a TextRun has no line break); at most `maxParagraphs`, the rest joined with " / ".
 */
export function typedText(label: string, text: string, maxParagraphs = 1): CardJson[] {
  const lines = clean(text)
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean);
  const paragraphs = lines.length <= maxParagraphs ? lines : [...lines.slice(0, maxParagraphs - 1), lines.slice(maxParagraphs - 1).join(' / ')];
  return [
    textBlock(label, { weight: 'Bolder', spacing: 'Small' }),
    ...paragraphs.map((line, i) => ({ type: 'RichTextBlock', spacing: i === 0 ? 'None' : 'Small', inlines: [{ type: 'TextRun', text: line }] })),
  ];
}

const heading = (text: string): CardJson => textBlock(text, { weight: 'Bolder', size: 'Medium', separator: true, spacing: 'Medium' });

/**
 * One button: Action.Execute carrying only the signal id and card version (the verb is the action's own), with an
 * Action.Submit fallback for older clients that carries the verb in its data. `extra` (style, isEnabled, tooltip,
 * associatedInputs) applies to both.
 */
function button(verb: SignalCardVerb, title: string, signal: Signal, cardVersion: number, extra: CardJson = {}): CardJson {
  const data = { signalId: signal.id, cardVersion };
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    ...extra,
    fallback: { type: 'Action.Submit', title, data: { verb, ...data }, ...extra },
  };
}

function checkVersion(cardVersion: number): void {
  if (!Number.isInteger(cardVersion) || cardVersion < 0) throw new RangeError(`cardVersion must be an integer >= 0, got ${cardVersion}`);
}

function modeText(signal: Signal, texts: Texts): string {
  const m = texts.signalCard.modes;
  if (signal.mode === 'handover') return m.handover;
  return signal.consent.handoverRefused ? m.consultationAfterRefusal : m.consultation;
}

// ---------------------------------------------------------------------------------------------------------------
// The shared channel card

/** The buttons for the signal's status; at most three. */
function channelActions(signal: Signal, texts: Texts, cardVersion: number): CardJson[] {
  const a = texts.signalCard.actions;
  const actions = [button('signal.details', a.details, signal, cardVersion)];
  switch (signal.status) {
    case 'new':
      actions.push(button('signal.claim', a.claim, signal, cardVersion, { style: 'positive' }));
      break;
    case 'claimed':
      actions.push(
        signal.signaller.willingToBeContacted
          ? button('signal.ask', a.ask, signal, cardVersion)
          : // Disabled where the client supports isEnabled (1.5); elsewhere a press answers with the same explanation.
            button('signal.noContact', a.noContact, signal, cardVersion, { isEnabled: false, tooltip: a.noContactTooltip }),
      );
      actions.push(button('signal.close', a.close, signal, cardVersion));
      break;
    case 'waiting-for-signaller':
      actions.push(button('signal.close', a.close, signal, cardVersion));
      break;
    case 'closed':
      actions.push(button('signal.reopen', a.reopen, signal, cardVersion));
      break;
  }
  return actions;
}

/**
 * The card in the intake channel, the same for everyone; post it for a new signal and update it in place after every
 * transition (with a higher `cardVersion`, so presses on an older copy can be told apart).
 */
export function signalCard(signal: Signal, team: SignalCardTeam, texts: Texts, cardVersion: number): CardJson {
  checkVersion(cardVersion);
  const t = texts.signalCard;
  const urgency = effectiveUrgency(signal);
  const acute = urgency === 'acute';
  const open = signal.status !== 'closed';
  const title = t.title(signal.reference, texts.urgency[urgency]);

  // Acute stands out while it is open: the attention style, and the marker above the title. Urgent gets a warning.
  const style = open && acute ? 'attention' : open && urgency === 'urgent' ? 'warning' : undefined;
  const header: CardJson = {
    type: 'Container',
    ...(style ? { style, bleed: true } : {}),
    items: [
      ...(acute ? [textBlock(t.acuteMarker, { id: 'acute-marker', size: 'Large', weight: 'Bolder', color: 'Attention' })] : []),
      textBlock(title, { id: 'title', size: 'Medium', weight: 'Bolder', ...(acute ? { spacing: 'None' } : {}) }),
    ],
  };

  const facts = factSet([
    [t.facts.urgency, texts.urgency[urgency]],
    [t.facts.ageBand, t.ageBands[signal.child.ageBand]],
    [t.facts.postcode, signal.child.pc4],
    [t.facts.deadline, formatCardMoment(claimDeadline(signal, team), t.dateLocale)],
    [t.facts.afweging, t.afweging[signal.afweging.outcome]],
    [t.facts.mode, modeText(signal, texts)],
    [t.facts.status, statusText(signal, texts)],
  ]);

  return adaptiveCard([header, { ...facts, id: 'facts' }], channelActions(signal, texts, cardVersion), title);
}

// ---------------------------------------------------------------------------------------------------------------
// The details card: the whole signal, for the presser only

/**
 * Everything the signal holds, in plain words: the invoke response to "Details", so Teams shows it to the presser
 * only (until the card is refreshed). Whoever builds it records the viewing in the audit log; the card says so. With
 * a `cardVersion` it has a button back to the shared card ('signal.cancel').
 */
export function signalDetailsCard(signal: Signal, texts: Texts, cardVersion?: number): CardJson {
  if (cardVersion !== undefined) checkVersion(cardVersion);
  // Laid out roomily first; if that is too big (long texts in multi-byte characters), lists and paragraphs run on.
  const roomy = detailsCard(signal, texts, cardVersion, false, 0);
  if (byteSize(roomy) <= CARD_BYTE_BUDGET) return roomy;
  // Still too big: the oldest questions and answers give way, and the card says how many are not shown.
  const questions = signal.questions?.length ?? 0;
  for (let left = 0; ; left++) {
    const compact = detailsCard(signal, texts, cardVersion, true, left);
    if (byteSize(compact) <= CARD_BYTE_BUDGET || left >= questions) return compact;
  }
}

/** The card's JSON in UTF-8 bytes, as it goes over the wire. */
export function byteSize(card: CardJson): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

function detailsCard(signal: Signal, texts: Texts, cardVersion: number | undefined, compact: boolean, questionsLeftOut: number): CardJson {
  const t = texts.signalCard;
  const d = t.details;
  const L = d.labels;
  const v = d.values;
  const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? v.yes : v.no);
  const list = (items: readonly string[]) => (items.length === 0 ? v.none : items.join('; '));
  const consent = (needed: boolean, given: boolean | undefined) => (!needed ? v.notNeeded : given === true ? v.given : given === false ? v.notGiven : v.notAsked);
  const label = (code: string) => checklistItem(code)?.[t.language] ?? code;
  /** One line per item, or (compact) one block with the items separated by semicolons. */
  const items = (codes: readonly string[]): CardJson[] =>
    codes.length === 0
      ? [textBlock(v.none, { spacing: 'None' })]
      : compact
        ? [textBlock(codes.map(label).join('; '), { spacing: 'None' })]
        : codes.map((code) => textBlock(`• ${label(code)}`, { spacing: 'None' }));
  const paragraphs = (max: number) => (compact ? 1 : max);
  const urgency = effectiveUrgency(signal);
  const { answers } = signal.afweging;
  const state = lifecycleOf(signal);

  const body: CardJson[] = [
    ...(urgency === 'acute' ? [textBlock(t.acuteMarker, { size: 'Large', weight: 'Bolder', color: 'Attention' })] : []),
    textBlock(d.title(signal.reference), { id: 'title', size: 'Medium', weight: 'Bolder', spacing: 'None' }),
    textBlock(d.onlyYou, { id: 'only-you', isSubtle: true, spacing: 'Small' }),

    heading(d.sections.signaller),
    factSet([
      [L.profession, d.professions[signal.signaller.profession]],
      [L.aandachtsfunctionaris, yesNo(signal.signaller.consultedAandachtsfunctionaris)],
      [L.contact, yesNo(signal.signaller.willingToBeContacted)],
    ]),
    ...typedText(L.organisation, signal.signaller.organisation),

    heading(d.sections.route),
    factSet([[L.route, d.routes[signal.route]]]),
    ...(signal.observations.kindcheckReasons && signal.observations.kindcheckReasons.length > 0
      ? [textBlock(L.kindcheck, { weight: 'Bolder', spacing: 'Small' }), ...items(signal.observations.kindcheckReasons)]
      : []),

    heading(d.sections.child),
    factSet([
      [L.ageBand, t.ageBands[signal.child.ageBand]],
      [L.sixteenOrOlder, yesNo(signal.child.sixteenOrOlder)],
      [L.postcode, signal.child.pc4],
      [L.household, list(signal.child.household.map((role) => d.household[role]))],
    ]),

    heading(d.sections.signals),
    textBlock(L.checklist, { weight: 'Bolder', spacing: 'Small' }),
    ...items(signal.observations.codes),
    ...typedText(L.observation, signal.observations.text, paragraphs(20)),
    ...typedText(L.when, signal.observations.when),
    factSet([
      [L.source, d.source[signal.observations.source]],
      [L.disclosure, yesNo(signal.observations.disclosure.told)],
    ]),
    ...(signal.observations.disclosure.words ? typedText(L.words, signal.observations.disclosure.words, paragraphs(10)) : []),

    heading(d.sections.steps),
    factSet([
      [L.colleague, yesNo(signal.steps.colleagueConsulted)],
      [L.veiligThuis, yesNo(signal.steps.veiligThuisAdvice)],
      [L.talked, d.talkedWith[signal.steps.talkedWith]],
      [L.notTalked, signal.steps.notTalkedReason ? d.notTalked[signal.steps.notTalkedReason] : undefined],
    ]),

    heading(d.sections.afweging),
    factSet([
      [L.outcome, t.afweging[signal.afweging.outcome]],
      [L.urgency, texts.urgency[urgency]],
      [L.acute, signal.acute ? v.yes : undefined],
      [L.meldnorm, yesNo(signal.afweging.meldnorm)],
      [L.suspicion, answers.suspicion ? d.suspicion.yes : d.suspicion.no],
      [L.unsafety, answers.unsafety ? d.unsafety[answers.unsafety] : undefined],
      [L.canOrganiseHelp, yesNo(answers.canOrganiseHelp)],
      [L.helpAccepted, answers.helpAccepted ? d.helpAccepted[answers.helpAccepted] : undefined],
      [L.reasons, signal.afweging.reasons.length > 0 ? list(signal.afweging.reasons.map((r) => d.reasons[r])) : undefined],
      [L.followUp, formatCardDate(signal.afweging.followUpDate, t.dateLocale)],
    ]),

    heading(d.sections.consent),
    factSet([
      [L.mode, modeText(signal, texts)],
      [L.consentParents, consent(signal.consent.needed.parents, signal.consent.parents)],
      [L.consentChild, consent(signal.consent.needed.child, signal.consent.child)],
      [L.parentsInformed, yesNo(signal.consent.parentsInformed)],
      [L.handoverRefused, signal.consent.handoverRefused ? v.yes : undefined],
    ]),

    ...(signal.mode === 'handover'
      ? [
          heading(d.sections.identity),
          ...typedText(L.childName, signal.identity.childName),
          factSet([
            [L.birthYear, String(signal.identity.birthYear)],
            [L.address, `${signal.identity.pc6} ${signal.identity.houseNumber}`],
          ]),
          ...typedText(L.parentsContact, signal.identity.parentsContact),
        ]
      : []),

    heading(d.sections.network),
    factSet([[L.network, list(signal.network.protectiveRoles.map((role) => d.network[role]))]]),

    ...questionsSection(signal, texts, compact, questionsLeftOut),

    heading(d.sections.handling),
    factSet([
      [L.team, signal.routing.teamName],
      [L.status, statusText(signal, texts)],
      [L.phase, signal.phase ? d.phases[signal.phase] : undefined],
    ]),
    ...(state.closeNote ? typedText(L.closeNote, state.closeNote, paragraphs(5)) : []),
  ];

  const actions = cardVersion === undefined ? [] : [button('signal.cancel', t.actions.back, signal, cardVersion, { associatedInputs: 'none' })];
  return adaptiveCard(body, actions, d.title(signal.reference));
}

/**
 * Intake's questions and the signaller's answers: content, so only here (the presser's own view), never in the
 * thread. Who asked and when, the question as typed, then the answer or that none came yet.
 */
function questionsSection(signal: Signal, texts: Texts, compact: boolean, leftOut: number): CardJson[] {
  const all = signal.questions ?? [];
  if (all.length === 0) return [];
  const L = texts.signalCard.details.labels;
  const paragraphs = compact ? 1 : 5;
  return [
    heading(texts.signalCard.details.sections.questions),
    ...(leftOut > 0 ? [textBlock(texts.signalCard.details.olderQuestionsLeftOut(leftOut), { isSubtle: true, spacing: 'Small' })] : []),
    ...all.slice(leftOut).flatMap((q) => [
      ...typedText(`${L.question} (${clean(q.askedBy.name)}, ${moment(q.askedAt, texts)})`, q.text, paragraphs),
      ...(q.answer
        ? typedText(`${L.answer} (${moment(q.answer.at, texts)})`, q.answer.text, paragraphs)
        : [textBlock(`${L.answer}: ${L.noAnswerYet}`, { isSubtle: true, spacing: 'Small' })]),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// The forms behind "Afsluiten" and "Vraag aan melder" (invoke responses: only the presser sees them)

/** Close with an outcome and, for 'other' required by the lifecycle, a note. Sends 'signal.closeConfirm'. */
export function closeCard(signal: Signal, texts: Texts, cardVersion: number): CardJson {
  checkVersion(cardVersion);
  const c = texts.signalCard.close;
  const body: CardJson[] = [
    textBlock(c.title(signal.reference), { id: 'title', size: 'Medium', weight: 'Bolder' }),
    {
      type: 'Input.ChoiceSet',
      id: 'outcome',
      label: c.outcomeLabel,
      style: 'expanded',
      isRequired: true,
      errorMessage: c.outcomeRequired,
      choices: CLOSE_OUTCOMES.map((outcome) => ({ title: texts.signalCard.closeOutcomes[outcome], value: outcome })),
    },
    { type: 'Input.Text', id: 'note', label: c.noteLabel(CLOSE_NOTE_MAX), placeholder: c.notePlaceholder, isMultiline: true, maxLength: CLOSE_NOTE_MAX },
  ];
  return adaptiveCard(
    body,
    [
      button('signal.closeConfirm', c.confirm, signal, cardVersion, { style: 'positive' }),
      button('signal.cancel', c.cancel, signal, cardVersion, { associatedInputs: 'none' }),
    ],
    c.title(signal.reference),
  );
}

/**
 * Ask the signaller a question; sends 'signal.askSend' with `question`. When the signaller does not want to be
 * contacted there is no form, only the explanation and a way back.
 */
export function askCard(signal: Signal, texts: Texts, cardVersion: number): CardJson {
  checkVersion(cardVersion);
  const q = texts.signalCard.ask;
  const title = textBlock(q.title(signal.reference), { id: 'title', size: 'Medium', weight: 'Bolder' });
  if (!signal.signaller.willingToBeContacted) {
    return adaptiveCard(
      [title, textBlock(q.noContact, { id: 'no-contact' })],
      [button('signal.cancel', texts.signalCard.actions.back, signal, cardVersion, { associatedInputs: 'none' })],
      q.title(signal.reference),
    );
  }
  const body: CardJson[] = [
    title,
    textBlock(q.intro, { isSubtle: true }),
    {
      type: 'Input.Text',
      id: 'question',
      label: q.questionLabel(SIGNAL_QUESTION_MAX),
      placeholder: q.questionPlaceholder,
      isMultiline: true,
      maxLength: SIGNAL_QUESTION_MAX,
      isRequired: true,
      errorMessage: q.questionRequired,
    },
  ];
  return adaptiveCard(
    body,
    [
      button('signal.askSend', q.send, signal, cardVersion, { style: 'positive' }),
      button('signal.cancel', q.cancel, signal, cardVersion, { associatedInputs: 'none' }),
    ],
    q.title(signal.reference),
  );
}
