/** A stretch of the text, in UTF-16 offsets as String.prototype.slice takes them. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Letters that Unicode does not decompose into a base letter and a mark, but that people type interchangeably. */
const FOLDS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
};

/**
 * Lowercase, without diacritics and with one kind of apostrophe: "Yılmaz", "YILMAZ" and "yilmaz" meet the same list
 * entry, and so do "Łucja" and "lucja". Lowercasing first keeps "İbrahim" from keeping its dot as a separate mark.
 */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłøßæœđðþ’‘ʼ`]/g, (c) => FOLDS[c] ?? c);
}

export const foldedSet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(fold));

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The text with every span overwritten by zeros (same length, so offsets stay valid): later detectors see a number there, never a word. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  let masked = text;
  for (const span of spans) masked = masked.slice(0, span.start) + '0'.repeat(span.end - span.start) + masked.slice(span.end);
  return masked;
}
