import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ConversationStore } from '../../src/domain';
import { conversationKeys } from '../../src/store/keys';
import { createMemoryConversationStore } from '../../src/store/memory-conversation-store';
import { createRedisConversationStore } from '../../src/store/redis-conversation-store';
import { createStateCodec } from '../../src/store/state-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import { fakeClock } from '../helpers/fake-clock';
import { connectRedis, uniquePrefix } from '../helpers/redis';

// Long TTLs: nothing here waits for them. Redis is checked with PTTL after each write, the memory store by moving its
// clock. The done mark's TTL differs from the state's, so each is seen on its own. (The one test that waits for a
// real expiry is in redis-conversation-store.test.ts.)
const STATE_TTL_MS = 60 * 60 * 1000;
const DONE_TTL_MS = 30 * 60 * 1000;
/** A PTTL read right after a write is at most this far below the configured TTL. */
const TTL_SLACK_MS = 1000;
const codec = createStateCodec(createValueCipher({ keys: [{ id: 'k1', key: randomBytes(32) }] }));
const clients: Redis[] = [];

interface Subject {
  readonly store: ConversationStore;
  /** Memory: the store's clock, moved by hand instead of sleeping. */
  readonly clock?: ReturnType<typeof fakeClock>;
  /** Redis: milliseconds left on the conversation's state key and on the activity's done mark (-2: no such key). */
  readonly pttl?: (conversationId: string, activityId: string) => Promise<{ state: number; done: number }>;
  /** Redis: sets what is left of the state key's or the done mark's TTL, standing in for time passing. */
  readonly shortenTtl?: (which: 'state' | 'done', conversationId: string, activityId: string, ms: number) => Promise<void>;
}

/** One contract, two stores: the in-memory twin must behave like Redis in every way the bot relies on. */
const stores: Array<[string, () => Subject]> = [
  [
    'memory',
    () => {
      const clock = fakeClock();
      return { store: createMemoryConversationStore({ codec, clock, stateTtlMs: STATE_TTL_MS, doneTtlMs: DONE_TTL_MS }), clock };
    },
  ],
  [
    'redis',
    () => {
      const redis = connectRedis();
      clients.push(redis);
      const keyPrefix = uniquePrefix();
      return {
        store: createRedisConversationStore({ redis, codec, keyPrefix, stateTtlMs: STATE_TTL_MS, doneTtlMs: DONE_TTL_MS }),
        pttl: async (conversationId, activityId) => {
          const keys = conversationKeys(keyPrefix, conversationId);
          return { state: await redis.pttl(keys.state), done: await redis.pttl(keys.done(activityId)) };
        },
        shortenTtl: async (which, conversationId, activityId, ms) => {
          const keys = conversationKeys(keyPrefix, conversationId);
          expect(await redis.pexpire(which === 'state' ? keys.state : keys.done(activityId), ms)).toBe(1);
        },
      };
    },
  ],
];

afterAll(async () => {
  await Promise.all(clients.map((c) => c.quit()));
});

const reply = (text: string) => ({ type: 'message', text });

/** Set just now to `ttl`: within (0, ttl] and no further below it than a write and a read take. */
function expectFreshTtl(pttl: number, ttl: number): void {
  expect(pttl).toBeGreaterThan(ttl - TTL_SLACK_MS);
  expect(pttl).toBeLessThanOrEqual(ttl);
}

describe.each(stores)('%s conversation store', (_name, make) => {
  let subject: Subject;
  let store: ConversationStore;
  beforeEach(() => {
    subject = make();
    store = subject.store;
  });

  it('starts a new conversation at version 0 with no items', async () => {
    expect(await store.read('conv-new', 'act-1')).toEqual({ kind: 'run', snapshot: { version: 0, items: {} } });
  });

  it('commits state and reads it back at the next version', async () => {
    const items = { memory: { welcomedAt: 1 }, nested: { list: [1, 2, 3], text: 'héllo' } };
    expect(await store.commit({ conversationId: 'c1', activityId: 'a1', expectedVersion: 0, items, replies: [], leaseUntil: 0 })).toBe('committed');
    expect(await store.read('c1', 'a2')).toEqual({ kind: 'run', snapshot: { version: 1, items } });
  });

  it('refuses a commit on a stale version and keeps the winner', async () => {
    await store.commit({ conversationId: 'c2', activityId: 'a1', expectedVersion: 0, items: { n: 1 }, replies: [], leaseUntil: 0 });
    expect(await store.commit({ conversationId: 'c2', activityId: 'a2', expectedVersion: 0, items: { n: 99 }, replies: [], leaseUntil: 0 })).toBe('conflict');
    expect(await store.read('c2', 'a3')).toEqual({ kind: 'run', snapshot: { version: 1, items: { n: 1 } } });
  });

  it('a conflicting commit leaves no done mark, so the activity can still run', async () => {
    await store.commit({ conversationId: 'c3', activityId: 'a1', expectedVersion: 0, items: { n: 1 }, replies: [], leaseUntil: 0 });
    await store.commit({ conversationId: 'c3', activityId: 'a2', expectedVersion: 0, items: { n: 2 }, replies: [reply('x')], leaseUntil: 0 });
    expect((await store.read('c3', 'a2')).kind).toBe('run');
  });

  it('remembers a committed activity with its replies until they are delivered', async () => {
    const replies = [reply('een'), reply('twee')];
    await store.commit({ conversationId: 'c4', activityId: 'a1', expectedVersion: 0, items: {}, replies, leaseUntil: 0 });
    expect(await store.read('c4', 'a1')).toEqual({ kind: 'already-committed', undelivered: replies, leaseUntil: 0 });
    expect(await store.commit({ conversationId: 'c4', activityId: 'a1', expectedVersion: 1, items: { n: 5 }, replies: [], leaseUntil: 0 })).toBe(
      'already-committed',
    );
    await store.markDelivered('c4', 'a1');
    expect(await store.read('c4', 'a1')).toEqual({ kind: 'already-committed', undelivered: [], leaseUntil: 0 });
  });

  it('records partial delivery and releases the lease, so a repeat sends only the rest', async () => {
    const replies = [reply('een'), reply('twee'), reply('drie')];
    await store.commit({ conversationId: 'c10', activityId: 'a1', expectedVersion: 0, items: {}, replies, leaseUntil: 5_000 });
    expect(await store.read('c10', 'a1')).toMatchObject({ undelivered: replies, leaseUntil: 5_000 });
    await store.markDelivered('c10', 'a1', 1);
    expect(await store.read('c10', 'a1')).toMatchObject({ undelivered: [reply('twee'), reply('drie')], leaseUntil: 0 });
  });

  it('lets only one repeat delivery claim the replies, and only after the lease', async () => {
    await store.commit({ conversationId: 'c11', activityId: 'a1', expectedVersion: 0, items: {}, replies: [reply('x')], leaseUntil: 1_000 });
    expect(await store.claimDelivery('c11', 'a1', 999, 2_000)).toBe(false);
    expect(await store.claimDelivery('c11', 'a1', 1_000, 2_000)).toBe(true);
    expect(await store.claimDelivery('c11', 'a1', 1_500, 2_500)).toBe(false);
    expect(await store.claimDelivery('c11', 'never', 1_500, 2_500)).toBe(false);
  });

  it('keeps an invoke answer for repeats, also after the replies are delivered', async () => {
    const invokeAnswer = { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: { n: 1 } } };
    await store.commit({ conversationId: 'c12', activityId: 'a1', expectedVersion: 0, items: {}, replies: [reply('x')], invokeAnswer, leaseUntil: 0 });
    await store.markDelivered('c12', 'a1');
    expect(await store.read('c12', 'a1')).toEqual({ kind: 'already-committed', undelivered: [], leaseUntil: 0, invokeAnswer });
  });

  it('keeps conversations apart', async () => {
    await store.commit({ conversationId: 'c5', activityId: 'shared-id', expectedVersion: 0, items: { who: 'c5' }, replies: [], leaseUntil: 0 });
    expect(await store.read('c6', 'shared-id')).toEqual({ kind: 'run', snapshot: { version: 0, items: {} } });
  });

  it('expires idle state and done marks after their TTL', async () => {
    await store.commit({ conversationId: 'c7', activityId: 'a1', expectedVersion: 0, items: { n: 1 }, replies: [reply('x')], leaseUntil: 0 });
    const { clock, pttl } = subject;
    if (pttl) {
      const ttl = await pttl('c7', 'a1');
      expectFreshTtl(ttl.state, STATE_TTL_MS);
      expectFreshTtl(ttl.done, DONE_TTL_MS);
    }
    if (clock) {
      clock.advance(DONE_TTL_MS - 1);
      expect((await store.read('c7', 'a1')).kind).toBe('already-committed');
      clock.advance(1);
      // The done mark is gone, so the activity runs again; the state lives on.
      expect(await store.read('c7', 'a1')).toEqual({ kind: 'run', snapshot: { version: 1, items: { n: 1 } } });
      clock.advance(STATE_TTL_MS - DONE_TTL_MS - 1);
      expect(await store.read('c7', 'a1')).toEqual({ kind: 'run', snapshot: { version: 1, items: { n: 1 } } });
      clock.advance(1);
      expect(await store.read('c7', 'a1')).toEqual({ kind: 'run', snapshot: { version: 0, items: {} } });
    }
  });

  it('renews the TTL on every commit', async () => {
    const { clock, pttl, shortenTtl } = subject;
    await store.commit({ conversationId: 'c8', activityId: 'a1', expectedVersion: 0, items: { n: 1 }, replies: [], leaseUntil: 0 });
    clock?.advance(STATE_TTL_MS * 0.5);
    await shortenTtl?.('state', 'c8', 'a1', 5_000);
    await store.commit({ conversationId: 'c8', activityId: 'a2', expectedVersion: 1, items: { n: 2 }, replies: [], leaseUntil: 0 });
    if (pttl) {
      const ttl = await pttl('c8', 'a2');
      expectFreshTtl(ttl.state, STATE_TTL_MS);
      expectFreshTtl(ttl.done, DONE_TTL_MS);
    }
    // Past the first commit's TTL, well inside the second's.
    clock?.advance(STATE_TTL_MS * 0.6);
    expect(await store.read('c8', 'a3')).toEqual({ kind: 'run', snapshot: { version: 2, items: { n: 2 } } });
  });

  it('keeps the done mark’s TTL through claiming and delivery, without renewing it', async () => {
    const { clock, pttl, shortenTtl } = subject;
    await store.commit({ conversationId: 'c13', activityId: 'a1', expectedVersion: 0, items: {}, replies: [reply('x'), reply('y')], leaseUntil: 1_000 });
    if (pttl) expectFreshTtl((await pttl('c13', 'a1')).done, DONE_TTL_MS);
    // Nearly at its end: a write that renewed the mark would show.
    clock?.advance(DONE_TTL_MS - 1);
    await shortenTtl?.('done', 'c13', 'a1', 60_000);
    const bookkeeping: Array<() => Promise<unknown>> = [
      () => store.claimDelivery('c13', 'a1', 1_000, 2_000),
      () => store.markDelivered('c13', 'a1', 1),
      () => store.markDelivered('c13', 'a1'),
    ];
    for (const write of bookkeeping) {
      await write();
      if (pttl) {
        const { done } = await pttl('c13', 'a1');
        expect(done).toBeGreaterThan(0);
        expect(done).toBeLessThanOrEqual(60_000);
      }
    }
    expect(await store.read('c13', 'a1')).toEqual({ kind: 'already-committed', undelivered: [], leaseUntil: 0 });
    if (clock) {
      clock.advance(1);
      expect((await store.read('c13', 'a1')).kind).toBe('run');
    }
  });

  it('marking an unknown activity delivered changes nothing', async () => {
    await store.markDelivered('c9', 'never-seen');
    expect((await store.read('c9', 'never-seen')).kind).toBe('run');
  });

  it('answers ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
});
