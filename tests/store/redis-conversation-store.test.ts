import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
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

function storeWith(keyPrefix: string, keys = [{ id: 'k1', key: randomBytes(32) }]) {
  return createRedisConversationStore({
    redis,
    codec: createStateCodec(createValueCipher({ keys })),
    keyPrefix,
    stateTtlMs: 60_000,
    doneTtlMs: 60_000,
  });
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
    await store.commit({ conversationId: '19:abc@thread.v2', activityId: 'x', expectedVersion: 0, items: {}, replies: [] });
    await store.commit({ conversationId: '19:abc@thread.v2', activityId: 'y', expectedVersion: 1, items: {}, replies: [] });
    const keys = await redis.keys(`${prefix}*`);
    expect(keys).toHaveLength(3);
    const tags = new Set(keys.map((k) => /\{[^}]+\}/.exec(k)?.[0]));
    expect(tags.size).toBe(1);
    expect([...tags][0]).toMatch(/^\{c:/);
    keys.forEach((k) => expect(k.startsWith(prefix)).toBe(true));
  });

  it('sets the state TTL and the done-mark TTL', async () => {
    const prefix = uniquePrefix();
    await storeWith(prefix).commit({ conversationId: 'ttl', activityId: 'a', expectedVersion: 0, items: {}, replies: [] });
    for (const key of await redis.keys(`${prefix}*`)) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(50_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
    }
  });

  it('reads state written before a key rotation', async () => {
    const prefix = uniquePrefix();
    const oldKey = { id: 'old', key: randomBytes(32) };
    await storeWith(prefix, [oldKey]).commit({ conversationId: 'rot', activityId: 'a', expectedVersion: 0, items: { n: 1 }, replies: [] });
    const rotated = storeWith(prefix, [{ id: 'new', key: randomBytes(32) }, oldKey]);
    expect(await rotated.read('rot', 'b')).toEqual({ kind: 'run', snapshot: { version: 1, items: { n: 1 } } });
  });

  it('refuses state it cannot decrypt instead of starting over silently', async () => {
    const prefix = uniquePrefix();
    await storeWith(prefix).commit({ conversationId: 'lost-key', activityId: 'a', expectedVersion: 0, items: { n: 1 }, replies: [] });
    await expect(storeWith(prefix).read('lost-key', 'b')).rejects.toThrow(/unknown key id|integrity/);
  });
});
