import { deriveSignalId, formatReference } from '../../src/domain/signal';
import {
  AGE_BANDS,
  DISCLOSURE_CODES,
  KINDCHECK_ITEMS,
  SIGNAL_GROUPS,
  checklistFor,
  isChecklistCode,
  type AgeBand,
  type ChecklistItem,
} from '../../src/domain/signal-checklist';

describe('deriveSignalId', () => {
  const drafts = ['draft-1', 'draft-2', 'd', '', 'a-much-longer-draft-id-0123456789', 'draft-1 '];

  it.each(drafts.map((d) => [d]))('%j: sig_ + 20 lowercase letters/digits, the same every time', (draftId) => {
    const id = deriveSignalId(draftId);
    expect(id).toMatch(/^sig_[a-z0-9]{20}$/);
    expect(deriveSignalId(draftId)).toBe(id);
  });

  it('differs between drafts', () => {
    const ids = drafts.map(deriveSignalId);
    expect(new Set(ids).size).toBe(drafts.length);
  });

  it('does not collide over many drafts', () => {
    const ids = new Set(Array.from({ length: 2000 }, (_, i) => deriveSignalId(`draft-${i}`)));
    expect(ids.size).toBe(2000);
  });

  it('is not just the draft id', () => {
    expect(deriveSignalId('abcdefghijklmnopqrst')).not.toBe('sig_abcdefghijklmnopqrst');
  });
});

describe('formatReference', () => {
  it.each<[number, number, string]>([
    [2025, 1, 'WS-2025-000001'],
    [2025, 42, 'WS-2025-000042'],
    [2026, 123456, 'WS-2026-123456'],
    [2026, 999999, 'WS-2026-999999'],
    [2030, 0, 'WS-2030-000000'],
  ])('%d, %d → %s', (year, sequence, reference) => {
    const formatted = formatReference(year, sequence);
    expect(formatted).toBe(reference);
    expect(formatted).toMatch(/^WS-\d{4}-\d{6}$/);
  });
});

describe('checklistFor', () => {
  it.each(AGE_BANDS.map((b) => [b]))('%s: the five groups in order, each non-empty, codes of that band and group only', (band) => {
    const groups = checklistFor(band);
    expect(groups.map((g) => g.group)).toEqual(['L', 'K', 'I', 'O', 'S']);
    for (const { group, items } of groups) {
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item.code.startsWith(`${band}.${group}.`)).toBe(true);
    }
  });

  it.each(AGE_BANDS.map((b) => [b]))('%s: numbered 01, 02, ... per group, no gaps', (band) => {
    for (const { group, items } of checklistFor(band)) {
      expect(items.map((i) => i.code)).toEqual(items.map((_, n) => `${band}.${group}.${String(n + 1).padStart(2, '0')}`));
    }
  });

  it.each<[AgeBand, Record<string, number>]>([
    ['0-3', { L: 8, K: 7, I: 6, O: 6, S: 6 }],
    ['4-11', { L: 6, K: 7, I: 6, O: 7, S: 6 }],
    ['12-17', { L: 6, K: 7, I: 6, O: 6, S: 6 }],
  ])('%s: group sizes %j', (band, sizes) => {
    expect(Object.fromEntries(checklistFor(band).map((g) => [g.group, g.items.length]))).toEqual(sizes);
  });

  it('the bands do not share items', () => {
    const [a, b, c] = AGE_BANDS.map((band) => new Set(checklistFor(band).flatMap((g) => g.items.map((i) => i.code))));
    for (const code of a ?? []) expect(b?.has(code) || c?.has(code)).toBe(false);
    for (const code of b ?? []) expect(c?.has(code)).toBe(false);
  });
});

const allItems: ChecklistItem[] = [...AGE_BANDS.flatMap((band) => checklistFor(band).flatMap((g) => g.items)), ...KINDCHECK_ITEMS];

describe('checklist items', () => {
  it('every code is unique', () => {
    const codes = allItems.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBe(33 + 32 + 31 + 8);
  });

  it.each(allItems.map((i) => [i.code]))('%s: well-formed, and known', (code) => {
    expect(code).toMatch(/^(?:(?:0-3|4-11|12-17)\.[LKIOS]|V)\.\d{2}$/);
    expect(isChecklistCode(code)).toBe(true);
  });

  it('isChecklistCode is false for unknown codes', () => {
    expect(isChecklistCode('0-3.L.99')).toBe(false);
    expect(isChecklistCode('V.09')).toBe(false);
    expect(isChecklistCode('')).toBe(false);
  });

  it('the disclosure codes exist and are the K group’s own-account items', () => {
    expect([...DISCLOSURE_CODES].sort()).toEqual(['12-17.K.07', '4-11.K.07']);
    for (const code of DISCLOSURE_CODES) expect(isChecklistCode(code)).toBe(true);
  });

  it('SIGNAL_GROUPS are L, K, I, O, S', () => {
    expect([...SIGNAL_GROUPS]).toEqual(['L', 'K', 'I', 'O', 'S']);
  });
});

describe('KINDCHECK_ITEMS', () => {
  it('are V.01 to V.08, in order', () => {
    expect(KINDCHECK_ITEMS.map((i) => i.code)).toEqual(['V.01', 'V.02', 'V.03', 'V.04', 'V.05', 'V.06', 'V.07', 'V.08']);
  });

  it('are not part of any age band', () => {
    const bandCodes = new Set(AGE_BANDS.flatMap((band) => checklistFor(band).flatMap((g) => g.items.map((i) => i.code))));
    for (const item of KINDCHECK_ITEMS) expect(bandCodes.has(item.code)).toBe(false);
  });
});
