import { formatReference, SignalSchema, type AuditLog, type Signal, type SignalStore, type WakeUps } from '../domain';
import type { MemoryNotificationQueue } from './memory-notification-queue';
import { withReference, type SignalCodec } from './signal-codec';
import { signalKeys } from './signal-keys';

/** The in-memory twin of the Redis signal store: same contract, same validation. */
/**
 * `jobs` and `audit`, when given, are written on submit as the Redis store's one atomic step does; `wakeUps`, when
 * given, hears of every queue write afterwards.
 */
export function createMemorySignalStore(options: {
  codec: SignalCodec;
  jobs?: MemoryNotificationQueue;
  audit?: AuditLog;
  wakeUps?: Pick<WakeUps, 'notify'>;
}): SignalStore {
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
      options.jobs?.enqueue(complete.routing.teamId, { kind: 'new-signal', signalId: complete.id });
      await options.audit?.record({
        at: complete.createdAt,
        action: 'signal-submitted',
        actor: complete.signaller.aadObjectId ?? 'signaller',
        teamId: complete.routing.teamId,
        signalId: complete.id,
      });
      await options.wakeUps?.notify(complete.routing.teamId);
      return { reference: complete.reference, created: true };
    },
    get: async (teamId, signalId) => read(signalKeys('', teamId).signal(signalId)),
    async update(teamId, signalId, change) {
      // One process, no awaits between read and write: the change applies to the current record by construction.
      const key = signalKeys('', teamId).signal(signalId);
      const current = read(key);
      if (!current) return { ok: false, notFound: true } as const;
      const result = change(current);
      if ('refused' in result) return { ok: false, refused: result.refused } as const;
      const next = SignalSchema.parse(result.signal);
      records.set(key, options.codec.encode(next, key));
      for (const job of result.jobs) options.jobs?.enqueue(teamId, job);
      await options.audit?.record(result.audit);
      if (result.jobs.length > 0) await options.wakeUps?.notify(teamId);
      return { ok: true, signal: next } as const;
    },
  };
}
