import { DomainError, SignalSchema, type Signal, type SignalToSubmit } from '../domain';
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

/** A submitted signal is new: its lifecycle starts at the queue, not in the signaller's dialogue. */
export function withReference(signal: SignalToSubmit, reference: string): Signal {
  if (signal.status !== 'new' || signal.lifecycle !== undefined) throw new DomainError('invalid', 'a submitted signal must be new');
  const complete = SignalSchema.safeParse({ ...signal, reference });
  if (!complete.success) throw new DomainError('invalid', `signal does not match the schema: ${complete.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return complete.data;
}
