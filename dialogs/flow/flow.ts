import { DISCLOSURE_CODES, pendingAfwegingQuestions, weigh, type Weighing } from '../../src/domain';
import { afwegingAnswers } from './derive';
import { list, text, type Answer, type Answers, type Draft } from './draft';
import {
  consentAnswered,
  consentNeededFor,
  effectiveMode,
  PARTS,
  professionOf,
  QUESTIONS,
  QUESTION_BY_ID,
  type EndReason,
  type Part,
  type Question,
} from './questions';

/** Notices the dialogue says once, on the way; keys into the texts. */
export type Notice =
  | { kind: 'suspicion-doubt' }
  | { kind: 'gp-must-ask-veilig-thuis' }
  | { kind: 'veilig-thuis-advice' }
  | { kind: 'disclosure-weighs' }
  | { kind: 'outcome'; weighing: Weighing }
  | { kind: 'consent-missing'; who: 'parents' | 'child' | 'both' | 'youngPerson' }
  | { kind: 'consultation-no-names' };

/**
 * Answers that no longer apply are left out: a question a changed earlier answer made moot, a choice no longer on
 * offer (another profession), ticked signals of another age band.
 */
export function activeAnswers(answers: Answers): Record<string, Answer> {
  const active: Record<string, Answer> = {};
  for (const [key, value] of Object.entries(answers)) if (!QUESTION_BY_ID.has(key)) active[key] = value;
  for (const question of QUESTIONS) {
    const value = answers[question.id];
    if (value === undefined || !applies(question, active)) continue;
    const kept = stillOffered(question, value, active);
    if (kept !== undefined) active[question.id] = kept;
  }
  return active;
}

function stillOffered(question: Question, value: Answer, active: Answers): Answer | undefined {
  if (question.kind === 'choice') return typeof value === 'string' && question.options(active).includes(value) ? value : undefined;
  if (question.kind === 'multi') {
    const allowed = new Set(question.groups(active).flatMap((g) => g.values));
    const kept = Array.isArray(value) ? value.filter((v) => allowed.has(v)) : [];
    // A list emptied by a changed earlier answer (another age band) is asked again, not kept as "nothing ticked".
    return Array.isArray(value) && (kept.length > 0 || value.length === 0) ? kept : undefined;
  }
  return value;
}

const applies = (question: Question, answers: Answers) => question.applies?.(answers) ?? true;

/** The next question to ask, or undefined when everything is answered (time for the summary). */
export function currentQuestion(draft: Draft): Question | undefined {
  const active = activeAnswers(draft.answers);
  return QUESTIONS.find((q) => active[q.id] === undefined && applies(q, active));
}

/** Danger named on the way: the button, wording, or "ja" to "is er nu direct gevaar?". */
export function isAcute(draft: Draft): boolean {
  return draft.acute;
}

export function weighingOf(draft: Draft): Weighing | undefined {
  const active = activeAnswers(draft.answers);
  const answers = afwegingAnswers(active);
  if (answers.suspicion === undefined || pendingAfwegingQuestions(answers).length > 0) return undefined;
  return weigh({ ...answers, suspicion: answers.suspicion }, { disclosure: hasDisclosure(active), acuteDanger: isAcute(draft) });
}

/** The child told about violence itself: the explicit answer decides; a ticked disclosure signal counts until then. */
export function hasDisclosure(answers: Answers): boolean {
  const answered = text(answers, 'signals.disclosure');
  if (answered !== undefined) return answered === 'ja';
  return list(answers, 'signals.checklist').some((code) => DISCLOSURE_CODES.has(code));
}

export interface AnswerResult {
  readonly draft: Draft;
  readonly notices: readonly Notice[];
  /** The conversation ends here without a wijkteam signal. */
  readonly end?: EndReason;
}

/** Applies a validated answer to the current question; pure, so every branch is testable without a bot. */
export function answerQuestion(draft: Draft, question: Question, value: Answer, now: number): AnswerResult {
  const before = activeAnswers(draft.answers);
  const answers = { ...draft.answers, [question.id]: value };
  const next: Draft = {
    ...draft,
    answers,
    history: [...draft.history.filter((id) => id !== question.id), question.id],
    updatedAt: now,
  };
  const end = typeof value === 'string' ? question.ends?.[value] : undefined;
  if (end) return { draft: next, notices: [], end };
  const notices = noticesAfter(question, before, next);
  // Said once per draft, however often the consent questions are answered again.
  const told = notices.some((n) => n.kind === 'consent-missing') ? [...new Set([...next.told, 'consent-missing'])] : next.told;
  return { draft: { ...next, told }, notices };
}

function noticesAfter(question: Question, before: Answers, draft: Draft): Notice[] {
  const after = activeAnswers(draft.answers);
  const value = after[question.id];
  const notices: Notice[] = [];
  if (question.id === 'afweging.suspicion' && value === 'twijfel') notices.push({ kind: 'suspicion-doubt' });
  if (question.id === 'steps.veiligThuis' && value === 'nee') {
    notices.push({ kind: professionOf(after) === 'huisarts' ? 'gp-must-ask-veilig-thuis' : 'veilig-thuis-advice' });
  }
  if (!hasDisclosure(before) && hasDisclosure(after)) notices.push({ kind: 'disclosure-weighs' });
  if (question.part === 'afweging') {
    const weighing = weighingOf(draft);
    if (weighing && weighing.outcome !== 'close-and-record') notices.push({ kind: 'outcome', weighing });
  }
  if (question.id === 'consent.mode' && value === 'consultation') notices.push({ kind: 'consultation-no-names' });
  if (question.part === 'consent' && !draft.told.includes('consent-missing') && consentAnswered(after) && effectiveMode(after) === 'consultation') {
    if (text(after, 'consent.mode') === 'handover') notices.push({ kind: 'consent-missing', who: whoseConsent(after) });
  }
  return notices;
}

/** Whose consent is missing (not whose is needed): that is what the signaller can still ask for. */
function whoseConsent(a: Answers): 'parents' | 'child' | 'both' | 'youngPerson' {
  const needed = consentNeededFor(a);
  if (!needed.parents) return 'youngPerson';
  const parentsMissing = text(a, 'consent.parents') !== 'ja';
  const childMissing = needed.child && text(a, 'consent.child') !== 'ja';
  if (parentsMissing && childMissing) return 'both';
  return parentsMissing ? 'parents' : 'child';
}

/** "wijzig" on the summary: forget a part's answers, so the part is asked again (later answers stay). */
export function changePart(draft: Draft, part: Part, now: number): Draft {
  const answers = { ...draft.answers };
  for (const question of QUESTIONS) if (question.part === part) delete answers[question.id];
  const told = part === 'consent' ? draft.told.filter((t) => t !== 'consent-missing') : draft.told;
  return { ...draft, answers, history: draft.history.filter((id) => QUESTION_BY_ID.get(id)?.part !== part), told, updatedAt: now };
}

export function isPart(value: unknown): value is Part {
  return typeof value === 'string' && (PARTS as readonly string[]).includes(value);
}
