import type { Redis } from 'ioredis';
import type { Leases } from '../../src/domain';
import { createMemoryLeases } from '../../src/store/memory-leases';
import { jobKeys } from '../../src/store/job-keys';
import { createRedisLeases } from '../../src/store/redis-leases';
import { fakeClock } from '../helpers/fake-clock';
import { connectRedis, uniquePrefix } from '../helpers/redis';

let redis: Redis;
beforeAll(() => {
  redis = connectRedis();
});
afterAll(async () => {
  await redis.quit();
});

describe.each<[string, () => { leases: Leases; expire(name: string): Promise<void> }]>([
  [
    'memory',
    () => {
      const clock = fakeClock();
      return { leases: createMemoryLeases(clock), expire: async () => clock.advance(60_000) };
    },
  ],
  [
    'redis',
    () => {
      const keyPrefix = uniquePrefix();
      // Time on the server cannot be moved on: a lease running out is its key's TTL ending it, so end it now.
      return { leases: createRedisLeases({ redis, keyPrefix }), expire: async (name) => void (await redis.del(jobKeys(keyPrefix).lease(name))) };
    },
  ],
])('%s leases', (_name, make) => {
  it('one owner at a time: the holder renews, others are refused', async () => {
    const { leases } = make();
    expect(await leases.acquire('periodic', 'a', 30_000)).toBe(true);
    expect(await leases.acquire('periodic', 'b', 30_000)).toBe(false);
    expect(await leases.acquire('periodic', 'a', 30_000)).toBe(false);
    expect(await leases.renew('periodic', 'a', 30_000)).toBe(true);
    expect(await leases.renew('periodic', 'b', 30_000)).toBe(false);
    expect(await leases.acquire('other', 'b', 30_000)).toBe(true);
  });

  it('of two at once, one gets it', async () => {
    const { leases } = make();
    const results = await Promise.all(['a', 'b', 'c'].map((owner) => leases.acquire('periodic', owner, 30_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('only the holder can give it up', async () => {
    const { leases } = make();
    await leases.acquire('periodic', 'a', 30_000);
    await leases.release('periodic', 'b');
    expect(await leases.acquire('periodic', 'b', 30_000)).toBe(false);
    await leases.release('periodic', 'a');
    expect(await leases.acquire('periodic', 'b', 30_000)).toBe(true);
  });

  it('once run out, another can take it and the old holder can no longer renew it', async () => {
    const { leases, expire } = make();
    await leases.acquire('periodic', 'a', 30_000);
    await expire('periodic');
    expect(await leases.acquire('periodic', 'b', 30_000)).toBe(true);
    expect(await leases.renew('periodic', 'a', 30_000)).toBe(false);
    expect(await leases.renew('periodic', 'b', 30_000)).toBe(true);
  });
});

describe('redis leases', () => {
  // The one real expiry the suite waits for is the conversation store's; here the key's TTL is what runs a lease out.
  it('run out by their key’s TTL: set on acquire, set anew on renew', async () => {
    const keyPrefix = uniquePrefix();
    const leases = createRedisLeases({ redis, keyPrefix });
    const key = jobKeys(keyPrefix).lease('periodic');
    expect(await leases.acquire('periodic', 'a', 30_000)).toBe(true);
    const afterAcquire = await redis.pttl(key);
    expect(afterAcquire).toBeGreaterThan(29_000);
    expect(afterAcquire).toBeLessThanOrEqual(30_000);
    await redis.pexpire(key, 5_000);
    expect(await leases.renew('periodic', 'a', 60_000)).toBe(true);
    const afterRenew = await redis.pttl(key);
    expect(afterRenew).toBeGreaterThan(59_000);
    expect(afterRenew).toBeLessThanOrEqual(60_000);
    // A refused renew leaves the holder's TTL alone.
    expect(await leases.renew('periodic', 'b', 1)).toBe(false);
    expect(await redis.pttl(key)).toBeGreaterThan(59_000);
  });
});
