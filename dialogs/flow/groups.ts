import type { Answer, Answers, Draft } from './draft';
import { activeAnswers, answerQuestion, currentQuestion, type AnswerResult, type Notice } from './flow';
import { QUESTION_BY_ID, QUESTIONS, type Question } from './questions';

/**
 * Questions that belong together share one card: who you are, the child and the family, what you saw, the Meldcode
 * steps so far, the afweging, and the last details. A question whose answer decides the route (it ends the
 * conversation, or decides which questions follow) has a card of its own. Every question is in exactly one group.
 */
export interface Group {
  readonly id: string;
  readonly questions: readonly string[];
}

export const GROUPS: readonly Group[] = [
  { id: 'signaller', questions: ['signaller.profession', 'signaller.organisation', 'signaller.aandachtsfunctionaris'] },
  { id: 'route', questions: ['route.kind'] },
  { id: 'route-staff', questions: ['route.staff'] },
  { id: 'kindcheck-children', questions: ['route.kindcheckChildren'] },
  { id: 'kindcheck', questions: ['route.kindcheckReasons', 'kindcheck.ages', 'kindcheck.seen'] },
  { id: 'mode', questions: ['consent.mode'] },
  { id: 'child', questions: ['child.ageBand', 'child.postcode', 'child.household'] },
  { id: 'checklist', questions: ['signals.checklist'] },
  { id: 'observation', questions: ['signals.observation', 'signals.when', 'signals.source', 'signals.disclosure'] },
  { id: 'words', questions: ['signals.words'] },
  { id: 'steps', questions: ['steps.colleague', 'steps.veiligThuis', 'steps.talked', 'steps.notTalked'] },
  { id: 'suspicion', questions: ['afweging.suspicion'] },
  { id: 'afweging', questions: ['afweging.unsafety', 'afweging.canOrganiseHelp', 'afweging.helpAccepted'] },
  { id: 'consent', questions: ['consent.sixteen', 'consent.parents', 'consent.child'] },
  {
    id: 'details',
    questions: [
      'consent.parentsInformed',
      'identity.childName',
      'identity.birthYear',
      'identity.address',
      'identity.parentsContact',
      'network.roles',
      'network.contact',
    ],
  },
];

const GROUP_OF: ReadonlyMap<string, Group> = new Map(GROUPS.flatMap((g) => g.questions.map((q) => [q, g] as const)));

export const groupOf = (questionId: string): Group | undefined => GROUP_OF.get(questionId);

/**
 * Questions of a group that only apply after an answer on the same card ("alleen als …"): shown with the group while
 * unanswered, and required only when the answers before them make them apply.
 */
export const ON_THE_SAME_CARD: ReadonlySet<string> = new Set(['steps.notTalked', 'afweging.canOrganiseHelp', 'afweging.helpAccepted']);

const applies = (question: Question, answers: Answers) => question.applies?.(answers) ?? true;

/** The card the draft is at: the group of the next question, with the group's questions still to answer. */
export function currentGroup(draft: Draft): { readonly group: Group; readonly questions: readonly Question[] } | undefined {
  const next = currentQuestion(draft);
  const group = next && groupOf(next.id);
  if (!next || !group) return undefined;
  const active = activeAnswers(draft.answers);
  const questions = group.questions
    .map((id) => QUESTION_BY_ID.get(id))
    .filter((q): q is Question => q !== undefined && active[q.id] === undefined && (applies(q, active) || ON_THE_SAME_CARD.has(q.id)));
  return { group, questions };
}

/** Why a field's value is not usable: a key into the texts' hints (`required` when an answer is missing). */
export type FieldErrors = Readonly<Record<string, string>>;

/** A field's value as a card sends it: a string, or comma-separated values for a multi-select. */
export type Parse = (question: Question, raw: string | undefined, answers: Answers) => { ok: true; value: Answer } | { ok: false; hint: string } | 'missing';

export type GroupResult = { readonly errors: FieldErrors } | (AnswerResult & { readonly errors?: undefined });

/**
 * Applies a card's fields in the group's order, each only when the answers before it make it apply, so a field that
 * no longer applies is ignored and one that comes to apply is required. All or nothing: any field in error, and
 * nothing is stored. `skip` leaves fields out (a text held back for a check).
 */
export function answerGroup(
  draft: Draft,
  group: Group,
  raw: Readonly<Record<string, string | undefined>>,
  parse: Parse,
  now: number,
  skip: ReadonlySet<string> = new Set(),
): GroupResult {
  const errors: Record<string, string> = {};
  let current = draft;
  const notices: Notice[] = [];
  for (const id of group.questions) {
    const question = QUESTION_BY_ID.get(id);
    const active = activeAnswers(current.answers);
    if (!question || skip.has(id) || active[id] !== undefined || !applies(question, active)) continue;
    const parsed = parse(question, raw[id], active);
    if (parsed === 'missing') {
      errors[id] = 'required';
      continue;
    }
    if (!parsed.ok) {
      errors[id] = parsed.hint;
      continue;
    }
    if (Object.keys(errors).length > 0) continue;
    const result = answerQuestion(current, question, parsed.value, now);
    notices.push(...result.notices);
    current = result.draft;
    if (result.end) return { draft: current, notices, end: result.end };
  }
  return Object.keys(errors).length > 0 ? { errors } : { draft: current, notices };
}

/** "terug" goes back a whole card: the answers of the card answered last are forgotten, so it is shown again. */
export function goBackCard(draft: Draft, now: number): Draft | undefined {
  const active = activeAnswers(draft.answers);
  const last = [...draft.history].reverse().find((id) => active[id] !== undefined && id !== 'signaller.remembered');
  if (!last) return undefined;
  const forget = new Set(groupOf(last)?.questions.filter((id) => active[id] !== undefined) ?? [last]);
  const answers = { ...draft.answers };
  for (const id of forget) delete answers[id];
  return { ...draft, answers, history: draft.history.filter((id) => !forget.has(id)), updatedAt: now };
}

/** Every question is on a card (tests/dialogs/groups.test.ts); a question added without a group would never be asked. */
export const UNGROUPED = QUESTIONS.map((q) => q.id).filter((id) => !GROUP_OF.has(id));
