import { fieldParser, fieldValue, yesNoOf } from '../../dialogs/read-answers';
import { QUESTION_BY_ID } from '../../dialogs/flow/questions';
import { textsFor } from '../../src/texts';

const NOW = Date.UTC(2026, 11, 2);
const parse = fieldParser(NOW);
const question = (id: string) => {
  const q = QUESTION_BY_ID.get(id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const TEACHER = { 'signaller.profession': 'leerkracht', 'child.ageBand': '4-11' };

describe('a field of a card with several fields, read as an answer', () => {
  it.each<[string, string | undefined, unknown]>([
    // text: trimmed and validated, empty is missing
    ['signals.when', '  maandag  ', { ok: true, value: 'maandag' }],
    ['signals.when', '   ', 'missing'],
    ['signals.when', undefined, 'missing'],
    ['signals.when', 'x'.repeat(201), { ok: false, hint: 'tooLong' }],
    ['child.postcode', '1021 ab', { ok: true, value: '1021AB' }],
    ['child.postcode', '123', { ok: false, hint: 'postcode.too-few-digits' }],
    ['kindcheck.ages', '3, 8 en 14', { ok: true, value: '0-3,4-11,12-17' }],
    ['kindcheck.ages', '19', { ok: false, hint: 'ages' }],
    // a choice: only what is on offer
    ['signals.source', 'zelf', { ok: true, value: 'zelf' }],
    ['signals.source', 'misschien', { ok: false, hint: 'choose' }],
    ['signals.source', '', 'missing'],
    // a multi-select: comma-separated, all on offer; none ticked is an answer unless at least one is needed
    ['child.household', 'moeder,vader', { ok: true, value: ['moeder', 'vader'] }],
    ['child.household', '', { ok: true, value: [] }],
    ['child.household', 'moeder,buurman', { ok: false, hint: 'choose' }],
    ['route.kindcheckReasons', '', { ok: false, hint: 'atLeastOne' }],
  ])('%s: %j', (id, raw, expected) => {
    expect(parse(question(id), raw, TEACHER)).toEqual(expected);
  });

  it('takes a field from what the card sent by its input name, strings only', () => {
    expect(fieldValue({ 'q:signals.when': 'maandag' }, 'signals.when')).toBe('maandag');
    expect(fieldValue({ 'q:signals.when': 3 }, 'signals.when')).toBeUndefined();
    expect(fieldValue({}, 'signals.when')).toBeUndefined();
  });
});

describe('a typed yes or no', () => {
  it.each<[string, string, 'ja' | 'nee' | undefined]>([
    ['nl-NL', 'Ja', 'ja'],
    ['nl-NL', ' nee ', 'nee'],
    ['en-US', 'yes', 'ja'],
    ['en-US', 'No', 'nee'],
    ['nl-NL', 'misschien', undefined],
  ])('%s %j → %s', (locale, typed, expected) => {
    expect(yesNoOf(typed, textsFor(locale))).toBe(expected);
  });
});
