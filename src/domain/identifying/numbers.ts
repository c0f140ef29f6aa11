import { fold, overlaps, type Span } from './text';

/**
 * Identifying details that have a shape rather than a vocabulary: e-mail addresses, phone numbers, postcodes with a
 * house number, street addresses, dates of birth and BSN-like numbers.
 */

export type NumberKind = 'phone' | 'email' | 'postcode-address' | 'date-of-birth' | 'bsn';

export interface NumberFinding extends Span {
  readonly kind: NumberKind;
}

/** Something the name detector must not read as words (a web address, or a date that is not a date of birth). */
export interface NumberScan {
  readonly findings: readonly NumberFinding[];
  readonly masks: readonly Span[];
  /** Full dates that were not taken for a date of birth: one right after a name may still be one (see findIdentifying). */
  readonly otherDates: readonly DateMatch[];
}

export interface DateMatch extends Span {
  readonly day?: number;
  readonly month: number;
  readonly year?: number;
}

const NOT_BEFORE = '(?<![\\p{L}\\p{N}_])';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const WEB_ADDRESS =
  /(?:https?:\/\/|www\.)[^\s]+|(?<![\p{L}\p{N}@.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:nl|com|org|net|eu|be|info|io)(?:\/[^\s]*)?(?![\p{L}\p{N}])/gu;

/** +31 6 1234 5678, 0031 20 123 4567, +31 (0)6 12345678: nine digits after the country code. */
const PHONE_NL_INTERNATIONAL = /(?<![\p{L}\p{N}+])(?:\+|00)\s?31[ .-]?(?:\(0\)[ .-]?)?\d(?:[ .-]?\d){8}(?![\p{N}])/gu;
/** Other countries' numbers: a country code and seven to twelve more digits. */
const PHONE_INTERNATIONAL = /(?<![\p{L}\p{N}+])(?:\+|00)\s?(?!31)[1-9]\d{0,2}(?:[ .-]?\(?\d\)?){7,12}(?![\p{N}])/gu;
/** 06-12345678, 0612345678, 020-1234567, 010 123 4567, (020) 123 45 67: ten digits starting with 0 (checked after matching). */
const PHONE_NATIONAL = /(?<![\p{L}\p{N}+.,/-])(?:\(0\d{1,3}\)|0\d{1,3})(?:\s?[-/.]\s?|\s)?\d(?:[ .-]?\d){4,8}(?![\p{N}]|[.,]\d)/gu;

/** 1021 AB 12, 1021AB 12a, 3512 JK 7-2: a six-character postcode followed by a house number. */
const POSTCODE_ADDRESS =
  /(?<![\p{L}\p{N}])([1-9]\d{3}) ?(\p{L}{2})(?![\p{L}\p{N}]),?\s*(?:(?:huisnummer|huisnr|nr|no)\.?:?\s*)?(\d{1,5})(?:\p{L}{1,2}(?![\p{L}])|-[\p{L}\p{N}]{1,4}(?![\p{L}\p{N}]))?(?![\p{N}])/gu;
/** Two-letter words that follow a year or a count ("2019 en 12", "1021 op 3"); as postcode letters they would make a false address. */
const NOT_POSTCODE_LETTERS = new Set(
  'en op in is of om at an as on or to by it be we he me my no so do up us af al ze je de te na nu ik ja zo er ie ga ok pm am jr kg km cm mm ml mn zn uu'.split(
    ' ',
  ),
);

/** Kerkstraat 12, Lindelaan 3a: a street name (known by its ending) and a house number. */
const STREET_ADDRESS =
  /(?<![\p{L}\p{N}])(\p{L}{3,}(?:straat|laan|weg|gracht|kade|singel|dreef|steeg|dijk|plein|hof|plantsoen))\s+(\d{1,5})(?:\p{L}(?![\p{L}])|-[\p{L}\p{N}]{1,4}(?![\p{L}\p{N}]))?(?![\p{N}])(?!\s*(?:keer|jaar|kinderen|uur|min|minuten|dagen|weken|maanden|x|euro|km|meter|mensen|times|years)(?![\p{L}]))/gu;

/** Month names and abbreviations, Dutch and English, by month number. */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    'januari january jan',
    'februari february feb',
    'maart march mrt mar',
    'april apr',
    'mei may',
    'juni june jun',
    'juli july jul',
    'augustus august aug',
    'september sept sep',
    'oktober october okt oct',
    'november nov',
    'december dec',
  ].flatMap((names, index) => names.split(' ').map((name) => [name, index + 1])),
);
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const NUMERIC_DATE = /(?<![\p{L}\p{N}/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[-/.]\p{N})/gu;
const ISO_DATE = /(?<![\p{L}\p{N}/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}]|[-/.]\p{N})/gu;
const DAY_MONTH_DATE = new RegExp(
  `${NOT_BEFORE}(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES})(?:\\.?,?\\s+(\\d{4}|'\\d{2}))?(?![\\p{L}\\p{N}])`,
  'giu',
);
/** Month first ("May 12, 2016") only with the month written out: "Jan 12" is more often Jan, aged 12. */
const FULL_MONTH_NAMES = Object.keys(MONTHS)
  .filter((name) => name.length > 4 || ['mei', 'may', 'juni', 'june', 'juli', 'july'].includes(name))
  .join('|');
const MONTH_DAY_DATE = new RegExp(`${NOT_BEFORE}(${FULL_MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}:.])`, 'giu');
const MONTH_YEAR_DATE = new RegExp(`${NOT_BEFORE}(${MONTH_NAMES})\\.?\\s+(\\d{4})(?![\\p{L}\\p{N}])`, 'giu');

/**
 * What makes a date a date of birth when it stands right before it ("geb. 3-4-2016", "date of birth is …"): the
 * cue, then only little words. A birthday ("jarig op 3 maart") counts: with the age that such a message nearly always
 * gives, it is the date of birth.
 */
const BIRTH_CUE_BEFORE =
  /(?<![\p{L}])(?:geboren|geb|geboortedatum|geboortedag|geb\.?\s?datum|gebdat|gebdatum|born|dob|d\.o\.b|date\s+of\s+birth|birth\s?date|birthday|verjaardag|jarig)\.?\s*[:(–-]?\s*(?:(?:is|op|on|was|de|the|in|at|of|datum|date|dd|d\.d\.)\.?\s+)*$/iu;
/** …or right after it ("op 3 april 2016 geboren", "12-05-2017 born"), with at most three words between. */
const BIRTH_CUE_AFTER = /^\s*\)?\s*(?:[\p{L}']+\s+){0,3}(?:geboren|born|jarig)(?![\p{L}])/iu;

/** A "bsn" label before a number: then eight or nine digits count even when they fail the elfproef. */
const BSN_CUE_BEFORE =
  /(?<![\p{L}])(?:bsn|burgerservicenummer|burger\s?service\s?nummer|sofi|sofinummer|citizen\s+service\s+number)(?:[\s.:-]*(?:nr|nummer|number|no|is))*[\s.:#-]*$/iu;
const NINE_DIGITS = /(?<![\p{L}\p{N}+/.,€$-]|\p{N}[ .])\d(?:[ .]?\d){7,8}(?![\p{N}]|[ .,]\p{N})/gu;
const MONEY_BEFORE = /(?:€|eur|euro|\$)\s*$/iu;

/** The elfproef for BSNs: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (eight-digit numbers take a leading zero). */
export function passesElfproef(digits: string): boolean {
  const padded = digits.length === 8 ? `0${digits}` : digits;
  if (!/^\d{9}$/.test(padded) || /^0+$/.test(padded)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (9 - i) * Number(padded[i]);
  sum -= Number(padded[8]);
  return sum % 11 === 0;
}

function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)];
}

const span = (m: RegExpExecArray): Span => ({ start: m.index, end: m.index + m[0].length });
const digitsOf = (s: string) => s.replace(/\D/g, '');

/** All dates in the text, longest first where two overlap ("2 March 2015" over "March 2015"). */
function findDates(text: string, now: number): DateMatch[] {
  const nowYear = new Date(now).getUTCFullYear();
  const fullYear = (y: string): number => {
    const n = Number(y.replace("'", ''));
    if (y.replace("'", '').length === 4) return n;
    return n <= nowYear % 100 ? 2000 + n : 1900 + n;
  };
  const dates: DateMatch[] = [];
  const add = (m: RegExpExecArray, day: number | undefined, month: number, year: number | undefined) => {
    if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return;
    dates.push({ ...span(m), day, month, year });
  };
  for (const m of matchesOf(NUMERIC_DATE, text)) {
    const [first, second] = [Number(m[1]), Number(m[3])];
    // Day first as in Dutch, unless only the American order makes a date ("12/25/2016").
    if (second > 12 && first <= 12) add(m, second, first, fullYear(m[4] ?? ''));
    else add(m, first, second, fullYear(m[4] ?? ''));
  }
  for (const m of matchesOf(ISO_DATE, text)) add(m, Number(m[3]), Number(m[2]), Number(m[1]));
  for (const m of matchesOf(DAY_MONTH_DATE, text)) add(m, Number(m[1]), MONTHS[fold(m[2] ?? '')] ?? 0, m[3] ? fullYear(m[3]) : undefined);
  for (const m of matchesOf(MONTH_DAY_DATE, text)) add(m, Number(m[2]), MONTHS[fold(m[1] ?? '')] ?? 0, m[3] ? fullYear(m[3]) : undefined);
  for (const m of matchesOf(MONTH_YEAR_DATE, text)) add(m, undefined, MONTHS[fold(m[1] ?? '')] ?? 0, Number(m[2]));
  dates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateMatch[] = [];
  for (const date of dates) if (!kept.some((k) => overlaps(k, date))) kept.push(date);
  return kept;
}

/** Not after now (a due date is not a date of birth) and not implausibly long ago. */
export function couldBeBorn(date: DateMatch, now: number): boolean {
  if (date.year === undefined) return true;
  const nowYear = new Date(now).getUTCFullYear();
  if (date.year < nowYear - 110) return false;
  return Date.UTC(date.year, date.month - 1, date.day ?? 1) <= now;
}

/** The e-mail addresses, phone numbers, addresses, dates of birth and BSNs in the text, and what to hide from the name detector. */
export function scanNumbers(text: string, now: number): NumberScan {
  const findings: NumberFinding[] = [];
  const masks: Span[] = [];
  const taken = (s: Span) => findings.some((f) => overlaps(f, s)) || masks.some((m) => overlaps(m, s));

  for (const m of matchesOf(EMAIL, text)) findings.push({ kind: 'email', ...span(m) });
  for (const m of matchesOf(WEB_ADDRESS, text)) if (!taken(span(m))) masks.push(span(m));

  // Dates before phone numbers: "01-02-2019 10" must stay a date, not become ten digits of a phone number.
  const otherDates: DateMatch[] = [];
  for (const date of findDates(text, now)) {
    if (taken(date)) continue;
    const before = text.slice(Math.max(0, date.start - 60), date.start);
    const after = text.slice(date.end, date.end + 60);
    const cued = BIRTH_CUE_BEFORE.test(before) || BIRTH_CUE_AFTER.test(after);
    if (cued && couldBeBorn(date, now)) findings.push({ kind: 'date-of-birth', start: date.start, end: date.end });
    else {
      masks.push(date);
      if (date.day !== undefined && date.year !== undefined) otherDates.push(date);
    }
  }

  for (const m of matchesOf(POSTCODE_ADDRESS, text)) {
    const letters = m[2] ?? '';
    const spaced = !/\d\p{L}/u.test(m[0].slice(0, 6));
    if (spaced && letters === letters.toLowerCase() && NOT_POSTCODE_LETTERS.has(letters)) continue;
    // SA, SD and SS are never issued as postcode letters.
    if (['sa', 'sd', 'ss'].includes(letters.toLowerCase())) continue;
    if (!taken(span(m))) findings.push({ kind: 'postcode-address', ...span(m) });
  }
  for (const m of matchesOf(STREET_ADDRESS, text)) if (!taken(span(m))) findings.push({ kind: 'postcode-address', ...span(m) });

  for (const m of [...matchesOf(PHONE_NL_INTERNATIONAL, text), ...matchesOf(PHONE_INTERNATIONAL, text)]) {
    if (!taken(span(m))) findings.push({ kind: 'phone', ...span(m) });
  }
  for (const m of matchesOf(PHONE_NATIONAL, text)) {
    if (digitsOf(m[0]).length === 10 && !taken(span(m))) findings.push({ kind: 'phone', ...span(m) });
  }

  for (const m of matchesOf(NINE_DIGITS, text)) {
    const digits = digitsOf(m[0]);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (taken(span(m)) || MONEY_BEFORE.test(before)) continue;
    const cued = BSN_CUE_BEFORE.test(before);
    if ((cued && digits.length >= 8) || (digits.length === 9 && passesElfproef(digits))) findings.push({ kind: 'bsn', ...span(m) });
  }

  return { findings, masks, otherDates };
}
