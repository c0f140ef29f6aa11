import { AGE_BANDS, DISCLOSURE_CODES, KINDCHECK_ITEMS, checklistFor } from '../../src/domain';
import { LABELLED_CODES, checklistLabel } from '../../src/texts/checklist';

/** The checklist's words: every code of the domain has a Dutch and an English label, and no label lacks a code. */

const CODES = [...AGE_BANDS.flatMap((band) => checklistFor(band).flatMap((g) => g.items.map((i) => i.code))), ...KINDCHECK_ITEMS.map((i) => i.code)];

const balanced = (s: string) => {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
};

describe('checklist labels', () => {
  it('label exactly the domain’s codes, in the same order', () => {
    expect(LABELLED_CODES).toEqual(CODES);
  });

  it.each(CODES.map((c) => [c]))('%s: Dutch and English, no stray separator, parentheses balanced', (code) => {
    for (const language of ['nl', 'en'] as const) {
      const label = checklistLabel(code, language);
      expect(label?.length).toBeGreaterThan(0);
      expect(label).not.toContain('|');
      expect(balanced(label ?? '')).toBe(true);
    }
  });

  // These two once lost their "(ex-)" to a parenthesis in the source list.
  it.each([['4-11.O.01'], ['12-17.O.01']])('%s: partner-violence text is intact', (code) => {
    expect(checklistLabel(code, 'nl')).toMatch(/partners/i);
    expect(checklistLabel(code, 'en')).toMatch(/^partner violence$/i);
  });

  it('the disclosure codes are the "tells about it" items', () => {
    for (const code of DISCLOSURE_CODES) {
      expect(checklistLabel(code, 'nl')).toMatch(/^Vertelt zelf/);
      expect(checklistLabel(code, 'en')).toMatch(/^Discloses/);
    }
  });

  it('an unknown code has no label', () => {
    expect(checklistLabel('0-3.L.99', 'nl')).toBeUndefined();
    expect(checklistLabel('', 'en')).toBeUndefined();
  });
});
