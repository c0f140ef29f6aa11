import type { RoutingTable, Signal, Weighing } from '../src/domain';
import { DEFAULT_HOLIDAY_RULES, effectiveUrgency, nextWorkingOpening, parsePostcode, routePostcode, teamOf } from '../src/domain';
import { formatCardMoment } from '../src/texts/dates';
import { optionLabel, type SummarySection } from './dialog-cards';
import { list, text, type Draft } from './flow/draft';
import { activeAnswers, isAcute, weighingOf } from './flow/flow';
import { isAnonymous } from './flow/anonymity';
import { childrensBands, effectiveMode, isKindcheck, professionOf, QUESTION_BY_ID, type Part } from './flow/questions';
import type { Language, Texts } from '../src/texts';

/** The summary card's content: every answer that applies, in plain words, per part of the conversation. */
export function summarySections(draft: Draft, texts: Texts, language: Language, routing: RoutingTable, followUpDate: string): SummarySection[] {
  const a = activeAnswers(draft.answers);
  const L = texts.summary.labels;
  const label = (id: string) => {
    const question = QUESTION_BY_ID.get(id);
    const value = a[id];
    if (!question || value === undefined) return undefined;
    if (Array.isArray(value)) return value.length === 0 ? texts.summary.none : value.map((v) => optionLabel(texts, language, question, v)).join('; ');
    return question.kind === 'text' ? value : optionLabel(texts, language, question, value);
  };
  const facts = (pairs: Array<[string, string | undefined]>) =>
    pairs.filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '').map(([title, value]) => ({ title, value }));
  const section = (part: Part, pairs: Array<[string, string | undefined]>, changeable = true): SummarySection => ({ part, facts: facts(pairs), changeable });

  const weighing = weighingOf(draft);
  const profession = professionOf(a);
  const postcode = parsePostcode(text(a, 'child.postcode') ?? '');
  const team = postcode.ok ? routePostcode(routing, postcode.pc4, postcode.pc6).team.name : undefined;
  const mode = effectiveMode(a);
  const yesNo = (id: string) => (text(a, id) === undefined ? undefined : text(a, id) === 'ja' ? texts.dialog.yes : texts.dialog.no);

  return [
    section('signaller', [
      [L.profession, profession ? texts.q['signaller.profession']?.options?.[profession] : undefined],
      [L.organisation, label('signaller.organisation')],
      [L.aandachtsfunctionaris, yesNo('signaller.aandachtsfunctionaris')],
    ]),
    section('route', [
      [L.route, label('route.kind')],
      [L.kindcheck, label('route.kindcheckReasons')],
    ]),
    section('child', [
      [
        L.ageBand,
        isKindcheck(a)
          ? childrensBands(a)
              .map((band) => texts.q['child.ageBand']?.options?.[band] ?? band)
              .join(', ')
          : label('child.ageBand'),
      ],
      [L.postcode, postcode.ok ? postcode.pc4 : undefined],
      [L.household, label('child.household')],
      [L.team, team],
    ]),
    section('signals', [
      [L.checklist, list(a, 'signals.checklist').length > 0 ? label('signals.checklist') : texts.summary.none],
      [L.observation, label('signals.observation')],
      [L.when, label('signals.when')],
      [L.source, label('signals.source')],
      [L.disclosure, yesNo('signals.disclosure')],
      [L.words, label('signals.words')],
    ]),
    section('steps', [
      [L.colleague, yesNo('steps.colleague')],
      [L.veiligThuis, yesNo('steps.veiligThuis')],
      [L.talked, label('steps.talked')],
      [L.notTalked, label('steps.notTalked')],
    ]),
    section('afweging', [
      [L.suspicion, label('afweging.suspicion')],
      [L.outcome, weighing ? outcomeText(weighing, texts) : undefined],
      [L.urgency, weighing ? texts.urgency[weighing.urgency] : undefined],
      [L.acute, isAcute(draft) ? texts.dialog.yes : undefined],
      [L.followUp, followUpDate],
    ]),
    section('consent', [
      [L.mode, mode ? texts.summary.modes[mode] : undefined],
      [L.consentParents, yesNo('consent.parents')],
      [L.consentChild, yesNo('consent.child')],
      [L.parentsInformed, yesNo('consent.parentsInformed')],
      [L.childName, mode === 'handover' ? label('identity.childName') : undefined],
      [L.birthYear, mode === 'handover' ? label('identity.birthYear') : undefined],
      [L.address, mode === 'handover' ? label('identity.address') : undefined],
      [L.parentsContact, mode === 'handover' ? label('identity.parentsContact') : undefined],
      [L.notIdentifying, keptDespiteCheck(draft, texts)],
    ]),
    section('network', [
      [L.network, label('network.roles')],
      [L.contact, yesNo('network.contact')],
    ]),
  ];
}

/** In a consultation: what the signaller kept after the check said it may identify someone, so they see it once more. */
function keptDespiteCheck(draft: Draft, texts: Texts): string | undefined {
  if (!isAnonymous(activeAnswers(draft.answers))) return undefined;
  const kept = Object.values(draft.notIdentifying ?? {}).flat();
  return kept.length > 0 ? texts.summary.keptDespiteCheck(kept.map((k) => `"${k}"`).join(', ')) : undefined;
}

/**
 * The afweging's outcome in words. Reporting with help is worded as unsafety only when the signaller said so; when
 * they did not know, the child's own words decided, and the text says that instead.
 */
export function outcomeText(weighing: Weighing, texts: Texts): string {
  if (weighing.outcome === 'report-and-help' && weighing.reasons.includes('unsure-about-safety')) return texts.outcome.reportAndHelpUnsure;
  return texts.outcome[weighing.outcome];
}

/**
 * After sending: when the team will look at it (now, or from its next opening, not on a holiday) and by when it will
 * be taken up; an acute signal sent while the team is closed repeats where to go now.
 */
export function whenTeamLooks(
  signal: Pick<Signal, 'claimDueAt' | 'routing' | 'child' | 'acute' | 'afweging'>,
  routing: RoutingTable,
  nowMs: number,
  texts: Texts,
  language: Language,
): string {
  const w = texts.intake.work.whenLooked;
  const team = teamOf(routing, signal.routing.teamId) ?? routePostcode(routing, signal.child.pc4).team;
  const holidays = routing.holidays ?? DEFAULT_HOLIDAY_RULES;
  const now = new Date(nowMs);
  const deadline = formatCardMoment(signal.claimDueAt, language);
  const opening = nextWorkingOpening(team, now, holidays);
  const open = opening !== undefined && opening.getTime() === nowMs;
  const line = open || !opening ? w.now(team.name, deadline) : w.later(team.name, formatCardMoment(opening.toISOString(), language), deadline);
  return effectiveUrgency(signal) === 'acute' && !open ? `${line}\n\n${w.acuteOutOfHours}` : line;
}
