import { DomainError, SignalSchema, type Signal } from '../domain';
import type { ValueCipher } from './value-cipher';

/** Signal records are sealed like conversation state and parsed with the domain schema on every read. */
export function createSignalCodec(cipher: ValueCipher) {
  return {
    encode: (signal: Signal, context: string) => cipher.seal(JSON.stringify(signal), context),
    decode(sealed: string, context: string): Signal {
      const parsed = SignalSchema.safeParse(JSON.parse(cipher.open(sealed, context)));
      if (!parsed.success) throw new DomainError('invalid', 'stored signal does not match the signal schema');
      return parsed.data;
    },
  };
}
export type SignalCodec = ReturnType<typeof createSignalCodec>;

export function withReference(signal: Omit<Signal, 'reference'>, reference: string): Signal {
  const complete = SignalSchema.safeParse({ ...signal, reference });
  if (!complete.success) throw new DomainError('invalid', `signal does not match the schema: ${complete.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return complete.data;
}
