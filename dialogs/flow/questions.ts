import {
  AGE_BANDS,
  HOUSEHOLD_ROLES,
  NETWORK_ROLES,
  NOT_TALKED_REASONS,
  TEXT_LIMITS,
  checkHandover,
  checklistFor,
  consentNeeded,
  DISCLOSURE_CODES,
  parseAddress,
  parsePostcode,
  pendingAfwegingQuestions,
  type AgeBand,
  type Profession,
} from '../../src/domain';
import { afwegingAnswers } from './derive';
import { list, text, type Answers } from './draft';

export const PARTS = ['signaller', 'route', 'child', 'signals', 'steps', 'afweging', 'consent', 'network'] as const;
export type Part = (typeof PARTS)[number];

import type { EndReason } from '../../src/domain';
export type { EndReason };

export type Validation = { ok: true; value: string } | { ok: false; hint: string };

interface Base {
  readonly id: string;
  readonly part: Part;
  readonly applies?: (a: Answers) => boolean;
  /** Answering this ends the conversation for these values. */
  readonly ends?: Readonly<Record<string, EndReason>>;
}
export interface ChoiceQuestion extends Base {
  readonly kind: 'choice';
  readonly options: (a: Answers) => readonly string[];
}
export interface MultiQuestion extends Base {
  readonly kind: 'multi';
  /** Option values in groups; labels come from the texts (or the checklist). */
  readonly groups: (a: Answers) => ReadonlyArray<{ readonly group: string; readonly values: readonly string[] }>;
  readonly minimum?: number;
}
export interface TextQuestion extends Base {
  readonly kind: 'text';
  readonly max: number;
  /** A hint key from the texts when the answer is not usable. */
  /** `now` (ms) from the injected clock, for answers that depend on the date. */
  readonly validate?: (input: string, now: number) => Validation;
}
export type Question = ChoiceQuestion | MultiQuestion | TextQuestion;

const YES_NO = ['ja', 'nee'] as const;
const UNSAFE_TO_TELL: ReadonlySet<string> = new Set(['unsafe-child', 'unsafe-others']);
const ticksDisclosure = (a: Answers) => list(a, 'signals.checklist').some((code) => DISCLOSURE_CODES.has(code));
const yesNo = () => YES_NO;
const is = (id: string, value: string) => (a: Answers) => text(a, id) === value;
const all =
  (...tests: Array<(a: Answers) => boolean>) =>
  (a: Answers) =>
    tests.every((t) => t(a));

export function professionOf(a: Answers): Profession | undefined {
  return text(a, 'signaller.profession') as Profession | undefined;
}
export const isKindcheck = (a: Answers) => text(a, 'route.kind') === 'kindcheck';

/** A kindcheck: the age band of each child at home, as answered ("0-3,4-11"). */
export function childrensBands(a: Answers): AgeBand[] {
  return (text(a, 'kindcheck.ages') ?? '').split(',').filter((b): b is AgeBand => (AGE_BANDS as readonly string[]).includes(b));
}

/** The child's age band; for a kindcheck the oldest child's, as consent follows the oldest. */
export function ageBandOf(a: Answers): AgeBand | undefined {
  if (!isKindcheck(a)) return text(a, 'child.ageBand') as AgeBand | undefined;
  const bands = childrensBands(a);
  return [...AGE_BANDS].reverse().find((band) => bands.includes(band));
}

/** Signals at the child are asked about only when the signaller saw the child (a GP's kindcheck often did not). */
const sawTheChild = (a: Answers) => !isKindcheck(a) || text(a, 'kindcheck.seen') === 'ja';

export function consentNeededFor(a: Answers) {
  const band = ageBandOf(a) ?? '4-11';
  return consentNeeded(band, band === '12-17' ? text(a, 'consent.sixteen') === 'ja' : undefined);
}

/** All consent questions that apply to a requested hand-over have an answer. */
export function consentAnswered(a: Answers): boolean {
  const needed = consentNeededFor(a);
  return (!needed.parents || text(a, 'consent.parents') !== undefined) && (!needed.child || text(a, 'consent.child') !== undefined);
}

/** The mode the signal really gets: a hand-over only with every needed consent. */
export function effectiveMode(a: Answers): 'consultation' | 'handover' | undefined {
  const asked = text(a, 'consent.mode');
  if (asked !== 'handover') return asked as 'consultation' | undefined;
  const check = checkHandover(consentNeededFor(a), { parents: yes(a, 'consent.parents'), child: yes(a, 'consent.child') });
  return check.allowed ? 'handover' : 'consultation';
}
const yes = (a: Answers, id: string) => (text(a, id) === undefined ? undefined : text(a, id) === 'ja');
const wantsHandover = is('consent.mode', 'handover');
const isHandover = (a: Answers) => effectiveMode(a) === 'handover';

const limited =
  (max: number) =>
  (input: string): Validation => {
    const value = input.trim();
    if (value.length === 0) return { ok: false, hint: 'empty' };
    return value.length > max ? { ok: false, hint: 'tooLong' } : { ok: true, value };
  };

/**
 * "3, 8 en 14" → the band of each child, "0-3,4-11,12-17": ages 0-17, one to twelve children. The ages themselves are
 * not kept, only their bands.
 */
function childrensAges(input: string): Validation {
  const ages = input
    .split(/[^0-9]+/)
    .filter(Boolean)
    .map(Number);
  if (ages.length === 0 || ages.length > 12 || ages.some((age) => age > 17)) return { ok: false, hint: 'ages' };
  return { ok: true, value: ages.map((age) => (age <= 3 ? '0-3' : age <= 11 ? '4-11' : '12-17')).join(',') };
}

function birthYear(input: string, now: number): Validation {
  const year = Number(input.trim());
  const current = new Date(now).getUTCFullYear();
  if (!/^\d{4}$/.test(input.trim()) || year > current || year < current - 18) return { ok: false, hint: 'birthYear' };
  return { ok: true, value: String(year) };
}

/**
 * The whole conversation, in order. The next question is always the first that applies and has no answer yet, so
 * "terug", "wijzig" and resuming after a pause are all just removing answers.
 */
export const QUESTIONS: readonly Question[] = [
  // 1. Who is signalling. (Safety comes first on that very card: its red button leads to the guidance.)
  { id: 'signaller.profession', part: 'signaller', kind: 'choice', options: () => ['leerkracht', 'kinderopvang', 'huisarts'] },
  { id: 'signaller.organisation', part: 'signaller', kind: 'text', max: TEXT_LIMITS.organisation, validate: limited(TEXT_LIMITS.organisation) },
  { id: 'signaller.aandachtsfunctionaris', part: 'signaller', kind: 'choice', options: yesNo },

  // 2. Routes that are not a wijkteam signal.
  {
    id: 'route.kind',
    part: 'route',
    kind: 'choice',
    options: (a) => {
      switch (professionOf(a)) {
        case 'kinderopvang':
          return ['thuis', 'medewerker', 'tussen-kinderen'];
        case 'huisarts':
          return ['thuis', 'kindcheck'];
        default:
          return ['thuis', 'medewerker'];
      }
    },
    ends: { 'tussen-kinderen': 'between-children' },
  },
  {
    id: 'route.staff',
    part: 'route',
    kind: 'choice',
    options: () => ['geweld', 'zeden'],
    applies: is('route.kind', 'medewerker'),
    ends: { geweld: 'staff-violence', zeden: 'staff-sexual' },
  },
  { id: 'route.kindcheckChildren', part: 'route', kind: 'choice', options: yesNo, applies: isKindcheck, ends: { nee: 'kindcheck-no-children' } },
  {
    id: 'route.kindcheckReasons',
    part: 'route',
    kind: 'multi',
    minimum: 1,
    applies: isKindcheck,
    groups: () => [{ group: 'V', values: ['V.01', 'V.02', 'V.03', 'V.04', 'V.05', 'V.06', 'V.07', 'V.08'] }],
  },
  // A kindcheck is about the parent and the children at home: the age of each child (kept as age bands only), and
  // whether the GP saw the children (if not, nothing is asked about signals at the child or what it told).
  { id: 'kindcheck.ages', part: 'route', kind: 'text', max: 60, validate: childrensAges, applies: isKindcheck },
  { id: 'kindcheck.seen', part: 'route', kind: 'choice', options: yesNo, applies: isKindcheck },

  // Consultation or hand-over, chosen before any free text about the family (a consultation is asked not to type
  // names); part of the consent part, so "wijzig" there asks it again. The consent questions come at the end.
  { id: 'consent.mode', part: 'consent', kind: 'choice', options: () => ['consultation', 'handover'] },

  // 3. The child and the family.
  { id: 'child.ageBand', part: 'child', kind: 'choice', options: () => AGE_BANDS, applies: (a) => !isKindcheck(a) },
  {
    id: 'child.postcode',
    part: 'child',
    kind: 'text',
    max: 10,
    validate: (input) => {
      const parsed = parsePostcode(input);
      return parsed.ok ? { ok: true, value: parsed.pc6 ?? parsed.pc4 } : { ok: false, hint: `postcode.${parsed.problem}` };
    },
  },
  { id: 'child.household', part: 'child', kind: 'multi', groups: () => [{ group: 'household', values: HOUSEHOLD_ROLES }] },

  // 4. Signals.
  {
    id: 'signals.checklist',
    part: 'signals',
    kind: 'multi',
    applies: sawTheChild,
    groups: (a) => {
      const band = ageBandOf(a) ?? '4-11';
      return ['L', 'K', 'I', 'O', 'S'].map((group) => ({ group, values: checklistValues(band, group) }));
    },
  },
  { id: 'signals.observation', part: 'signals', kind: 'text', max: TEXT_LIMITS.observation, validate: limited(TEXT_LIMITS.observation) },
  { id: 'signals.when', part: 'signals', kind: 'text', max: TEXT_LIMITS.when, validate: limited(TEXT_LIMITS.when) },
  { id: 'signals.source', part: 'signals', kind: 'choice', options: () => ['zelf', 'verteld'] },
  // Not asked when already ticked on the checklist ("vertelt zelf over geweld thuis"): that is the answer.
  {
    id: 'signals.disclosure',
    part: 'signals',
    kind: 'choice',
    options: yesNo,
    applies: (a) => sawTheChild(a) && ageBandOf(a) !== '0-3' && !ticksDisclosure(a),
  },
  {
    id: 'signals.words',
    part: 'signals',
    kind: 'text',
    max: TEXT_LIMITS.childWords,
    validate: limited(TEXT_LIMITS.childWords),
    applies: (a) => text(a, 'signals.disclosure') === 'ja' || (text(a, 'signals.disclosure') === undefined && ticksDisclosure(a)),
  },

  // 5. Meldcode steps so far.
  { id: 'steps.colleague', part: 'steps', kind: 'choice', options: yesNo, applies: is('signaller.aandachtsfunctionaris', 'nee') },
  { id: 'steps.veiligThuis', part: 'steps', kind: 'choice', options: yesNo },
  {
    id: 'steps.talked',
    part: 'steps',
    kind: 'choice',
    options: (a) => (ageBandOf(a) === '0-3' ? ['ouders', 'nog-niet'] : ['ouders', 'kind', 'beiden', 'nog-niet']),
  },
  { id: 'steps.notTalked', part: 'steps', kind: 'choice', options: () => NOT_TALKED_REASONS, applies: is('steps.talked', 'nog-niet') },

  // 6. Afwegingskader, questions 1 to 4 (5 becomes the follow-up date).
  // "twijfel" goes on with the weighing: doubt is a reason to look closer, not to close.
  { id: 'afweging.suspicion', part: 'afweging', kind: 'choice', options: () => ['ja', 'twijfel', 'nee'], ends: { nee: 'no-suspicion' } },
  { id: 'afweging.unsafety', part: 'afweging', kind: 'choice', options: () => ['acute', 'structural', 'no', 'unsure'], applies: pendingIs('unsafety') },
  { id: 'afweging.canOrganiseHelp', part: 'afweging', kind: 'choice', options: yesNo, applies: pendingIs('canOrganiseHelp') },
  { id: 'afweging.helpAccepted', part: 'afweging', kind: 'choice', options: () => ['yes', 'no', 'unknown'], applies: pendingIs('helpAccepted') },

  // 7. Consent for a hand-over, and what the ouders know.
  { id: 'consent.sixteen', part: 'consent', kind: 'choice', options: yesNo, applies: all(wantsHandover, (a) => ageBandOf(a) === '12-17') },
  { id: 'consent.parents', part: 'consent', kind: 'choice', options: yesNo, applies: all(wantsHandover, (a) => consentNeededFor(a).parents) },
  { id: 'consent.child', part: 'consent', kind: 'choice', options: yesNo, applies: all(wantsHandover, (a) => consentNeededFor(a).child) },
  // Not asked when the parents were not told because that would endanger the child or others: they do not know.
  { id: 'consent.parentsInformed', part: 'consent', kind: 'choice', options: yesNo, applies: (a) => !UNSAFE_TO_TELL.has(text(a, 'steps.notTalked') ?? '') },
  { id: 'identity.childName', part: 'consent', kind: 'text', max: TEXT_LIMITS.childName, validate: limited(TEXT_LIMITS.childName), applies: isHandover },
  { id: 'identity.birthYear', part: 'consent', kind: 'text', max: 4, validate: birthYear, applies: isHandover },
  {
    id: 'identity.address',
    part: 'consent',
    kind: 'text',
    max: 20,
    validate: (input) => (parseAddress(input).ok ? { ok: true, value: input.trim().toUpperCase() } : { ok: false, hint: 'address' }),
    applies: isHandover,
  },
  {
    id: 'identity.parentsContact',
    part: 'consent',
    kind: 'text',
    max: TEXT_LIMITS.parentsContact,
    validate: limited(TEXT_LIMITS.parentsContact),
    applies: isHandover,
  },

  // 8. The network around the child.
  { id: 'network.roles', part: 'network', kind: 'multi', groups: () => [{ group: 'network', values: NETWORK_ROLES }] },
  { id: 'network.contact', part: 'network', kind: 'choice', options: yesNo },
];

function pendingIs(question: 'unsafety' | 'canOrganiseHelp' | 'helpAccepted') {
  return (a: Answers) => pendingAfwegingQuestions(afwegingAnswers(a))[0] === question || text(a, `afweging.${question}`) !== undefined;
}

function checklistValues(band: AgeBand, group: string): string[] {
  return checklistFor(band)
    .filter((g) => g.group === group)
    .flatMap((g) => g.items.map((i) => i.code));
}

export const QUESTION_BY_ID: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((q) => [q.id, q]));
