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
  it('run out by themselves after their time', async () => {
    const leases = createRedisLeases({ redis, keyPrefix: uniquePrefix() });
    expect(await leases.acquire('periodic', 'a', 30)).toBe(true);
    const deadline = Date.now() + 5_000;
    while (!(await leases.acquire('periodic', 'b', 30_000))) {
      if (Date.now() > deadline) throw new Error('the lease did not run out');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
});
