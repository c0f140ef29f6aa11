import { formatCardDate, formatCardMoment, formatLongDate, formatMoment } from '../../src/texts/dates';

describe('every date a user reads is Amsterdam time, the same whatever the ICU version', () => {
  it.each([
    ['2026-11-23T09:00:00.000Z', '23-11-2026 om 10:00', '23-11-2026 at 10:00'],
    ['2026-07-01T08:05:00Z', '1-7-2026 om 10:05', '1-7-2026 at 10:05'],
    ['2026-12-31T23:30:00.000Z', '1-1-2027 om 00:30', '1-1-2027 at 00:30'],
  ])('formatMoment %s → %s / %s', (iso, nl, en) => {
    expect(formatMoment(iso, 'nl')).toBe(nl);
    expect(formatMoment(iso, 'en')).toBe(en);
  });

  it.each([
    ['2026-11-26T09:00:00.000Z', 'nl', 'do 26 nov 2026 10:00'],
    ['2026-07-01T22:30:00.000Z', 'nl', 'do 2 jul 2026 00:30'],
    ['2026-11-26T09:00:00.000Z', 'en', 'Thu 26 Nov 2026 10:00'],
  ] as const)('formatCardMoment %s (%s) → %s', (iso, language, text) => {
    expect(formatCardMoment(iso, language)).toBe(text);
  });

  it.each([
    ['2027-01-04', 'nl', 'ma 4 jan 2027'],
    ['2027-01-04', 'en', 'Mon 4 Jan 2027'],
  ] as const)('formatCardDate %s (%s) → %s', (date, language, text) => {
    expect(formatCardDate(date, language)).toBe(text);
  });

  it.each([
    [Date.parse('2027-01-04T12:00:00Z'), 'nl', '4 januari 2027'],
    [Date.parse('2027-01-04T12:00:00Z'), 'en', '4 January 2027'],
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
    [Date.parse('2026-12-31T23:30:00Z'), 'nl', '1 januari 2027'],
  ] as const)('formatLongDate %s (%s) → %s', (ms, language, text) => {
    expect(formatLongDate(ms, language)).toBe(text);
  });

  it('what is not a date is shown as it came', () => {
    expect(formatMoment('not a date', 'nl')).toBe('not a date');
    expect(formatCardMoment('not a date', 'nl')).toBe('not a date');
    expect(formatCardDate('nooit', 'en')).toBe('nooit');
  });
});
