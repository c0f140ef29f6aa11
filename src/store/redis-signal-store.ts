import type { Redis } from 'ioredis';
import { formatReference, type Signal, type SignalStore } from '../domain';
import { withReference, type SignalCodec } from './signal-codec';
import { referenceCounterKey, signalKeys } from './signal-keys';

export function createRedisSignalStore(options: { redis: Redis; codec: SignalCodec; keyPrefix: string }): SignalStore {
  const { redis, codec, keyPrefix } = options;

  const read = async (key: string): Promise<Signal | undefined> => {
    const sealed = await redis.get(key);
    return sealed === null ? undefined : codec.decode(sealed, key);
  };

  return {
    async submit(signal) {
      const key = signalKeys(keyPrefix, signal.routing.teamId).signal(signal.id);
      const existing = await read(key);
      if (existing) return { reference: existing.reference, created: false };
      const year = new Date(signal.createdAt).getUTCFullYear();
      const sequence = await redis.incr(referenceCounterKey(keyPrefix, year));
      const complete = withReference(signal, formatReference(year, sequence));
      const stored = await redis.set(key, codec.encode(complete, key), 'NX');
      if (stored === 'OK') return { reference: complete.reference, created: true };
      // Another run of the same turn stored it first: its reference is the one the user sees.
      const winner = await read(key);
      return { reference: winner?.reference ?? complete.reference, created: false };
    },
    get: (teamId, signalId) => read(signalKeys(keyPrefix, teamId).signal(signalId)),
  };
}
