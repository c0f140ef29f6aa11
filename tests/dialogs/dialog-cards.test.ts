import type { Attachment } from 'botbuilder';
import { AGE_BANDS, HOUSEHOLD_ROLES, NETWORK_ROLES, TEXT_LIMITS, checklistFor, type AgeBand, type RoutingTable } from '../../src/domain';
import { parseCardAction } from '../../dialogs/dialog-buttons';
import { confirmCard, fieldId, groupCard, pendingCard, questionCard, summaryCard, type CardContext } from '../../dialogs/dialog-cards';
import { GROUPS, UNGROUPED } from '../../dialogs/flow/groups';
import { QUESTION_BY_ID } from '../../dialogs/flow/questions';
import type { Answer, Draft } from '../../dialogs/flow/draft';
import { activeAnswers, hasDisclosure } from '../../dialogs/flow/flow';
import { PARTS, QUESTIONS, ageBandOf, professionOf, type Question } from '../../dialogs/flow/questions';
import { summarySections } from '../../dialogs/summary';
import { languageOf, textsFor } from '../../src/texts';
import { DAYCARE, GP, TEACHER } from '../fixtures/answers';
import { TEAMS, checkCard, objectsOfType } from '../helpers/validate-card';

/**
 * Every card the dialogue can send, in both languages, checked the way Teams would take it: Microsoft's own parser
 * (schema 1.5), at most 6 actions, under 28 KB, buttons that carry the draft (and question) they belong to, and no
 * missing texts or raw option values shown as labels.
 */

type Answers = Record<string, Answer>;
type Json = Record<string, unknown>;

const LOCALES = ['nl-NL', 'en-US'] as const;
const DRAFT_ID = 'draft-3c9e51a0-test';
const ROUTING: RoutingTable = {
  teams: [
    { id: 'noord', name: 'Wijkteam Noord' },
    { id: 'intake', name: 'Centrale intake' },
  ],
  pc4: { '1021': 'noord', '1022': 'noord' },
  pc6: {},
  fallbackTeamId: 'intake',
};
const FOLLOW_UP = { nl: '28 december 2026', en: '28 December 2026' } as const;

/** Choice values that are their own label, so a button may show the value. None at the moment. */
const VALUE_IS_LABEL: ReadonlySet<string> = new Set<string>();

const TEACHER_DISCLOSURE: Answers = {
  ...TEACHER,
  'signals.disclosure': 'ja',
  'signals.words': '"Papa wordt heel boos als ik huil." (verzonnen)',
  'afweging.unsafety': 'structural',
};

/** The longest summary there can be: every text at its limit (with quotes, newlines, accents and emoji), everything ticked. */
const filled = (max: number) => 'Zoë zei: "Ik wil niet naar huis" 😟\n'.repeat(max).slice(0, max);
const allChecklist = (band: AgeBand) => checklistFor(band).flatMap((g) => g.items.map((i) => i.code));
const LONGEST: Answers = {
  ...GP,
  'signaller.organisation': filled(TEXT_LIMITS.organisation),
  'signaller.aandachtsfunctionaris': 'nee',
  'steps.colleague': 'ja',
  'route.kindcheckReasons': ['V.01', 'V.02', 'V.03', 'V.04', 'V.05', 'V.06', 'V.07', 'V.08'],
  'child.household': [...HOUSEHOLD_ROLES],
  'signals.checklist': allChecklist('12-17'),
  'signals.observation': filled(TEXT_LIMITS.observation),
  'signals.when': filled(TEXT_LIMITS.when),
  'signals.source': 'verteld',
  'signals.disclosure': 'ja',
  'signals.words': filled(TEXT_LIMITS.childWords),
  'steps.talked': 'nog-niet',
  'steps.notTalked': 'trust-relationship',
  'afweging.unsafety': 'acute',
  'identity.childName': filled(TEXT_LIMITS.childName),
  'identity.parentsContact': filled(TEXT_LIMITS.parentsContact),
  'network.roles': [...NETWORK_ROLES],
};

/** Whose answers each question card is built with: every profession, every age band, with and without disclosure. */
const PROFILES: ReadonlyArray<readonly [string, Answers]> = [
  ['teacher, 4-11', TEACHER],
  ['daycare, 0-3', DAYCARE],
  // As the draft keeps it: the band of each child, not the ages typed.
  ['GP, 12-17', { ...GP, 'kindcheck.ages': '4-11,12-17' }],
  ['teacher, child told', TEACHER_DISCLOSURE],
];

function draftOf(answers: Answers): Draft {
  return { id: DRAFT_ID, startedAt: 1_767_225_600_000, updatedAt: 1_767_225_660_000, answers, history: Object.keys(answers), acute: false, told: [] };
}

/** The card context the dialogue builds; the profession is also "remembered", as for a returning signaller. */
function contextOf(locale: string, answers: Answers): CardContext {
  const active = activeAnswers(answers);
  const profession = professionOf(active);
  return {
    texts: textsFor(locale),
    language: languageOf(locale),
    vars: { profession, remembered: profession, band: ageBandOf(active), disclosure: hasDisclosure(active) },
    draft: draftOf(answers),
  };
}

function questionCardFor(question: Question, locale: string, answers: Answers): Attachment {
  const ctx = contextOf(locale, answers);
  const options = question.kind === 'choice' ? question.options(activeAnswers(answers)) : undefined;
  return questionCard(question, options, ctx);
}

/** What Teams needs of any card of ours; returns every problem found, so one failing card shows all of them. */
function teamsProblems(attachment: Attachment): string[] {
  const problems: string[] = [];
  const content = attachment.content as Json;
  if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive') problems.push(`content type ${attachment.contentType}`);
  if (content.version !== TEAMS.schemaVersion) problems.push(`version ${String(content.version)}, not ${TEAMS.schemaVersion}`);

  const check = checkCard(content);
  problems.push(...check.parseEvents.map((e) => `parse event: ${e}`));
  problems.push(...check.validationEvents.map((e) => `validation event: ${e}`));
  problems.push(...check.unknownProperties.map((p) => `unknown property: ${p}`));

  const actions = Array.isArray(content.actions) ? content.actions : [];
  if (actions.length > TEAMS.maxActions) problems.push(`${actions.length} actions, Teams shows ${TEAMS.maxActions}`);
  const bytes = Buffer.byteLength(JSON.stringify(attachment), 'utf8');
  if (bytes >= TEAMS.maxBytes) problems.push(`${bytes} bytes, Teams takes about ${TEAMS.maxBytes}`);

  for (const submit of objectsOfType(content, 'Action.Submit')) {
    const data = submit.data as Json | undefined;
    const title = String(submit.title ?? '');
    if (!title.trim() || /undefined|\[object/.test(title)) problems.push(`button without a real title: ${JSON.stringify(submit)}`);
    if (!data || typeof data.ws !== 'string') problems.push(`button "${title}" has no data.ws`);
    if (data?.draft !== DRAFT_ID) problems.push(`button "${title}" carries draft ${String(data?.draft)}, not ${DRAFT_ID}`);
    if (!parseCardAction(data)) problems.push(`button "${title}" sends data the dialogue does not accept: ${JSON.stringify(data)}`);
  }
  for (const block of objectsOfType(content, 'TextBlock')) {
    const text = String(block.text ?? '');
    if (!text.trim() || /undefined|\[object/.test(text)) problems.push(`TextBlock ${String(block.id ?? '')} without a real text: ${JSON.stringify(text)}`);
  }
  return problems;
}

const promptOf = (attachment: Attachment, id: string) => objectsOfType(attachment.content, 'TextBlock').find((b) => b.id === id);

/** Problems specific to a question card: the prompt, the answer buttons, the option labels and group headings. */
function questionProblems(question: Question, locale: string, answers: Answers, attachment: Attachment): string[] {
  const problems: string[] = [];
  const texts = textsFor(locale);
  const prompt = promptOf(attachment, `prompt-${question.id}`);
  if (!prompt || !String(prompt.text ?? '').trim()) problems.push(`no prompt text for ${question.id} in ${locale}`);

  const submits = objectsOfType(attachment.content, 'Action.Submit');
  const answerButtons = submits.filter((s) => (s.data as Json).ws === 'answer');
  for (const button of answerButtons) {
    const data = button.data as Json;
    if (data.step !== question.id) problems.push(`answer button "${String(button.title)}" has step ${String(data.step)}, not ${question.id}`);
  }
  if (!submits.some((s) => (s.data as Json).ws === 'danger')) problems.push('no danger button');

  if (question.kind === 'choice') {
    const options = question.options(activeAnswers(answers));
    const values = answerButtons.map((b) => (b.data as Json).value);
    if (JSON.stringify(values) !== JSON.stringify(options)) problems.push(`buttons ${JSON.stringify(values)} are not the options ${JSON.stringify(options)}`);
    for (const button of answerButtons) {
      const value = String((button.data as Json).value);
      if (button.title === value && !VALUE_IS_LABEL.has(value))
        problems.push(`button shows the raw value "${value}" (no label in ${locale} texts.q['${question.id}'].options)`);
    }
  }
  if (question.kind === 'multi') {
    if (answerButtons.length !== 1) problems.push(`${answerButtons.length} "done" buttons`);
    const groups = question.groups(activeAnswers(answers)).filter((g) => g.values.length > 0);
    const sets = objectsOfType(attachment.content, 'Input.ChoiceSet');
    if (sets.length !== groups.length) problems.push(`${sets.length} choice sets for ${groups.length} groups`);
    for (const group of groups) {
      if (!texts.dialog.groups[group.group]) problems.push(`group ${group.group} has no heading in ${locale} texts.dialog.groups`);
      const set = sets.find((s) => s.id === `sel_${group.group}`);
      const choices = (set?.choices ?? []) as Json[];
      if (JSON.stringify(choices.map((c) => c.value)) !== JSON.stringify(group.values)) problems.push(`group ${group.group}: choices are not its values`);
      for (const choice of choices) {
        const value = String(choice.value);
        if (choice.title === value && !VALUE_IS_LABEL.has(value)) problems.push(`choice shows the raw value "${value}" (no label in ${locale})`);
      }
    }
  }
  return problems;
}

it('every question is on a card', () => {
  expect(UNGROUPED).toEqual([]);
});

describe.each(LOCALES)('cards in %s', (locale) => {
  const questionCases = QUESTIONS.flatMap((question) => PROFILES.map(([profile, answers]) => [question.id, profile, question, answers] as const));

  it.each(questionCases)('question %s (%s)', (_id, _profile, question, answers) => {
    const attachment = questionCardFor(question, locale, answers);
    expect([...teamsProblems(attachment), ...questionProblems(question, locale, answers, attachment)]).toEqual([]);
  });

  // Every card with several fields, for every profile: fresh, and back with a problem under every field (the longest).
  const groupCases = GROUPS.filter((g) => g.questions.length > 1).flatMap((group) =>
    PROFILES.flatMap(([profile, answers]) => [
      [group.id, profile, 'fresh', group, answers] as const,
      [group.id, profile, 'every field wrong', group, answers] as const,
    ]),
  );

  it.each(groupCases)('group card %s (%s, %s)', (_id, _profile, variant, group, answers) => {
    const questions = group.questions.map((id) => QUESTION_BY_ID.get(id)!).filter(Boolean);
    const retry =
      variant === 'fresh'
        ? undefined
        : {
            errors: Object.fromEntries(questions.map((q) => [q.id, 'required'])),
            values: Object.fromEntries(questions.map((q) => [q.id, filled(q.kind === 'text' ? q.max : 20)])),
          };
    const attachment = groupCard(group.id, questions, contextOf(locale, answers), {}, retry);
    const problems = teamsProblems(attachment);
    const texts = textsFor(locale);
    for (const question of questions) {
      if (!String(promptOf(attachment, `prompt-${question.id}`)?.text ?? '').trim()) problems.push(`no prompt for ${question.id}`);
      const input = [...objectsOfType(attachment.content, 'Input.ChoiceSet'), ...objectsOfType(attachment.content, 'Input.Text')].find(
        (i) => i.id === fieldId(question.id),
      );
      if (!input) problems.push(`no field for ${question.id}`);
      for (const choice of (input?.choices ?? []) as Json[]) {
        if (choice.title === choice.value && !VALUE_IS_LABEL.has(String(choice.value)))
          problems.push(`${question.id}: raw value "${String(choice.value)}" as label`);
      }
      if (retry && promptOf(attachment, `error-${question.id}`)?.text !== texts.dialog.hints.required) problems.push(`no problem shown under ${question.id}`);
    }
    const buttons = objectsOfType(attachment.content, 'Action.Submit').map((a) => (a.data as Json).ws);
    expect(buttons).toEqual(['group', 'danger']);
    expect(problems).toEqual([]);
  });

  it('the first card opens with the safety question, answered by its one danger button', () => {
    const group = GROUPS.find((g) => g.id === 'signaller')!;
    const attachment = groupCard(
      group.id,
      group.questions.map((id) => QUESTION_BY_ID.get(id)!),
      contextOf(locale, {}),
      {},
    );
    const first = objectsOfType(attachment.content, 'TextBlock')[0];
    expect(first?.text).toBe(textsFor(locale).dialog.safetyFirst);
    expect(objectsOfType(attachment.content, 'Action.Submit').filter((a) => (a.data as Json).ws === 'danger')).toHaveLength(1);
  });

  it.each(['after-danger', 'use-held', 'identifying-confirm'] as const)('the card of %s', (pending) => {
    const draft = { ...draftOf(TEACHER), pending, held: { question: 'signals.observation', text: filled(TEXT_LIMITS.observation) } };
    const attachment = pendingCard({ ...contextOf(locale, TEACHER), draft });
    expect(attachment).toBeDefined();
    expect(teamsProblems(attachment!)).toEqual([]);
  });

  it('the danger question beside the guidance: "Ja" is its one danger action (no second red button)', () => {
    const attachment = pendingCard({ ...contextOf(locale, TEACHER), draft: { ...draftOf(TEACHER), pending: 'danger-confirm' } })!;
    expect(teamsProblems(attachment)).toEqual([]);
    expect(objectsOfType(attachment.content, 'Action.Submit').map((s) => s.data as Json)).toEqual([
      { ws: 'confirm', draft: DRAFT_ID, about: 'danger-confirm', value: 'ja' },
      { ws: 'confirm', draft: DRAFT_ID, about: 'danger-confirm', value: 'nee' },
    ]);
  });

  it.each([['stop-confirm', textsFor(locale).dialog.stopConfirm]] as const)('confirm card %s', (about, prompt) => {
    const attachment = confirmCard(prompt, about, contextOf(locale, TEACHER));
    const problems = teamsProblems(attachment);
    if (!String(promptOf(attachment, `prompt-${about}`)?.text ?? '').trim()) problems.push(`no prompt text for ${about}`);
    const buttons = objectsOfType(attachment.content, 'Action.Submit').map((s) => s.data as Json);
    expect(buttons).toEqual([
      { ws: 'confirm', draft: DRAFT_ID, about, value: 'ja' },
      { ws: 'confirm', draft: DRAFT_ID, about, value: 'nee' },
      { ws: 'danger', draft: DRAFT_ID },
    ]);
    expect(problems).toEqual([]);
  });

  it.each([
    ['teacher, consultation', TEACHER],
    ['daycare worker, hand-over', DAYCARE],
    ['GP kindcheck, hand-over', GP],
    ['teacher, child told', TEACHER_DISCLOSURE],
    ['the longest possible: every text at its limit, everything ticked, acute', LONGEST],
  ])('summary card: %s', (_name, answers) => {
    const ctx = contextOf(locale, answers);
    const sections = summarySections(ctx.draft, ctx.texts, ctx.language, ROUTING, FOLLOW_UP[ctx.language]);
    const attachment = summaryCard(sections, ctx);
    const problems = teamsProblems(attachment);
    if (!String(promptOf(attachment, 'prompt-summary')?.text ?? '').trim()) problems.push('no summary title');
    for (const section of sections) {
      if (!ctx.texts.summary.sections[section.part]) problems.push(`section ${section.part} has no heading in ${locale}`);
      for (const fact of section.facts) {
        if (!fact.title.trim() || !fact.value.trim() || /undefined|\[object/.test(fact.title + fact.value))
          problems.push(`section ${section.part}: fact ${JSON.stringify(fact)}`);
      }
    }
    const kinds = objectsOfType(attachment.content, 'Action.Submit').map((s) => s.data as Json);
    expect(kinds.filter((d) => d.ws === 'change').map((d) => d.part)).toEqual(sections.filter((s) => s.changeable).map((s) => s.part));
    expect((attachment.content as Json).actions).toHaveLength(2);
    expect(problems).toEqual([]);
  });
});

describe('the table covers the whole dialogue', () => {
  it('every question, every age band and every profession', () => {
    const profiles = PROFILES.map(([, answers]) => activeAnswers(answers));
    expect(new Set(profiles.map(ageBandOf))).toEqual(new Set(AGE_BANDS));
    expect(new Set(profiles.map(professionOf))).toEqual(new Set(['leerkracht', 'kinderopvang', 'huisarts']));
    expect(profiles.some(hasDisclosure)).toBe(true);
    expect(QUESTIONS.length).toBeGreaterThan(30);
    expect(new Set(QUESTIONS.map((q) => q.part))).toEqual(new Set(PARTS));
  });

  it('the longest summary really has every text at its limit', () => {
    const ctx = contextOf('nl-NL', LONGEST);
    const sections = summarySections(ctx.draft, ctx.texts, ctx.language, ROUTING, FOLLOW_UP.nl);
    const values = sections.flatMap((s) => s.facts.map((f) => f.value));
    expect(values).toContain(filled(TEXT_LIMITS.observation));
    expect(values).toContain(filled(TEXT_LIMITS.childWords));
    expect(values).toContain(filled(TEXT_LIMITS.parentsContact));
  });

  it('the checker itself catches what Teams would refuse', () => {
    const bad = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'x', bogus: true },
        { type: 'Foo' },
        { type: 'Input.ChoiceSet', id: 'a', choices: [] },
        { type: 'Input.Text', id: 'a' },
      ],
      actions: Array.from({ length: 7 }, (_, i) => ({ type: 'Action.Submit', title: `t${i}` })),
    };
    const check = checkCard(bad);
    expect(
      checkCard({ ...bad, body: [bad.body[0], { type: 'ColumnSet', columns: [{ type: 'Column', items: [], widht: 'auto' }] }] }).unknownProperties,
    ).toEqual(['body[0].bogus', 'body[1].columns[0].widht']);
    expect(check.parseEvents.join('\n')).toMatch(/Unknown element type "Foo"/);
    expect(check.validationEvents.join('\n')).toMatch(/at least one choice/);
    expect(check.validationEvents.join('\n')).toMatch(/Duplicate Id "a"/);
    expect(check.validationEvents.join('\n')).toMatch(/Maximum number of actions exceeded \(6\)/);
    expect(checkCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', wrap: false }] })).toEqual({
      parseEvents: [],
      validationEvents: [],
      unknownProperties: [],
    });
  });
});
