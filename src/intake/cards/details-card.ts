import { effectiveUrgency, lifecycleOf, TakeOverReasonSchema, type LifecycleEvent, type Signal } from '../../domain';
import { CARD_BYTE_BUDGET, byteSize, cardJson, clean, factSet, heading, textBlock, typedText, type CardJson } from '../../toolkit/cards';
import type { Texts } from '../../texts';
import { ageBandsText, postcodeText } from './status-text';
import { checklistLabel } from '../../texts/checklist';
import { formatCardDate } from '../../texts/dates';
import { button, checkVersion } from './card-button';
import { modeText, moment, statusText } from './status-text';

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

function detailsCard(signal: Signal, texts: Texts, cardVersion: number | undefined, compact: boolean, questionsLeftOut: number): CardJson {
  const t = texts.intake.signalCard;
  const d = t.details;
  const L = d.labels;
  const v = d.values;
  const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? v.yes : v.no);
  const list = (items: readonly string[]) => (items.length === 0 ? v.none : items.join('; '));
  const consent = (needed: boolean, given: boolean | undefined) =>
    !needed ? v.notNeeded : given === true ? v.given : given === false ? v.notGiven : v.notAsked;
  const label = (code: string) => checklistLabel(code, t.language) ?? code;
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
      [L.ageBand, ageBandsText(signal, t)],
      [L.sixteenOrOlder, yesNo(signal.child.sixteenOrOlder)],
      [L.postcode, postcodeText(signal, t)],
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
      // Asked only when the aandachtsfunctionaris was not consulted; otherwise derived from that answer, and said so.
      [L.colleague, signal.signaller.consultedAandachtsfunctionaris ? v.viaAandachtsfunctionaris : yesNo(signal.steps.colleagueConsulted)],
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
      [L.suspicion, d.suspicion[answers.suspicion]],
      [L.unsafety, answers.unsafety ? d.unsafety[answers.unsafety] : undefined],
      [L.canOrganiseHelp, yesNo(answers.canOrganiseHelp)],
      [L.helpAccepted, answers.helpAccepted ? d.helpAccepted[answers.helpAccepted] : undefined],
      [L.reasons, signal.afweging.reasons.length > 0 ? list(signal.afweging.reasons.map((r) => d.reasons[r])) : undefined],
      [L.followUp, formatCardDate(signal.afweging.followUpDate, t.language)],
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
    ...fromSignallerSection(signal, texts, paragraphs(5)),

    heading(d.sections.handling),
    factSet([
      [L.team, signal.routing.teamName],
      [L.status, statusText(signal, texts)],
      [L.phase, signal.phase ? d.phases[signal.phase] : undefined],
    ]),
    ...(state.closeNote ? typedText(L.closeNote, state.closeNote, paragraphs(5)) : []),
    ...transfersSection(signal, texts, paragraphs(5)),
    ...historySection(signal, texts, compact),
  ];

  const actions =
    cardVersion === undefined
      ? []
      : [
          button('signal.phase', texts.intake.work.phase.button, signal, cardVersion, { associatedInputs: 'none' }),
          button('signal.copy', texts.intake.work.copy.button, signal, cardVersion, { associatedInputs: 'none' }),
          button('signal.cancel', t.actions.back, signal, cardVersion, { associatedInputs: 'none' }),
        ];
  return cardJson(body, actions, d.title(signal.reference));
}

/**
 * Intake's questions and the signaller's answers: content, so only here (the presser's own view), never in the
 * thread. Who asked and when, the question as typed, then the answer or that none came yet.
 */
function questionsSection(signal: Signal, texts: Texts, compact: boolean, leftOut: number): CardJson[] {
  const all = signal.questions ?? [];
  if (all.length === 0) return [];
  const L = texts.intake.signalCard.details.labels;
  const paragraphs = compact ? 1 : 5;
  return [
    heading(texts.intake.signalCard.details.sections.questions),
    ...(leftOut > 0 ? [textBlock(texts.intake.signalCard.details.olderQuestionsLeftOut(leftOut), { isSubtle: true, spacing: 'Small' })] : []),
    ...all
      .slice(leftOut)
      .flatMap((q) => [
        ...typedText(`${L.question} (${clean(q.askedBy.name)}, ${moment(q.askedAt, texts)})`, q.text, paragraphs),
        ...(q.answer
          ? typedText(`${L.answer} (${moment(q.answer.at, texts)})`, q.answer.text, paragraphs)
          : [textBlock(`${L.answer}: ${L.noAnswerYet}`, { isSubtle: true, spacing: 'Small' })]),
      ]),
  ];
}

/** Who did what when, oldest first, with a reason's or a team's words: the status history. */
export function historyLines(signal: Signal, texts: Texts): string[] {
  const w = texts.intake.work;
  const history = lifecycleOf(signal).history;
  const lastClose = history.map((e) => e.verb).lastIndexOf('close');
  const extraOf = (event: LifecycleEvent, index: number): string => {
    switch (event.verb) {
      case 'take-over': {
        const reason = TakeOverReasonSchema.safeParse(event.reason);
        return reason.success ? w.takeOver.reasons[reason.data] : '';
      }
      case 'transfer':
      case 'receive': {
        const transfer = signal.transfers?.find((t) => t.at === event.at);
        return transfer ? (event.verb === 'transfer' ? transfer.to.teamName : transfer.from.teamName) : '';
      }
      case 'close':
        return index === lastClose && signal.lifecycle?.closeOutcome ? texts.intake.signalCard.closeOutcomes[signal.lifecycle.closeOutcome] : '';
      default:
        return '';
    }
  };
  return history.map((event, index) =>
    w.history.line(w.history.verbs[event.verb], clean(event.actor.name), moment(event.at, texts), clean(extraOf(event, index))),
  );
}

function historySection(signal: Signal, texts: Texts, compact: boolean): CardJson[] {
  const lines = historyLines(signal, texts);
  if (lines.length === 0) return [];
  const blocks = compact ? [textBlock(lines.join('; '), { spacing: 'None' })] : lines.map((line) => textBlock(`• ${line}`, { spacing: 'None' }));
  return [heading(texts.intake.work.history.section), ...blocks];
}

/** Where the signal came from and why: the reason's words, and the note (content: only here, for the presser). */
function transfersSection(signal: Signal, texts: Texts, paragraphs: number): CardJson[] {
  const h = texts.intake.work.history;
  const transfers = signal.transfers ?? [];
  if (transfers.length === 0) return [];
  return [
    heading(h.transferSection),
    ...transfers.flatMap((t) => [
      textBlock(h.transferLine(clean(t.from.teamName), clean(t.to.teamName), texts.intake.work.transfer.reasons[t.reason]), { spacing: 'Small' }),
      ...(t.note ? typedText(`${h.transferNote} (${clean(t.by.name)}, ${moment(t.at, texts)})`, t.note, paragraphs) : []),
    ]),
  ];
}

/** What the signaller added later, and their withdrawal with its note: content, so only here (and audited as viewed). */
function fromSignallerSection(signal: Signal, texts: Texts, paragraphs: number): CardJson[] {
  const f = texts.intake.work.fromSignaller;
  const additions = signal.additions ?? [];
  return [
    ...(additions.length > 0 ? [heading(f.additionsSection), ...additions.flatMap((a) => typedText(f.addition(moment(a.at, texts)), a.text, paragraphs))] : []),
    ...(signal.followUp
      ? [
          heading(f.followUpSection),
          textBlock(
            signal.followUp.answer
              ? f.followUpAnswered(moment(signal.followUp.answeredAt, texts), texts.mine.followUp.answers[signal.followUp.answer])
              : signal.followUp.undeliverableAt
                ? f.followUpUndeliverable(moment(signal.followUp.undeliverableAt, texts))
                : f.followUpAsked(moment(signal.followUp.askedAt, texts)),
            { spacing: 'Small' },
          ),
          ...(signal.followUp.note ? typedText(f.followUpNote, signal.followUp.note, paragraphs) : []),
        ]
      : []),
    ...(signal.withdrawal
      ? [
          heading(f.withdrawalSection),
          factSet([[moment(signal.withdrawal.at, texts), texts.mine.withdraw.reasons[signal.withdrawal.reason]]]),
          ...(signal.withdrawal.note ? typedText(f.withdrawalNote, signal.withdrawal.note, paragraphs) : []),
        ]
      : []),
  ];
}
