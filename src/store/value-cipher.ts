import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EncryptionKey } from '../config/config';
import { DomainError } from '../domain';

export type { EncryptionKey };

export interface ValueCipher {
  /** `context` is bound into the tag, so a value copied to another key does not open there. */
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

export type CipherOptions = { readonly keys: readonly EncryptionKey[] } | { readonly plaintext: true };

const SEALED = 'e1';
const PLAIN = 'p1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function createValueCipher(options: CipherOptions): ValueCipher {
  if ('plaintext' in options) return plaintextCipher;
  const [current] = options.keys;
  if (!current) throw new DomainError('invalid', 'at least one encryption key is needed');
  const byId = new Map(options.keys.map((k) => [k.id, k.key]));
  return {
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return [SEALED, current.id, iv.toString('base64url'), body.toString('base64url')].join('.');
    },
    open(sealed, context) {
      const [format, keyId, ivText, bodyText, ...rest] = sealed.split('.');
      // A plaintext value where keys are configured is refused: it was not written by us with this key ring.
      if (format !== SEALED || !keyId || !ivText || !bodyText || rest.length > 0) {
        throw new DomainError('invalid', 'stored value is not in the encrypted format');
      }
      const key = byId.get(keyId);
      if (!key) throw new DomainError('invalid', `stored value uses unknown key id ${keyId}`);
      const body = Buffer.from(bodyText, 'base64url');
      if (body.length < TAG_BYTES) throw new DomainError('invalid', 'stored value is truncated');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
        return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch (cause) {
        throw new DomainError('invalid', 'stored value failed its integrity check', { cause });
      }
    },
  };
}

const plaintextCipher: ValueCipher = {
  seal: (plaintext) => `${PLAIN}.${plaintext}`,
  open(sealed) {
    if (!sealed.startsWith(`${PLAIN}.`)) {
      throw new DomainError('invalid', 'stored value is encrypted, but no encryption key is configured');
    }
    return sealed.slice(PLAIN.length + 1);
  },
};
