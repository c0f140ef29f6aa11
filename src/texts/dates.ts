import type { Language } from './types';

/**
 * Every date and time a user reads, in one place: Europe/Amsterdam local time, built from Intl parts so the text does
 * not depend on the ICU version's punctuation (some put a dot after "nov" or "Thu").
 */

const ZONE = 'Europe/Amsterdam';
const LOCALE: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function partsOf(locale: string, options: Intl.DateTimeFormatOptions, ms: number): Record<string, string> {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value.replace(/\.$/, '')]));
}

const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** "23-11-2026 om 10:00" (nl) or "23-11-2026 at 10:00" (en): who did what when, in running text. */
export function formatMoment(iso: string, language: Language): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const p = partsOf('nl-NL', { timeZone: ZONE, day: 'numeric', month: 'numeric', year: 'numeric', ...CLOCK }, ms);
  return `${p.day}-${p.month}-${p.year} ${language === 'en' ? 'at' : 'om'} ${p.hour}:${p.minute}`;
}

/** "do 26 nov 2026 10:00" (nl) or "Thu 26 Nov 2026 10:00" (en): a moment on a card, e.g. a deadline. */
export function formatCardMoment(iso: string, language: Language): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const p = partsOf(LOCALE[language], { timeZone: ZONE, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', ...CLOCK }, ms);
  return `${p.weekday} ${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute}`;
}

/** A calendar date ("2027-01-04") as "ma 4 jan 2027" (nl) or "Mon 4 Jan 2027" (en). */
export function formatCardDate(date: string, language: Language): string {
  const ms = Date.parse(`${date}T12:00:00Z`);
  if (Number.isNaN(ms)) return date;
  const p = partsOf(LOCALE[language], { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }, ms);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "4 januari 2027" (nl) or "4 January 2027" (en): a day in a sentence of the dialogue. */
export function formatLongDate(ms: number, language: Language): string {
  const p = partsOf(LOCALE[language], { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' }, ms);
  return `${p.day} ${p.month} ${p.year}`;
}
