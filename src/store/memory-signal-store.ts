import {
  followUpDueMs,
  formatReference,
  isOpenStatus,
  ownerKeyOf,
  SignalSchema,
  withRetention,
  figureCalendarOf,
  figureChange,
  FALLBACK_ONLY_ROUTING,
  type FigureCalendar,
  type PostedCards,
  type ReminderSchedule,
  type AuditEvent,
  type AuditLog,
  type Signal,
  type SignalStore,
  type WakeUps,
} from '../domain';
import type { MemoryNotificationQueue } from './memory-notification-queue';
import type { MemoryQueueFigures } from './memory-figures';
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
  followUps?: Pick<ReminderSchedule, 'schedule'>;
  unschedule?: ReadonlyArray<Pick<ReminderSchedule, 'cancel'>>;
  /** Where cards were posted, so a signal sent back after a transfer gets a new card (as Redis forgets in its step). */
  cards?: Pick<PostedCards, 'forget'>;
  /** The queues' figures, changed with every record as the Redis scripts change them. */
  figures?: Pick<MemoryQueueFigures, 'apply'>;
  calendar?: FigureCalendar;
}): SignalStore {
  const calendar = options.calendar ?? figureCalendarOf(FALLBACK_ONLY_ROUTING);
  const figure = (teamId: string, before: Signal | undefined, after: Signal | undefined, at: string) =>
    options.figures?.apply(teamId, figureChange(before, after, Date.parse(at), calendar));
  const records = new Map<string, string>();
  const counters = new Map<number, number>();
  /** Per queue: open signal id → creation time, and reference → signal id (the Redis store's index and hash). */
  const open = new Map<string, Map<string, number>>();
  const refs = new Map<string, Map<string, string>>();
  /** Per signaller: `teamId|signalId` → time of sending. */
  const bySignaller = new Map<string, Map<string, number>>();
  const of = <V>(map: Map<string, Map<string, V>>, teamId: string) => map.get(teamId) ?? map.set(teamId, new Map()).get(teamId)!;
  const index = (signal: Signal) => {
    if (isOpenStatus(signal.status)) of(open, signal.routing.teamId).set(signal.id, Date.parse(signal.createdAt));
    else of(open, signal.routing.teamId).delete(signal.id);
  };
  const read = (key: string): Signal | undefined => {
    const sealed = records.get(key);
    return sealed === undefined ? undefined : options.codec.decode(sealed, key);
  };
  /** Stores a signal new to its queue with its job and audit event, as the Redis store's one atomic step does. */
  const store = async (signal: Signal, audit: AuditEvent): Promise<boolean> => {
    const key = signalKeys('', signal.routing.teamId).signal(signal.id);
    // As in Redis, the follow-up is scheduled again by every repeat; after the check and the write, never between.
    const followUp = () => options.followUps?.schedule(signal.routing.teamId, signal.id, followUpDueMs(signal));
    if (records.has(key)) {
      await followUp();
      return false;
    }
    records.set(key, options.codec.encode(SignalSchema.parse(signal), key));
    index(signal);
    figure(signal.routing.teamId, undefined, signal, audit.at);
    of(refs, signal.routing.teamId).set(signal.reference, signal.id);
    options.jobs?.enqueue(signal.routing.teamId, { kind: 'new-signal', signalId: signal.id });
    await options.audit?.record(audit);
    await options.wakeUps?.notify(signal.routing.teamId);
    await followUp();
    return true;
  };
  return {
    async submit(signal) {
      const key = signalKeys('', signal.routing.teamId).signal(signal.id);
      const indexed = (s: Signal) => of(bySignaller, ownerKeyOf(s)).set(`${s.routing.teamId}|${s.id}`, Date.parse(s.createdAt));
      const existing = read(key);
      if (existing) {
        indexed(existing);
        return { reference: existing.reference, created: false };
      }
      const year = new Date(signal.createdAt).getUTCFullYear();
      const sequence = (counters.get(year) ?? 0) + 1;
      counters.set(year, sequence);
      const complete = withReference(signal, formatReference(year, sequence));
      indexed(complete);
      await store(complete, {
        at: complete.createdAt,
        action: 'signal-submitted',
        actor: complete.signaller.aadObjectId ?? 'signaller',
        teamId: complete.routing.teamId,
        signalId: complete.id,
      });
      return { reference: complete.reference, created: true };
    },
    async receive(signal, audit) {
      of(bySignaller, ownerKeyOf(signal)).set(`${signal.routing.teamId}|${signal.id}`, Date.parse(signal.createdAt));
      const key = signalKeys('', signal.routing.teamId).signal(signal.id);
      const there = read(key);
      if (there?.status === 'transferred' && (signal.transfers?.length ?? 0) > (there.transfers?.length ?? 0)) {
        records.set(key, options.codec.encode(SignalSchema.parse(signal), key));
        index(signal);
        figure(signal.routing.teamId, there, signal, audit.at);
        options.jobs?.enqueue(signal.routing.teamId, { kind: 'new-signal', signalId: signal.id });
        await options.cards?.forget(signal.routing.teamId, signal.id);
        await options.audit?.record(audit);
        await options.wakeUps?.notify(signal.routing.teamId);
        return { created: true };
      }
      return { created: await store(signal, audit) };
    },
    get: async (teamId, signalId) => read(signalKeys('', teamId).signal(signalId)),
    async purge(teamId, signalId, audit) {
      const key = signalKeys('', teamId).signal(signalId);
      const signal = read(key);
      if (signal) {
        bySignaller.get(ownerKeyOf(signal))?.delete(`${teamId}|${signalId}`);
        refs.get(teamId)?.delete(signal.reference);
      }
      open.get(teamId)?.delete(signalId);
      const existed = records.delete(key);
      if (existed) figure(teamId, signal, undefined, audit.at);
      for (const schedule of options.unschedule ?? []) await schedule.cancel(teamId, signalId);
      if (existed) await options.audit?.record(audit);
      return { purged: existed };
    },
    async signalsOf(owners, count) {
      const all = new Map<string, number>();
      for (const owner of owners) for (const [member, at] of bySignaller.get(owner) ?? []) all.set(member, at);
      return [...all.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([member]) => {
          const [teamId = '', signalId = ''] = member.split('|');
          return { teamId, signalId };
        });
    },
    findByReference: async (teamId, reference) => refs.get(teamId)?.get(reference),
    async openPage(teamId, offset, count) {
      const ids = [...(open.get(teamId) ?? new Map<string, number>()).entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
      const signals = ids.slice(offset, offset + count).flatMap(([id]) => read(signalKeys('', teamId).signal(id)) ?? []);
      return { total: ids.length, signals };
    },
    async update(teamId, signalId, change) {
      // One process, no awaits between read and write: the change applies to the current record by construction.
      const key = signalKeys('', teamId).signal(signalId);
      const current = read(key);
      if (!current) return { ok: false, notFound: true } as const;
      const result = change(current);
      if ('refused' in result) return { ok: false, refused: result.refused } as const;
      const next = SignalSchema.parse(result.signal);
      records.set(key, options.codec.encode(next, key));
      index(next);
      figure(teamId, current, next, result.audit.at);
      const jobs = withRetention(current, next, result.jobs);
      for (const job of jobs) options.jobs?.enqueue(teamId, job);
      await options.audit?.record(result.audit);
      if (jobs.length > 0) await options.wakeUps?.notify(teamId);
      return { ok: true, signal: next } as const;
    },
  };
}
