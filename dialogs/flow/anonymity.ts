import { findIdentifying, type IdentifyingFinding } from '../../src/domain';
import { text, type Answers, type Draft } from './draft';
import { consentAnswered, effectiveMode, QUESTIONS } from './questions';

/** Where the signaller writes about the family in their own words: checked for identifying details in a consultation. */
export const FAMILY_TEXT_QUESTIONS: readonly string[] = ['signals.observation', 'signals.when', 'signals.words'];

/** Asked only for a hand-over: gone from the draft once it is a consultation. */
const IDENTITY_QUESTIONS = QUESTIONS.filter((q) => q.id.startsWith('identity.')).map((q) => q.id);

/**
 * No names go in: a consultation chosen, or a hand-over whose consent answers are all in and do not allow it (a
 * hand-over still waiting for its consent questions is not a consultation yet).
 */
export function isAnonymous(a: Answers): boolean {
  const asked = text(a, 'consent.mode');
  if (asked === 'consultation') return true;
  if (asked !== 'handover') return false;
  return consentAnswered(a) && effectiveMode(a) === 'consultation';
}

/** What in `typed` may identify someone, less what the signaller already said is not a name. */
export function identifyingIn(typed: string, confirmed: readonly string[] = []): IdentifyingFinding[] {
  const kept = new Set(confirmed.map((c) => c.toLowerCase()));
  return findIdentifying(typed).filter((f) => !kept.has(f.text.toLowerCase()));
}

/** In a consultation, an answer about the family that may identify someone, not yet confirmed as no name: asked about first. */
export function mayIdentify(question: string, typed: string, active: Answers, draft: Draft): boolean {
  return FAMILY_TEXT_QUESTIONS.includes(question) && isAnonymous(active) && identifyingIn(typed, draft.notIdentifying?.[question]).length > 0;
}

/**
 * After an answer: in a consultation the hand-over details go, and an earlier answer about the family that may
 * identify someone is taken back out of the answers and held, so the signaller rewrites or confirms it before the
 * summary (this is how the check reaches answers typed while it was still a hand-over).
 */
export function reviewForAnonymity(draft: Draft, active: Answers): Draft {
  if (!isAnonymous(active)) return draft;
  const answers = { ...draft.answers };
  for (const id of IDENTITY_QUESTIONS) delete answers[id];
  const cleared: Draft = { ...draft, answers, history: draft.history.filter((id) => !IDENTITY_QUESTIONS.includes(id)) };
  if (draft.pending) return cleared;
  for (const question of FAMILY_TEXT_QUESTIONS) {
    const value = text(active, question);
    if (value === undefined || identifyingIn(value, draft.notIdentifying?.[question]).length === 0) continue;
    delete answers[question];
    return {
      ...cleared,
      answers,
      history: cleared.history.filter((id) => id !== question),
      held: { question, text: value, earlier: true },
      pending: 'identifying-confirm',
    };
  }
  return cleared;
}
