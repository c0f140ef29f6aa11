import { z } from 'zod';
import { DomainError, SIGNAL_SCHEMA_VERSION, SignalSchema, type Signal, type SignalToSubmit } from '../domain';
import type { ValueCipher } from './value-cipher';

/**
 * The version every signal is written in. Typed from the schema, so bumping `schemaVersion` in SignalSchema without
 * bumping this (or the other way round) does not compile.
 */
export const CURRENT_SIGNAL_VERSION: Signal['schemaVersion'] = SIGNAL_SCHEMA_VERSION;

/** A stored record before it is known to be current: only its version is trusted so far. */
export type StoredRecord = { readonly schemaVersion: number } & Readonly<Record<string, unknown>>;

/** The versions a reader knows, and `upgrades[n]`: the step from version n to version n + 1. */
export interface StoredVersions {
  readonly oldest: number;
  readonly current: number;
  readonly upgrades: Readonly<Record<number, (stored: StoredRecord) => StoredRecord>>;
}

/**
 * This codec is the one place that reads every earlier version of a stored signal. `upgrades[n]` turns a record
 * stored at version n into version n + 1 (pure: no I/O, no clock); reading applies the steps in turn up to the
 * current version and then validates the result with SignalSchema. Writing only ever writes the current version.
 *
 * When the stored shape changes:
 *   1. SignalSchema: `schemaVersion: z.literal(n + 1)`, and CURRENT_SIGNAL_VERSION above follows (the compiler insists);
 *   2. here: `n: (old) => ({ ...old, schemaVersion: n + 1, <what changed> })`;
 *   3. keep the stored fixtures of earlier versions as they are (they must still decode) and add one for the new.
 *
 * v1 → v2: afweging question 1 gained doubt as its own answer (was a boolean, so doubt had been stored as yes).
 * A v1 record cannot tell a doubt from a yes: true becomes 'yes', as it was shown then.
 * v2 → v3: a kindcheck may list the age band of each child (child.bands); a v2 record has one band and none.
 * v3 → v4: the claim deadline is stored (claimDueAt). A v3 record had it computed when shown, from clock hours; the
 * codec knows no routing file, so it fixes the default hours (acute 1, urgent 24, normal 72) from sending.
 * v4 → v5: the signaller may add information, withdraw and answer the follow-up (additions, withdrawal, followUp);
 * a v4 record has none of them.
 */
const SIGNAL_VERSIONS: StoredVersions = {
  oldest: 1,
  current: CURRENT_SIGNAL_VERSION,
  upgrades: {
    1: (v1) => ({ ...v1, schemaVersion: 2, afweging: upgradeAfwegingV1(v1.afweging) }),
    2: (v2) => ({ ...v2, schemaVersion: 3 }),
    3: (v3) => ({ ...v3, schemaVersion: 4, claimDueAt: clockHoursDueAt(v3) }),
    4: (v4) => ({ ...v4, schemaVersion: 5 }),
    5: (v5) => ({ ...v5, schemaVersion: 6 }),
  },
};

const V3_HOURS = { acute: 1, urgent: 24, normal: 72 } as const;

function clockHoursDueAt(v3: StoredRecord): unknown {
  const fields = z.looseObject({
    createdAt: z.iso.datetime(),
    acute: z.boolean(),
    afweging: z.looseObject({ urgency: z.enum(['acute', 'urgent', 'normal']) }),
  });
  const parsed = fields.safeParse(v3);
  if (!parsed.success) return undefined; // left to the schema, which names what is wrong
  const urgency = parsed.data.acute ? 'acute' : parsed.data.afweging.urgency;
  return new Date(Date.parse(parsed.data.createdAt) + V3_HOURS[urgency] * 3_600_000).toISOString();
}

function upgradeAfwegingV1(afweging: unknown): unknown {
  const v1 = z.looseObject({ answers: z.looseObject({ suspicion: z.boolean() }) }).safeParse(afweging);
  if (!v1.success) return afweging; // left to the schema, which names what is wrong
  return { ...v1.data, answers: { ...v1.data.answers, suspicion: v1.data.answers.suspicion ? 'yes' : 'no' } };
}

/** Any stored signal, of whichever version: just enough to know which upgrade steps it needs. */
export const StoredSignalSchema = z.looseObject({ schemaVersion: z.number().int() });

/**
 * A record of any known version brought to the current one, step by step; refuses future and unknown versions.
 * The caller validates the result (the steps only reshape).
 */
export function upgradeStoredRecord(stored: StoredRecord, versions: StoredVersions): StoredRecord {
  const found = stored.schemaVersion;
  if (found > versions.current) {
    throw new DomainError(
      'invalid',
      `stored signal has schema version ${found}, newer than this release reads (${versions.current}): was it written by a newer release?`,
    );
  }
  if (found < versions.oldest) throw new DomainError('invalid', `stored signal has unknown schema version ${found}`);
  let record = stored;
  while (record.schemaVersion < versions.current) {
    const from = record.schemaVersion;
    const upgrade = versions.upgrades[from];
    if (!upgrade) throw new DomainError('invalid', `no upgrade for stored signal schema version ${from}`);
    record = upgrade(record);
    if (record.schemaVersion !== from + 1)
      throw new DomainError('invalid', `the upgrade from signal schema version ${from} did not produce version ${from + 1}`);
  }
  return record;
}

/** A stored signal of any known version, as the current Signal; refuses unknown, future and malformed records. */
export function upgradeStoredSignal(json: unknown): Signal {
  const stored = StoredSignalSchema.safeParse(json);
  if (!stored.success) throw new DomainError('invalid', 'stored signal has no schema version');
  const parsed = SignalSchema.safeParse(upgradeStoredRecord(stored.data, SIGNAL_VERSIONS));
  if (!parsed.success) {
    throw new DomainError(
      'invalid',
      `stored signal (schema version ${stored.data.schemaVersion}) does not match the signal schema: ${issuePaths(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** Signal records are sealed like conversation state and parsed with the domain schema on every read. */
export function createSignalCodec(cipher: ValueCipher) {
  return {
    /** Writes the current version only: an older (or future) record is never written back as it is. */
    encode(signal: Signal, context: string): string {
      if (signal.schemaVersion !== CURRENT_SIGNAL_VERSION) {
        throw new DomainError('invalid', `a signal is written in schema version ${CURRENT_SIGNAL_VERSION} only, not ${String(signal.schemaVersion)}`);
      }
      return cipher.seal(JSON.stringify(signal), context);
    },
    decode(sealed: string, context: string): Signal {
      const text = cipher.open(sealed, context);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (cause) {
        throw new DomainError('invalid', 'stored signal is not JSON', { cause });
      }
      return upgradeStoredSignal(json);
    },
  };
}
export type SignalCodec = ReturnType<typeof createSignalCodec>;

/** A submitted signal is new: its lifecycle starts at the queue, not in the signaller's dialogue. */
export function withReference(signal: SignalToSubmit, reference: string): Signal {
  if (signal.status !== 'new' || signal.lifecycle !== undefined) throw new DomainError('invalid', 'a submitted signal must be new');
  const complete = SignalSchema.safeParse({ ...signal, reference });
  if (!complete.success) throw new DomainError('invalid', `signal does not match the schema: ${issuePaths(complete.error)}`);
  return complete.data;
}

/** Where a record is wrong, never what it holds: the values may be personal data. */
function issuePaths(error: z.ZodError): string {
  return error.issues.map((i) => i.path.join('.') || '(record)').join(', ');
}
