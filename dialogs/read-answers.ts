import type { CardAction } from './dialog-buttons';
import { selectedValues } from './dialog-buttons';
import { fieldId, optionLabel } from './dialog-cards';
import type { Answer, Draft } from './flow/draft';
import { activeAnswers } from './flow/flow';
import type { Parse } from './flow/groups';
import type { ChoiceQuestion, MultiQuestion, Question } from './flow/questions';
import type { Language, Texts } from '../src/texts';

/** How what a person sent becomes an answer: a button press, a typed message, or a field of a card. */

export type Parsed = { ok: true; value: Answer } | { ok: false; hint: string };

/** A card press: the value must still be on offer (an old card of a changed question is outdated). */
export function valueFromCard(question: Question, action: Extract<CardAction, { ws: 'answer' }>, draft: Draft, texts: Texts): Parsed | 'outdated' {
  const active = activeAnswers(draft.answers);
  if (question.kind === 'multi') {
    const offered = new Set(question.groups(active).flatMap((g) => g.values));
    const values = selectedValues(action);
    if (values.some((v) => !offered.has(v))) return 'outdated';
    if (question.minimum && values.length < question.minimum) return { ok: false, hint: texts.dialog.chooseAtLeastOne };
    return { ok: true, value: values };
  }
  if (question.kind === 'choice' && action.value) return question.options(active).includes(action.value) ? { ok: true, value: action.value } : 'outdated';
  return 'outdated';
}

/** Typed answers to a choice (by its label, value or number) or a multi-select (numbers or labels). */
export function valueFromText(question: ChoiceQuestion | MultiQuestion, typed: string, draft: Draft, session: { texts: Texts; language: Language }): Parsed {
  const { texts, language } = session;
  const active = activeAnswers(draft.answers);
  const normal = (s: string) => s.trim().toLowerCase();
  const values = question.kind === 'choice' ? question.options(active) : question.groups(active).flatMap((g) => g.values);
  const match = (token: string): string | undefined => {
    const index = Number(token);
    if (Number.isInteger(index) && index >= 1 && index <= values.length) return values[index - 1];
    return values.find((v) => normal(v) === normal(token) || normal(optionLabel(texts, language, question, v)) === normal(token));
  };
  if (question.kind === 'choice') {
    const yesNo = yesNoOf(typed, texts);
    const found = match(typed) ?? (yesNo && values.includes(yesNo) ? yesNo : undefined);
    return found ? { ok: true, value: found } : { ok: false, hint: texts.dialog.chooseOne };
  }
  if (normal(typed) === normal(texts.dialog.noneOfThese) || ['geen', 'none', '-'].includes(normal(typed))) return { ok: true, value: [] };
  const tokens = typed
    .split(/[,;]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const found = tokens.map(match);
  if (found.length === 0 || found.some((f) => f === undefined)) return { ok: false, hint: texts.dialog.chooseOne };
  if (question.minimum && found.length < question.minimum) return { ok: false, hint: texts.dialog.chooseAtLeastOne };
  return { ok: true, value: found as string[] };
}

/** What a group card sent for a question's field (Teams sends inputs as strings). */
export function fieldValue(action: Record<string, unknown>, questionId: string): string | undefined {
  const value = action[fieldId(questionId)];
  return typeof value === 'string' ? value : undefined;
}

/** A field of a card with several fields, as answerGroup wants it; `now` for answers that depend on the date. */
export function fieldParser(now: number): Parse {
  return (question, raw, active) => {
    const value = raw?.trim() ?? '';
    if (question.kind === 'text') {
      if (value === '') return 'missing';
      const validated = question.validate?.(value, now) ?? { ok: true, value };
      return validated.ok ? { ok: true, value: validated.value } : { ok: false, hint: validated.hint };
    }
    if (question.kind === 'choice') {
      if (value === '') return 'missing';
      return question.options(active).includes(value) ? { ok: true, value } : { ok: false, hint: 'choose' };
    }
    const offered = new Set(question.groups(active).flatMap((g) => g.values));
    const values = value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.some((v) => !offered.has(v))) return { ok: false, hint: 'choose' };
    if (question.minimum && values.length < question.minimum) return { ok: false, hint: 'atLeastOne' };
    return { ok: true, value: values };
  };
}

export function yesNoOf(typed: string | undefined, texts: Texts): 'ja' | 'nee' | undefined {
  const t = (typed ?? '').trim().toLowerCase();
  if (['ja', 'yes', 'j', 'y', texts.dialog.yes.toLowerCase()].includes(t)) return 'ja';
  if (['nee', 'no', 'n', texts.dialog.no.toLowerCase()].includes(t)) return 'nee';
  return undefined;
}
