import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  SignalSchema,
  applyTransition,
  deriveSignalId,
  lifecycleOf,
  newQuestionId,
  receivedCopy,
  transferSignal,
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

  it('indexes each signal under its signaller, newest first across queues, once however often it is submitted', async () => {
    const { store } = make();
    const mine = consultationSignal({ draftId: 'mine-1', createdAt: '2026-11-23T09:00:00.000Z' });
    await store.submit(mine);
    await store.submit(mine);
    await store.submit(consultationSignal({ draftId: 'mine-2', teamId: 'zuid', createdAt: '2026-11-24T09:00:00.000Z' }));
    const other = consultationSignal({ draftId: 'theirs' });
    await store.submit({ ...other, signaller: { ...other.signaller, aadObjectId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' } });
    const owner = `aad:${mine.signaller.reference.tenantId}:${mine.signaller.aadObjectId}`;
    expect(await store.signalsOf([owner], 10)).toEqual([
      { teamId: 'zuid', signalId: deriveSignalId('mine-2') },
      { teamId: 'noord', signalId: deriveSignalId('mine-1') },
    ]);
    expect(await store.signalsOf([owner], 1)).toEqual([{ teamId: 'zuid', signalId: deriveSignalId('mine-2') }]);
    // Without an object id, a signal is found by the conversation it came from.
    const anonymous = consultationSignal({ draftId: 'no-oid' });
    await store.submit({
      ...anonymous,
      signaller: { ...anonymous.signaller, aadObjectId: undefined, reference: { ...anonymous.signaller.reference, conversationId: 'a:oud' } },
    });
    expect(await store.signalsOf(['conv:a:oud'], 10)).toEqual([{ teamId: 'noord', signalId: deriveSignalId('no-oid') }]);
  });

  it('finds a signal by its reference in its own queue only', async () => {
    const { store } = make();
    const { reference } = await store.submit(consultationSignal({ draftId: 'ref' }));
    expect(await store.findByReference('noord', reference)).toBe(deriveSignalId('ref'));
    expect(await store.findByReference('zuid', reference)).toBeUndefined();
    expect(await store.findByReference('noord', 'WS-2026-999999')).toBeUndefined();
  });

  it('pages the open signals oldest first, with the total; a closed one leaves the list, a reopened one comes back', async () => {
    const { store } = make();
    // Submitted out of order: the list follows the time of sending, not of storing.
    const times = ['2026-11-23T09:05:00.000Z', '2026-11-23T09:01:00.000Z', '2026-11-23T09:03:00.000Z', '2026-11-23T09:02:00.000Z'];
    for (const [i, createdAt] of times.entries()) await store.submit(consultationSignal({ draftId: `page-${i}`, createdAt }));
    const ids = (page: { signals: Signal[] }) => page.signals.map((s) => s.createdAt.slice(11, 16));
    expect(ids(await store.openPage('noord', 0, 3))).toEqual(['09:01', '09:02', '09:03']);
    expect(await store.openPage('noord', 3, 3)).toMatchObject({ total: 4 });
    expect(ids(await store.openPage('noord', 3, 3))).toEqual(['09:05']);
    expect(await store.openPage('zuid', 0, 3)).toEqual({ total: 0, signals: [] });

    const anna = { aadObjectId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', name: 'Anna Intake' };
    const at = '2026-11-23T10:00:00.000Z';
    const change = (command: LifecycleCommand) => (current: Signal) => {
      const result = applyTransition(lifecycleOf(current), command, anna, at);
      if (!result.ok) throw result.error;
      return {
        signal: withLifecycle(current, result.state),
        audit: { at, actor: anna.aadObjectId, action: 'signal-closed' as const, teamId: 'noord' },
        jobs: [],
      };
    };
    const first = deriveSignalId('page-1');
    await store.update('noord', first, change({ verb: 'claim' }));
    expect(ids(await store.openPage('noord', 0, 1))).toEqual(['09:01']); // claimed is still open
    await store.update('noord', first, change({ verb: 'close', outcome: 'no-concerns' }));
    expect(await store.openPage('noord', 0, 10)).toMatchObject({ total: 3 });
    await store.update('noord', first, change({ verb: 'reopen' }));
    expect(ids(await store.openPage('noord', 0, 1))).toEqual(['09:01']);
  });

  it('a transfer: the first queue’s copy leaves its list, the second receives its copy once, findable by the same reference', async () => {
    const { store } = make();
    const { reference } = await store.submit(consultationSignal({ draftId: 'move' }));
    const id = deriveSignalId('move');
    const anna = { aadObjectId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', name: 'Anna Intake' };
    const at = '2026-11-23T10:00:00.000Z';
    const moved = await store.update('noord', id, (current) => {
      const result = transferSignal(current, { teamId: 'zuid', teamName: 'Wijkteam Zuid' }, { reason: 'other-area', note: 'Woont in Zuid.' }, anna, at);
      if (!result.ok) throw result.error;
      return { signal: result.signal, audit: { at, actor: anna.aadObjectId, action: 'signal-transferred-out', teamId: 'noord', signalId: id }, jobs: [] };
    });
    if (!moved.ok) throw new Error('the transfer was not stored');
    expect(await store.openPage('noord', 0, 10)).toEqual({ total: 0, signals: [] });
    const copy = receivedCopy(moved.signal)!;
    const audit: AuditEvent = { at, actor: anna.aadObjectId, action: 'signal-transferred-in', teamId: 'zuid', signalId: id };
    expect(await store.receive(copy, audit)).toEqual({ created: true });
    expect(await store.receive(copy, audit)).toEqual({ created: false });
    expect(await store.get('zuid', id)).toMatchObject({ status: 'new', routing: { teamId: 'zuid' }, claimDueAt: moved.signal.claimDueAt });
    expect(await store.get('noord', id)).toMatchObject({ status: 'transferred' });
    expect(await store.findByReference('zuid', reference)).toBe(id);
    expect((await store.openPage('zuid', 0, 10)).signals.map((s) => s.id)).toEqual([id]);
  });

  if (name === 'redis') {
    it('keeps the record encrypted under the queue’s hash tag', async () => {
      const { store, prefix } = make();
      const canary = 'CANARY-Jip-en-Janneke';
      const signal = consultationSignal({ draftId: 'canary', text: canary });
      await store.submit(signal);
      const keys = await redis.keys(`${prefix}*`);
      const signalKey = keys.find((k) => k.includes(':signal:'));
      expect(signalKey).toMatch(new RegExp(`^${prefix}\\{q:noord\\}:signal:sig_`));
      // The signal, its index entries, its notification job, its audit event and the queue's figures (counters, the
      // unclaimed and deadline sets, the month's count): all under the queue's hash tag.
      const month = new Date(Date.parse(signal.createdAt)).toISOString().slice(0, 7);
      expect(keys.filter((k) => k.includes('{q:noord}')).sort()).toEqual(
        [
          ...['audit', 'jobs', 'open', 'refs', 'fig', 'fig:due', 'fig:unclaimed', `month:${month}`].map((name) => `${prefix}{q:noord}:${name}`),
          signalKey,
        ].sort(),
      );
      for (const key of keys) expect(JSON.stringify(await valueOf(key))).not.toContain('Jip');
    });

    it('the signaller’s index is its own slot: lost after the queue’s step (a crash), the repeat of the submit restores it', async () => {
      const { store, prefix } = make();
      const signal = consultationSignal({ draftId: 'crash' });
      await store.submit(signal);
      const [indexKey] = await redis.keys(`${prefix}{s:*`);
      expect(indexKey).toBeDefined();
      await redis.del(indexKey!);
      expect(await store.submit(signal)).toMatchObject({ created: false });
      expect(await redis.zrange(indexKey!, 0, -1)).toEqual([`noord|${signal.id}`]);
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
