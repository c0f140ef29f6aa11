import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  SignalSchema,
  applyTransition,
  deriveSignalId,
  lifecycleOf,
  newQuestionId,
  withAnswer,
  withLifecycle,
  withQuestion,
  type AuditEvent,
  type LifecycleCommand,
  type Signal,
  type SignalStore,
} from '../../src/domain';
import { createMemorySignalStore } from '../../src/store/memory-signal-store';
import { createRedisSignalStore } from '../../src/store/redis-signal-store';
import { createSignalCodec } from '../../src/store/signal-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import { consultationSignal } from '../fixtures/signal';
import { connectRedis, uniquePrefix } from '../helpers/redis';

const codec = createSignalCodec(createValueCipher({ keys: [{ id: 'k1', key: randomBytes(32) }] }));
let redis: Redis;
beforeAll(() => {
  redis = connectRedis();
});
afterAll(async () => {
  await redis.quit();
});

/** Whatever a key holds, as data: the canary must be in none of it. */
async function valueOf(key: string): Promise<unknown> {
  switch (await redis.type(key)) {
    case 'string':
      return redis.get(key);
    case 'zset':
      return redis.zrange(key, 0, -1);
    case 'stream':
      return redis.xrange(key, '-', '+');
    case 'hash':
      return redis.hgetall(key);
    default:
      return null;
  }
}

const stores: Array<[string, () => { store: SignalStore; prefix?: string }]> = [
  ['memory', () => ({ store: createMemorySignalStore({ codec }) })],
  [
    'redis',
    () => {
      const prefix = uniquePrefix();
      return { store: createRedisSignalStore({ redis, codec, keyPrefix: prefix }), prefix };
    },
  ],
];

describe.each(stores)('%s signal store', (name, make) => {
  it('stores a signal with the next reference of its year and reads it back, valid', async () => {
    const { store } = make();
    const first = await store.submit(consultationSignal({ draftId: 'd1' }));
    const second = await store.submit(consultationSignal({ draftId: 'd2' }));
    expect(first).toEqual({ reference: 'WS-2026-000001', created: true });
    expect(second).toEqual({ reference: 'WS-2026-000002', created: true });
    const stored = await store.get('noord', consultationSignal({ draftId: 'd1' }).id);
    expect(SignalSchema.parse(stored)).toMatchObject({ reference: 'WS-2026-000001', observations: { text: 'Blauwe plekken op de bovenarm.' } });
  });

  it('is idempotent on the signal id: a second submit of the same draft creates nothing', async () => {
    const { store } = make();
    const signal = consultationSignal({ draftId: 'same' });
    const results = await Promise.all([store.submit(signal), store.submit(signal), store.submit(signal)]);
    const references = new Set(results.map((r) => r.reference));
    expect(references.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await store.submit(signal)).toEqual({ reference: [...references][0], created: false });
  });

  it('refuses a signal that does not match the schema, storing nothing', async () => {
    const { store } = make();
    const bad = { ...consultationSignal({ draftId: 'bad' }), identity: { childName: 'X' } } as never;
    await expect(store.submit(bad)).rejects.toThrow(/schema/);
    expect(await store.get('noord', consultationSignal({ draftId: 'bad' }).id)).toBeUndefined();
  });

  it('numbers per year', async () => {
    const { store } = make();
    await store.submit(consultationSignal({ draftId: 'y1' }));
    expect(await store.submit(consultationSignal({ draftId: 'y2', createdAt: '2027-01-02T08:00:00.000Z' }))).toEqual({
      reference: 'WS-2027-000001',
      created: true,
    });
  });

  if (name === 'redis') {
    it('keeps the record encrypted under the queue’s hash tag', async () => {
      const { store, prefix } = make();
      const canary = 'CANARY-Jip-en-Janneke';
      await store.submit(consultationSignal({ draftId: 'canary', text: canary }));
      const keys = await redis.keys(`${prefix}*`);
      const signalKey = keys.find((k) => k.includes(':signal:'));
      expect(signalKey).toMatch(new RegExp(`^${prefix}\\{q:noord\\}:signal:sig_`));
      // The signal, its index entries, its notification job and its audit event: all under the queue's hash tag.
      expect(keys.filter((k) => k.includes('{q:noord}')).sort()).toEqual(
        [`${prefix}{q:noord}:audit`, `${prefix}{q:noord}:jobs`, `${prefix}{q:noord}:open`, `${prefix}{q:noord}:refs`, signalKey].sort(),
      );
      for (const key of keys) expect(JSON.stringify(await valueOf(key))).not.toContain('Jip');
    });

    it('keeps a question and its answer sealed: jobs and audit events carry the question id only', async () => {
      const { store, prefix } = make();
      await store.submit(consultationSignal({ draftId: 'question' }));
      const signalId = deriveSignalId('question');
      const questionId = newQuestionId();
      const anna = { aadObjectId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', name: 'Anna Intake' };
      const at = '2026-11-23T10:00:00.000Z';
      const step = (signal: Signal, command: LifecycleCommand) => {
        const result = applyTransition(lifecycleOf(signal), command, anna, at);
        if (!result.ok) throw result.error;
        return withLifecycle(signal, result.state);
      };
      const audit = (action: AuditEvent['action']): AuditEvent => ({ at, actor: anna.aadObjectId, action, teamId: 'noord', signalId });
      await store.update('noord', signalId, (current) => ({
        signal: withQuestion(step(step(current, { verb: 'claim' }), { verb: 'ask', questionId }), {
          id: questionId,
          askedBy: anna,
          askedAt: at,
          text: 'CANARY-Q Hoe gaat het thuis?',
        }),
        audit: audit('signal-question-asked'),
        jobs: [{ kind: 'signaller-question', signalId, event: questionId }],
      }));
      const answered = await store.update('noord', signalId, (current) => ({
        signal: withAnswer(step(current, { verb: 'answer', questionId }), questionId, { text: 'CANARY-A Onrustig.', at })!,
        audit: audit('signal-question-answered'),
        jobs: [
          { kind: 'card-update', signalId },
          { kind: 'post-answer', signalId, event: questionId },
        ],
      }));
      expect(answered.ok && answered.signal.questions?.[0]?.answer?.text).toBe('CANARY-A Onrustig.');
      expect((await store.get('noord', signalId))?.questions?.[0]?.text).toBe('CANARY-Q Hoe gaat het thuis?');

      const jobs = await redis.xrange(`${prefix}{q:noord}:jobs`, '-', '+');
      expect(jobs.map(([, fields]) => fields)).toEqual([
        ['kind', 'new-signal', 'signal', signalId],
        ['kind', 'signaller-question', 'signal', signalId, 'event', questionId],
        ['kind', 'card-update', 'signal', signalId, 'event', ''],
        ['kind', 'post-answer', 'signal', signalId, 'event', questionId],
      ]);
      for (const key of await redis.keys(`${prefix}*`)) expect(JSON.stringify(await valueOf(key))).not.toMatch(/CANARY|thuis|Onrustig/);
    });
  }
});
