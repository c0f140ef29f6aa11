import { formatReference, type Signal, type SignalStore } from '../domain';
import { withReference, type SignalCodec } from './signal-codec';
import { signalKeys } from './signal-keys';

/** The in-memory twin of the Redis signal store: same contract, same validation. */
export function createMemorySignalStore(options: { codec: SignalCodec }): SignalStore {
  const records = new Map<string, string>();
  const counters = new Map<number, number>();
  const read = (key: string): Signal | undefined => {
    const sealed = records.get(key);
    return sealed === undefined ? undefined : options.codec.decode(sealed, key);
  };
  return {
    async submit(signal) {
      const key = signalKeys('', signal.routing.teamId).signal(signal.id);
      const existing = read(key);
      if (existing) return { reference: existing.reference, created: false };
      const year = new Date(signal.createdAt).getUTCFullYear();
      const sequence = (counters.get(year) ?? 0) + 1;
      counters.set(year, sequence);
      const complete = withReference(signal, formatReference(year, sequence));
      records.set(key, options.codec.encode(complete, key));
      return { reference: complete.reference, created: true };
    },
    get: async (teamId, signalId) => read(signalKeys('', teamId).signal(signalId)),
  };
}
