import { randomBytes } from 'node:crypto';
import { isDomainError } from '../../src/domain';
import { createValueCipher } from '../../src/store/value-cipher';

const oldKey = { id: 'old', key: randomBytes(32) };
const newKey = { id: 'new', key: randomBytes(32) };

describe('value cipher', () => {
  const cipher = createValueCipher({ keys: [newKey, oldKey] });

  it('seals so the text is unreadable and opens it again', () => {
    const sealed = cipher.seal('Sanne (7) vertelde over slaan', 'ctx');
    expect(sealed).not.toContain('Sanne');
    expect(sealed.startsWith('e1.new.')).toBe(true);
    expect(cipher.open(sealed, 'ctx')).toBe('Sanne (7) vertelde over slaan');
  });

  it('uses a fresh IV each time', () => {
    expect(cipher.seal('x', 'ctx')).not.toBe(cipher.seal('x', 'ctx'));
  });

  it('still opens values sealed with a key that has since rotated out of first place', () => {
    const sealedWithOld = createValueCipher({ keys: [oldKey] }).seal('oud', 'ctx');
    expect(cipher.open(sealedWithOld, 'ctx')).toBe('oud');
  });

  it.each([
    ['another context (value copied to another key)', (s: string) => s, 'other-ctx'],
    ['a flipped byte', (s: string) => s.slice(0, -2) + (s.endsWith('A') ? 'B' : 'A') + s.slice(-1), 'ctx'],
    ['an unknown key id', (s: string) => s.replace('.new.', '.gone.'), 'ctx'],
    ['a plaintext value', () => 'p1.{"n":1}', 'ctx'],
    ['garbage', () => 'nonsense', 'ctx'],
  ])('refuses %s with an "invalid" error', (_name, mutate, context) => {
    const sealed = mutate(cipher.seal('geheim', 'ctx'));
    let caught: unknown;
    try {
      cipher.open(sealed, context);
    } catch (err) {
      caught = err;
    }
    expect(isDomainError(caught, 'invalid')).toBe(true);
  });

  it('in plaintext mode refuses encrypted values instead of returning ciphertext', () => {
    const plain = createValueCipher({ plaintext: true });
    expect(plain.open(plain.seal('{"a":1}', 'ctx'), 'ctx')).toBe('{"a":1}');
    expect(() => plain.open(cipher.seal('x', 'ctx'), 'ctx')).toThrow(/no encryption key is configured/);
  });
});
