import type { Attachment } from 'botbuilder';
import type { Draft, Pending } from './flow/draft';
import { identifyingIn } from './flow/anonymity';
import { ON_THE_SAME_CARD } from './flow/groups';
import type { Question } from './flow/questions';
import { ADAPTIVE_CARD_VERSION, adaptiveCard, textBlock } from '../src/toolkit/cards';
import { checklistLabel } from '../src/texts/checklist';
import { identifyingList, render, type Language, type PromptVars, type Texts } from '../src/texts';

type Element = Record<string, unknown>;

const card = (body: Element[], actions: Element[]): Attachment =>
  adaptiveCard({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: ADAPTIVE_CARD_VERSION, body, actions });
const submit = (title: string, data: Element, extra: Element = {}): Element => ({ type: 'Action.Submit', title, data, ...extra });

/** The label of one option, from the question's texts or, for signal codes, from the checklist. */
export function optionLabel(texts: Texts, language: Language, question: Question, value: string): string {
  const fromTexts = texts.q[question.id]?.options?.[value];
  if (fromTexts) return fromTexts;
  return checklistLabel(value, language) ?? value;
}

/** On every card of the dialogue: direct danger always has a button. */
const dangerButton = (ctx: CardContext): Element => submit(ctx.texts.dialog.dangerButton, { ws: 'danger', draft: ctx.draft.id }, { style: 'destructive' });

export interface CardContext {
  readonly texts: Texts;
  readonly language: Language;
  readonly vars: PromptVars;
  readonly draft: Draft;
  /** Where a signal with a postcode in no team's area goes. */
  readonly fallbackTeam?: string;
}

export function questionCard(question: Question, options: readonly string[] | undefined, ctx: CardContext): Attachment {
  const { texts, vars, draft } = ctx;
  const qt = texts.q[question.id];
  // The prompt's id names the question, so a client (or a test) can tell which one a card asks.
  const body: Element[] = [textBlock(render(qt?.prompt, vars), { weight: 'Bolder', id: `prompt-${question.id}` })];
  const note = render(qt?.note, vars);
  if (note) body.push(textBlock(note, { isSubtle: true }));
  const danger = dangerButton(ctx);

  if (question.kind === 'choice') {
    const buttons = (options ?? []).map((value) =>
      submit(optionLabel(texts, ctx.language, question, value), { ws: 'answer', draft: draft.id, step: question.id, value }),
    );
    return card(body, [...buttons, danger]);
  }
  if (question.kind === 'multi') {
    for (const group of question.groups(draft.answers)) {
      if (group.values.length === 0) continue;
      body.push(textBlock(texts.dialog.groups[group.group] ?? group.group, { weight: 'Bolder', spacing: 'Medium' }));
      body.push({
        type: 'Input.ChoiceSet',
        id: `sel_${group.group}`,
        isMultiSelect: true,
        style: 'expanded',
        choices: group.values.map((value) => ({ title: optionLabel(texts, ctx.language, question, value), value })),
      });
    }
    const done = submit(texts.dialog.done, { ws: 'answer', draft: draft.id, step: question.id }, { style: 'positive' });
    return card(body, [done, danger]);
  }
  body.push(textBlock(texts.dialog.typeAnswer(question.max), { isSubtle: true }));
  return card(body, [danger]);
}

/** Errors per field and the values as they were sent, when a card comes back because a field was not right. */
export interface GroupRetry {
  readonly errors: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, string | undefined>>;
}

/** The input id of a question's field on a group card; what the card's "Verder" sends back under that name. */
export const fieldId = (questionId: string) => `q:${questionId}`;

/**
 * Several questions on one card, each with its field (radio buttons, tick boxes, a text field) and, when the card
 * comes back, the problem right under the field it is about. The first card opens with the safety question, whose
 * answer is its red button. Values: what was sent (a retry), else what is remembered (`prefill`).
 */
export function groupCard(
  groupId: string,
  questions: readonly Question[],
  ctx: CardContext,
  prefill: Readonly<Record<string, string>>,
  retry?: GroupRetry,
): Attachment {
  const { texts, vars, draft, language } = ctx;
  const body: Element[] = [];
  if (groupId === 'signaller') body.push(textBlock(texts.dialog.safetyFirst, { color: 'Attention' }));
  for (const question of questions) {
    const qt = texts.q[question.id];
    body.push(textBlock(render(qt?.prompt, vars), { weight: 'Bolder', id: `prompt-${question.id}`, spacing: 'Medium' }));
    const note = render(qt?.note, vars);
    if (note) body.push(textBlock(note, { isSubtle: true, spacing: 'None' }));
    // "Alleen als …": a question that an answer on this same card may make unnecessary says when it counts.
    const onlyWhen = ON_THE_SAME_CARD.has(question.id) ? texts.dialog.onlyWhen[question.id] : undefined;
    if (onlyWhen) body.push(textBlock(onlyWhen, { isSubtle: true, spacing: 'None' }));
    const value = retry ? retry.values[question.id] : prefill[question.id];
    const choices = (values: readonly string[]) => values.map((v) => ({ title: optionLabel(texts, language, question, v), value: v }));
    const id = fieldId(question.id);
    if (question.kind === 'choice') {
      body.push({ type: 'Input.ChoiceSet', id, style: 'expanded', choices: choices(question.options(draft.answers)), ...(value && { value }) });
    } else if (question.kind === 'multi') {
      const values = question.groups(draft.answers).flatMap((g) => g.values);
      body.push({ type: 'Input.ChoiceSet', id, style: 'expanded', isMultiSelect: true, choices: choices(values), ...(value && { value }) });
    } else {
      const placeholder = texts.dialog.maxChars(question.max);
      body.push({ type: 'Input.Text', id, maxLength: question.max, isMultiline: question.max > 100, placeholder, ...(value && { value }) });
    }
    const error = retry?.errors[question.id];
    if (error)
      body.push(textBlock(texts.dialog.hints[error] ?? texts.dialog.hints.required ?? '', { color: 'Attention', id: `error-${question.id}`, spacing: 'None' }));
  }
  const next = submit(texts.dialog.next, { ws: 'group', draft: draft.id, group: groupId }, { style: 'positive' });
  return card(body, [next, dangerButton(ctx)]);
}

interface ConfirmOptions {
  /** Said above the question, on the same card (the guidance beside "is there danger now?"). */
  readonly lead?: string;
  readonly yes?: string;
  /** null: no "no" button (typing is the other answer). */
  readonly no?: string | null;
  /** Leave out the red button where "Ja" already says there is danger now: one danger action per card. */
  readonly withoutDanger?: boolean;
}

export function confirmCard(prompt: string, about: Pending, ctx: CardContext, options: ConfirmOptions = {}): Attachment {
  const data = (value: 'ja' | 'nee') => ({ ws: 'confirm', draft: ctx.draft.id, about, value });
  const body = [...(options.lead ? [textBlock(options.lead, { color: 'Attention' })] : []), textBlock(prompt, { weight: 'Bolder', id: `prompt-${about}` })];
  const no = options.no === null ? [] : [submit(options.no ?? ctx.texts.dialog.no, data('nee'))];
  const danger = options.withoutDanger ? [] : [dangerButton(ctx)];
  return card(body, [submit(options.yes ?? ctx.texts.dialog.yes, data('ja')), ...no, ...danger]);
}

/** The card for a question asked outside the order (see PENDING), or undefined when none is open. */
export function pendingCard(ctx: CardContext): Attachment | undefined {
  const { texts, draft } = ctx;
  const d = texts.dialog;
  const held = draft.held;
  const prompt = (id: string) => render(texts.q[id]?.prompt, ctx.vars);
  switch (draft.pending) {
    case undefined:
      return undefined;
    case 'stop-confirm':
      return confirmCard(d.stopConfirm, 'stop-confirm', ctx);
    case 'danger-confirm':
      return confirmCard(d.dangerConfirm, 'danger-confirm', ctx, { lead: d.guidanceLines, withoutDanger: true });
    case 'after-danger':
      return confirmCard(d.afterDanger, 'after-danger', ctx, { yes: d.continueButton, no: null });
    case 'use-held':
      return held && confirmCard(d.useHeld(prompt(held.question), held.text), 'use-held', ctx, { yes: d.useHeldYes, no: d.useHeldNo });
    case 'identifying-confirm': {
      if (!held) return undefined;
      const found = identifyingList(identifyingIn(held.text, draft.notIdentifying?.[held.question]), texts);
      const say = held.earlier ? d.identifyingReview(prompt(held.question), held.text, found) : d.identifyingFound(found);
      return confirmCard(say, 'identifying-confirm', ctx, { yes: d.keepAsIs, no: null });
    }
    case 'postcode-confirm': {
      const postcode = draft.answers['child.postcode'];
      return confirmCard(d.postcodeUnknown(String(postcode ?? ''), ctx.fallbackTeam ?? ''), 'postcode-confirm', ctx, {
        yes: d.postcodeRight,
        no: d.postcodeCorrect,
      });
    }
  }
}

export interface SummarySection {
  readonly part: string;
  readonly facts: ReadonlyArray<{ readonly title: string; readonly value: string }>;
  readonly changeable: boolean;
}

export function summaryCard(sections: readonly SummarySection[], ctx: CardContext): Attachment {
  const { texts, draft } = ctx;
  const body: Element[] = [
    textBlock(texts.summary.title, { size: 'Large', weight: 'Bolder', id: 'prompt-summary' }),
    textBlock(texts.summary.intro, { isSubtle: true }),
  ];
  for (const section of sections) {
    body.push({
      type: 'ColumnSet',
      spacing: 'Medium',
      separator: true,
      columns: [
        { type: 'Column', width: 'stretch', items: [textBlock(texts.summary.sections[section.part] ?? section.part, { weight: 'Bolder' })] },
        ...(section.changeable
          ? [
              {
                type: 'Column',
                width: 'auto',
                items: [{ type: 'ActionSet', actions: [submit(texts.summary.change, { ws: 'change', draft: draft.id, part: section.part })] }],
              },
            ]
          : []),
      ],
    });
    body.push({ type: 'FactSet', facts: section.facts.map((f) => ({ title: f.title, value: f.value })) });
  }
  return card(body, [submit(texts.summary.send, { ws: 'send', draft: draft.id }, { style: 'positive' }), dangerButton(ctx)]);
}
