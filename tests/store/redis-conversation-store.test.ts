import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { conversationKeys } from '../../src/store/keys';
import { until } from '../helpers/until';
import { createRedisConversationStore } from '../../src/store/redis-conversation-store';
import { createStateCodec } from '../../src/store/state-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import { connectRedis, uniquePrefix } from '../helpers/redis';

let redis: Redis;
beforeAll(() => {
  redis = connectRedis();
});
afterAll(async () => {
  await redis.quit();
});

const STATE_TTL_MS = 600_000;
const DONE_TTL_MS = 60_000;

function storeWith(keyPrefix: string, keys = [{ id: 'k1', key: randomBytes(32) }], ttls = { stateTtlMs: STATE_TTL_MS, doneTtlMs: DONE_TTL_MS }) {
  return createRedisConversationStore({ redis, codec: createStateCodec(createValueCipher({ keys })), keyPrefix, ...ttls });
}

async function dump(prefix: string): Promise<Array<[string, string]>> {
  const keys = await redis.keys(`${prefix}*`);
  const values: Array<[string, string]> = [];
  for (const key of keys) {
    const type = await redis.type(key);
    const value = type === 'hash' ? JSON.stringify(await redis.hgetall(key)) : ((await redis.get(key)) ?? '');
    values.push([key, value]);
  }
  return values;
}

describe('redis conversation store', () => {
  it('stores nothing readable: a canary in state and replies never appears in any key or value', async () => {
    const prefix = uniquePrefix();
    const store = storeWith(prefix);
    const canary = 'CANARY-Pietje-Puk-1234AB';
    await store.commit({
      conversationId: 'a:canary',
      activityId: 'act-1',
      expectedVersion: 0,
      items: { note: canary },
      replies: [{ type: 'message', text: canary }],
      leaseUntil: 0,
    });
    const stored = await dump(prefix);
    expect(stored.length).toBe(2);
    for (const [key, value] of stored) {
      expect(key).not.toContain(canary);
      expect(value).not.toContain(canary);
      expect(value).not.toContain('Pietje');
    }
  });

  it('keeps every key of one conversation under one hash tag, with the configured prefix', async () => {
    const prefix = uniquePrefix();
    const store = storeWith(prefix);
    await store.commit({ conversationId: '19:abc@thread.v2', activityId: 'x', expectedVersion: 0, items: {}, replies: [], leaseUntil: 0 });
    await store.commit({ conversationId: '19:abc@thread.v2', activityId: 'y', expectedVersion: 1, items: {}, replies: [], leaseUntil: 0 });
    const keys = await redis.keys(`${prefix}*`);
    expect(keys).toHaveLength(3);
    const tags = new Set(keys.map((k) => /\{[^}]+\}/.exec(k)?.[0]));
    expect(tags.size).toBe(1);
    expect([...tags][0]).toMatch(/^\{c:/);
    keys.forEach((k) => expect(k.startsWith(prefix)).toBe(true));
  });

  it('sets the state TTL on the state and the done-mark TTL on the mark', async () => {
    const prefix = uniquePrefix();
    await storeWith(prefix).commit({ conversationId: 'ttl', activityId: 'a', expectedVersion: 0, items: {}, replies: [], leaseUntil: 0 });
    const keys = await redis.keys(`${prefix}*`);
    const ttlOf = async (part: string) => redis.pttl(keys.find((k) => k.includes(part)) ?? 'missing');
    expect(await ttlOf(':state')).toBeGreaterThan(STATE_TTL_MS - 1000);
    expect(await ttlOf(':state')).toBeLessThanOrEqual(STATE_TTL_MS);
    expect(await ttlOf(':done:')).toBeGreaterThan(DONE_TTL_MS - 1000);
    expect(await ttlOf(':done:')).toBeLessThanOrEqual(DONE_TTL_MS);
  });

  // The one test that waits for Redis itself to expire keys; everywhere else TTLs are checked with PTTL.
  it('lets Redis expire the state and the done mark for real, after which the conversation starts over', async () => {
    const prefix = uniquePrefix();
    const store = storeWith(prefix, undefined, { stateTtlMs: 300, doneTtlMs: 300 });
    await store.commit({
      conversationId: 'real-expiry',
      activityId: 'a1',
      expectedVersion: 0,
      items: { n: 1 },
      replies: [{ type: 'message', text: 'x' }],
      leaseUntil: 0,
    });
    const keys = conversationKeys(prefix, 'real-expiry');
    expect(await redis.exists(keys.state, keys.done('a1'))).toBe(2);
    await until(async () => (await redis.exists(keys.state, keys.done('a1'))) === 0, 5_000);
    expect(await store.read('real-expiry', 'a1')).toEqual({ kind: 'run', snapshot: { version: 0, items: {} } });
  });

  it('reads state written before a key rotation', async () => {
    const prefix = uniquePrefix();
    const oldKey = { id: 'old', key: randomBytes(32) };
    await storeWith(prefix, [oldKey]).commit({ conversationId: 'rot', activityId: 'a', expectedVersion: 0, items: { n: 1 }, replies: [], leaseUntil: 0 });
    const rotated = storeWith(prefix, [{ id: 'new', key: randomBytes(32) }, oldKey]);
    expect(await rotated.read('rot', 'b')).toEqual({ kind: 'run', snapshot: { version: 1, items: { n: 1 } } });
  });

  it('refuses state it cannot decrypt instead of starting over silently', async () => {
    const prefix = uniquePrefix();
    await storeWith(prefix).commit({ conversationId: 'lost-key', activityId: 'a', expectedVersion: 0, items: { n: 1 }, replies: [], leaseUntil: 0 });
    await expect(storeWith(prefix).read('lost-key', 'b')).rejects.toThrow(/unknown key id|integrity/);
  });
});
