import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { deriveSignalId, SignalSchema, withLifecycle, applyTransition, lifecycleOf, type Signal } from '../../src/domain';
import { backfillIndexes } from '../../src/store/backfill';
import { createRedisReminderSchedule } from '../../src/store/redis-reminder-schedule';
import { createRedisSignalStore } from '../../src/store/redis-signal-store';
import { createSignalCodec } from '../../src/store/signal-codec';
import { queueKeys } from '../../src/store/signal-keys';
import { createValueCipher } from '../../src/store/value-cipher';
import { consultationSignal } from '../fixtures/signal';
import { connectRedis, uniquePrefix } from '../helpers/redis';

/**
 * Signals stored before this release have no reference index, no signaller index and no place on the follow-up or
 * purge schedules. The backfill adds them once, changes no record, and a second run adds nothing more.
 */

const codec = createSignalCodec(createValueCipher({ keys: [{ id: 'k1', key: randomBytes(32) }] }));
let redis: Redis;
beforeAll(() => {
  redis = connectRedis();
});
afterAll(async () => {
  await redis.quit();
});

/** A record as an older release stored it: the sealed signal alone, nothing indexed or scheduled. */
async function storedBefore(prefix: string, signal: Signal): Promise<void> {
  const key = queueKeys(prefix, signal.routing.teamId).signal(signal.id);
  await redis.set(key, codec.encode(signal, key));
}

function closedSignal(draftId: string, sequence: number): Signal {
  const signal = SignalSchema.parse({ ...consultationSignal({ draftId }), reference: `WS-2026-00000${sequence}` });
  let state = lifecycleOf(signal);
  for (const command of [{ verb: 'claim' }, { verb: 'close', outcome: 'no-concerns' }] as const) {
    const result = applyTransition(state, command, { aadObjectId: 'worker', name: 'Anna Intake' }, '2026-11-24T10:00:00.000Z');
    if (!result.ok) throw result.error;
    state = result.state;
  }
  return SignalSchema.parse(withLifecycle(signal, state));
}

it('indexes and schedules what older releases stored, once; the stores then find it', async () => {
  const prefix = uniquePrefix();
  const open = SignalSchema.parse({ ...consultationSignal({ draftId: 'old-open' }), reference: 'WS-2026-000001' });
  const closed = closedSignal('old-closed', 2);
  await storedBefore(prefix, open);
  await storedBefore(prefix, closed);
  await redis.set(`${prefix}{q:noord}:signal:sig_aaaaaaaaaaaaaaaaaaaa`, 'not a sealed value');
  const store = createRedisSignalStore({ redis, codec, keyPrefix: prefix });
  expect(await store.findByReference('noord', 'WS-2026-000001')).toBeUndefined();

  const followUps = createRedisReminderSchedule({ redis, keyPrefix: prefix, name: 'followups' });
  const purges = createRedisReminderSchedule({ redis, keyPrefix: prefix, name: 'purges' });
  const run = () => backfillIndexes({ redis, keyPrefix: prefix, codec, teams: ['noord', 'zuid'], followUps, purges, retentionMs: 30 * 86_400_000 });
  const before = await redis.get(queueKeys(prefix, 'noord').signal(open.id));
  expect(await run()).toEqual({ signals: 2, unreadable: 1 });
  expect(await run()).toEqual({ signals: 2, unreadable: 1 });
  // No record changed.
  expect(await redis.get(queueKeys(prefix, 'noord').signal(open.id))).toBe(before);

  expect(await store.findByReference('noord', 'WS-2026-000001')).toBe(deriveSignalId('old-open'));
  expect(await store.findByReference('noord', 'WS-2026-000002')).toBe(deriveSignalId('old-closed'));
  expect((await store.openPage('noord', 0, 10)).signals.map((s) => s.id)).toEqual([open.id]);
  const owner = `aad:${open.signaller.reference.tenantId}:${open.signaller.aadObjectId}`;
  expect((await store.signalsOf([owner], 10)).map((s) => s.signalId).sort()).toEqual([open.id, closed.id].sort());
  const far = Date.parse('2030-01-01T00:00:00Z');
  expect((await followUps.takeDue(far, 10)).map((d) => d.signalId).sort()).toEqual([open.id, closed.id].sort());
  expect(await purges.takeDue(far, 10)).toEqual([{ teamId: 'noord', signalId: closed.id }]);
});
