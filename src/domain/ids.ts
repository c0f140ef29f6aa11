import { randomBytes } from 'node:crypto';

/** The characters of every id the bot makes up: lower-case letters and digits, safe in card data and keys. */
export const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `prefix` and `length` random characters of ID_ALPHABET, e.g. "q_k3m9x2p7a1qz". */
export function randomId(prefix: string, length = 12): string {
  let id = '';
  for (const byte of randomBytes(length)) id += ID_ALPHABET[byte % ID_ALPHABET.length];
  return `${prefix}${id}`;
}
