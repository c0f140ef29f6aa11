/** Dutch postcodes: four digits (not starting with 0) and optionally two letters; SA, SD and SS are never issued. */
export type PostcodeResult = { readonly ok: true; readonly pc4: string; readonly pc6?: string } | { readonly ok: false; readonly problem: PostcodeProblem };

export type PostcodeProblem = 'empty' | 'too-few-digits' | 'too-many-digits' | 'starts-with-zero' | 'bad-letters' | 'not-a-postcode';

const FORBIDDEN_LETTERS = new Set(['SA', 'SD', 'SS']);

/** Accepts "1234", "1234 AB", "1234AB" (any case, spaces around); routing uses the four digits. */
export function parsePostcode(input: string): PostcodeResult {
  const compact = input.trim().replace(/\s+/g, '').toUpperCase();
  if (compact === '') return { ok: false, problem: 'empty' };
  const match = /^(\d+)([A-Z]*)$/.exec(compact);
  if (!match) return { ok: false, problem: 'not-a-postcode' };
  const [, digits = '', letters = ''] = match;
  if (digits.length < 4) return { ok: false, problem: 'too-few-digits' };
  if (digits.length > 4) return { ok: false, problem: 'too-many-digits' };
  if (digits.startsWith('0')) return { ok: false, problem: 'starts-with-zero' };
  if (letters === '') return { ok: true, pc4: digits };
  if (letters.length !== 2 || FORBIDDEN_LETTERS.has(letters)) return { ok: false, problem: 'bad-letters' };
  return { ok: true, pc4: digits, pc6: `${digits}${letters}` };
}

/**
 * "1234 AB 12", "1234AB 12a", "1234 AB 12-2", "1234 AB 12 2": a full postcode and a house number (at most five
 * digits) with an optional addition. The addition keeps a separator, so "12 2" (number 12, second floor) never
 * becomes number 122.
 */
export function parseAddress(input: string): { ok: true; pc6: string; houseNumber: string } | { ok: false } {
  const match = /^\s*(\d{4})\s*([A-Za-z]{2})\s+(\d{1,5})(?:([A-Za-z]{1,2})|\s*-\s*([A-Za-z0-9]{1,4})|\s+([A-Za-z0-9]{1,4}))?\s*$/.exec(input);
  if (!match?.[1] || !match[2] || !match[3]) return { ok: false };
  const postcode = parsePostcode(`${match[1]}${match[2]}`);
  if (!postcode.ok || !postcode.pc6) return { ok: false };
  const [, , , number, letters, dashed, spaced] = match;
  const addition = dashed ?? spaced;
  return { ok: true, pc6: postcode.pc6, houseNumber: `${number}${letters ?? ''}${addition ? `-${addition}` : ''}` };
}
