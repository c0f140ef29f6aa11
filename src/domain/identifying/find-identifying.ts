import { findNames } from './names';
import { couldBeBorn, scanNumbers } from './numbers';
import { maskSpans, overlaps } from './text';

export const IDENTIFYING_KINDS = ['name', 'phone', 'email', 'postcode-address', 'date-of-birth', 'bsn'] as const;
export type IdentifyingKind = (typeof IDENTIFYING_KINDS)[number];

export interface IdentifyingFinding {
  readonly kind: IdentifyingKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A full date this many years before now or earlier, right after a name, is taken for that person's date of birth. */
const DATE_AFTER_NAME_MIN_AGE_YEARS = 2;

/**
 * Everything in `text` that may identify a person; sorted by start, non-overlapping.
 *
 * Details with a shape (e-mail, phone, postcode with house number, date of birth, BSN) are found first and hidden
 * from the name reader, so "fatima.elamrani@…" is one e-mail address rather than a name inside one. `now` (epoch ms)
 * decides which dates can be dates of birth; it defaults to the clock.
 */
export function findIdentifying(text: string, options?: { readonly now?: number }): readonly IdentifyingFinding[] {
  const now = options?.now ?? Date.now();
  const scan = scanNumbers(text, now);
  const masked = maskSpans(text, [...scan.findings, ...scan.masks]);
  const found: { kind: IdentifyingKind; start: number; end: number }[] = [...scan.findings];
  const names = findNames(masked);
  for (const name of names) found.push({ kind: 'name', ...name });

  // "lisa de jong 3-4-2016": a full, older date straight after a name is that person's date of birth, cue or not.
  const minAge = new Date(now);
  minAge.setUTCFullYear(minAge.getUTCFullYear() - DATE_AFTER_NAME_MIN_AGE_YEARS);
  for (const date of scan.otherDates) {
    const afterName = names.some((name) => name.end <= date.start && /^[\s,(:-]*$/.test(text.slice(name.end, date.start)));
    if (afterName && couldBeBorn(date, minAge.getTime())) found.push({ kind: 'date-of-birth', start: date.start, end: date.end });
  }

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: IdentifyingFinding[] = [];
  for (const f of found) {
    if (f.end <= f.start || result.some((r) => overlaps(r, f))) continue;
    result.push({ kind: f.kind, text: text.slice(f.start, f.end), start: f.start, end: f.end });
  }
  return result;
}
