import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createRedisConversationStore } from '../../src/store/redis-conversation-store';
import { createStateCodec } from '../../src/store/state-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import { connectRedis, CrossSlotError, uniquePrefix } from '../helpers/redis';

// A conversation store whose state and done mark were (wrongly) given two hash tags: its one-step commit must fail.
jest.mock('../../src/store/keys', () => ({
  conversationKeys: (prefix: string, conversationId: string) => ({
    state: `${prefix}{c:${conversationId}}:state`,
    done: (activityId: string) => `${prefix}{d:${conversationId}}:done:${activityId}`,
  }),
}));

/**
 * The contract suites build their Redis stores on connectRedis(), which refuses any command or transaction whose
 * keys hash to more than one Redis Cluster slot. These tests prove the check bites, and lets the rest through.
 */
let redis: Redis;
let p: string;
beforeAll(() => {
  redis = connectRedis();
});
beforeEach(() => {
  p = uniquePrefix();
});
afterAll(async () => {
  await redis.quit();
});

describe('the test Redis client refuses cross-slot steps', () => {
  it('refuses an MGET of {a}x and {b}y, naming the command and both keys with their slots', async () => {
    const refused = redis.mget(`${p}{a}x`, `${p}{b}y`);
    await expect(refused).rejects.toThrow(CrossSlotError);
    await expect(refused).rejects.toThrow(new RegExp(`cross-slot MGET: keys "${p}\\{a\\}x" \\(slot \\d+\\), "${p}\\{b\\}y" \\(slot \\d+\\)`));
  });

  it('refuses an EVAL whose KEYS hash to two slots, and runs nothing of it', async () => {
    const script = "redis.call('SET', KEYS[1], '1'); redis.call('SET', KEYS[2], '1'); return 1";
    await expect(redis.eval(script, 2, `${p}{a}x`, `${p}{b}y`)).rejects.toThrow(/cross-slot EVAL: keys .*\{a\}x.*\{b\}y.*CROSSSLOT/);
    expect(await redis.exists(`${p}{a}x`)).toBe(0);
  });

  it('refuses a defineCommand script (EVALSHA) over two slots; its arguments after numkeys are not keys', async () => {
    const scripted = redis as Redis & { wsTestTouchTwo(a: string, b: string, value: string): Promise<number> };
    if (typeof scripted.wsTestTouchTwo !== 'function') {
      redis.defineCommand('wsTestTouchTwo', { numberOfKeys: 2, lua: "redis.call('SET', KEYS[1], ARGV[1]); redis.call('SET', KEYS[2], ARGV[1]); return 1" });
    }
    await expect(scripted.wsTestTouchTwo(`${p}{a}x`, `${p}{b}y`, `${p}{c}not-a-key`)).rejects.toThrow(/cross-slot EVALSHA/);
    expect(await scripted.wsTestTouchTwo(`${p}{a}x`, `${p}{a}y`, `${p}{c}not-a-key`)).toBe(1);
  });

  it.each([
    ['DEL of several keys', () => redis.del(`${p}{a}x`, `${p}{b}y`), /cross-slot DEL/],
    ['RENAME', () => redis.rename(`${p}{a}x`, `${p}{b}y`), /cross-slot RENAME/],
    ['SUNIONSTORE', () => redis.sunionstore(`${p}{a}dest`, `${p}{a}x`, `${p}{b}y`), /cross-slot SUNIONSTORE/],
    ['BLMOVE', () => redis.blmove(`${p}{a}x`, `${p}{b}y`, 'LEFT', 'RIGHT', 0.01), /cross-slot BLMOVE/],
    ['XREAD of two streams', () => redis.xread('COUNT', 1, 'STREAMS', `${p}{a}x`, `${p}{b}y`, '0', '0'), /cross-slot XREAD/],
  ])('refuses %s over two slots', async (_name, run, message) => {
    await expect(run()).rejects.toThrow(message);
  });

  it('refuses a MULTI/EXEC transaction over two slots, sending none of it', async () => {
    await redis.set(`${p}{a}x`, 'before');
    await expect(redis.multi().set(`${p}{a}x`, 'after').set(`${p}{b}y`, 'after').exec()).rejects.toThrow(
      /cross-slot MULTI\/EXEC transaction \(SET, SET\): keys .*\{a\}x.*\{b\}y/,
    );
    expect(await redis.get(`${p}{a}x`)).toBe('before');
    expect(await redis.exists(`${p}{b}y`)).toBe(0);
  });

  it('refuses an unpipelined MULTI over two slots at EXEC and discards it, leaving the connection usable', async () => {
    await redis.multi({ pipeline: false });
    await redis.set(`${p}{a}x`, '1');
    await redis.set(`${p}{b}y`, '1');
    await expect(redis.exec()).rejects.toThrow(/cross-slot MULTI\/EXEC transaction/);
    expect(await redis.exists(`${p}{a}x`)).toBe(0);
    expect(await redis.set(`${p}{a}x`, '2')).toBe('OK');
  });

  it('lets through multi-key steps under one hash tag, and single-key commands on any slot', async () => {
    await redis.multi().set(`${p}{q:noord}:a`, '1').set(`${p}{q:noord}:b`, '2').exec();
    expect(await redis.mget(`${p}{q:noord}:a`, `${p}{q:noord}:b`)).toEqual(['1', '2']);
    expect(await redis.eval("return redis.call('EXISTS', KEYS[1], KEYS[2])", 2, `${p}{q:noord}:a`, `${p}{q:noord}:b`)).toBe(2);
    // Like the yearly reference counter: another slot, but a command of its own.
    expect(await redis.incr(`${p}seq:reference:2026`)).toBe(1);
    // A pipeline is not atomic: its commands may each go to their own slot.
    expect(await redis.pipeline().get(`${p}{a}x`).get(`${p}{b}y`).exec()).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('checks a duplicated connection too', async () => {
    const second = redis.duplicate();
    try {
      await expect(second.mget(`${p}{a}x`, `${p}{b}y`)).rejects.toThrow(CrossSlotError);
    } finally {
      await second.quit();
    }
  });
});

describe('a store built on the test client', () => {
  it('fails its atomic step when its keys span two slots (here: a conversation split over two hash tags)', async () => {
    const store = createRedisConversationStore({
      redis,
      codec: createStateCodec(createValueCipher({ keys: [{ id: 'k1', key: randomBytes(32) }] })),
      keyPrefix: p,
      stateTtlMs: 60_000,
      doneTtlMs: 60_000,
    });
    await expect(store.read('c1', 'a1')).rejects.toThrow(/cross-slot EVALSHA: keys .*\{c:c1\}:state.*\{d:c1\}:done:a1/);
    await expect(store.commit({ conversationId: 'c1', activityId: 'a1', expectedVersion: 0, items: {}, replies: [], leaseUntil: 0 })).rejects.toThrow(
      CrossSlotError,
    );
    expect(await redis.exists(`${p}{c:c1}:state`)).toBe(0);
  });
});
