import type { Redis } from 'ioredis';
import type { WakeUps } from '../../src/domain';
import { createMemoryWakeUps } from '../../src/store/memory-wake-ups';
import { createRedisWakeUps } from '../../src/store/redis-wake-ups';
import { connectRedis, uniquePrefix } from '../helpers/redis';

let redis: Redis;
beforeAll(() => {
  redis = connectRedis();
});
afterAll(async () => {
  await redis.quit();
});

/** Collects what a listener hears; `heard(n)` resolves once it heard n queue names. */
function ear() {
  const teams: string[] = [];
  const waiters: Array<() => void> = [];
  return {
    teams,
    onWake: (teamIds: readonly string[]) => {
      teams.push(...teamIds);
      waiters.splice(0).forEach((wake) => wake());
    },
    heard: async (n: number) => {
      while (teams.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}

describe.each<[string, () => { a: WakeUps; b: WakeUps }]>([
  [
    'memory',
    () => {
      const shared = createMemoryWakeUps();
      return { a: shared, b: shared };
    },
  ],
  [
    'redis',
    () => {
      // Two instances: each with its own store object on the same Redis and prefix.
      const keyPrefix = uniquePrefix();
      return { a: createRedisWakeUps({ redis, keyPrefix, blockMs: 5_000 }), b: createRedisWakeUps({ redis, keyPrefix, blockMs: 5_000 }) };
    },
  ],
])('%s wake-ups', (_name, make) => {
  it('every instance hears every wake-up, in order', async () => {
    const { a, b } = make();
    const [earA, earB] = [ear(), ear()];
    const [listenA, listenB] = [a.listen(earA.onWake), b.listen(earB.onWake)];
    try {
      await Promise.all([listenA.ready, listenB.ready]);
      await a.notify('noord');
      await b.notify('zuid');
      await Promise.all([earA.heard(2), earB.heard(2)]);
      expect(new Set(earA.teams)).toEqual(new Set(['noord', 'zuid']));
      expect(new Set(earB.teams)).toEqual(new Set(['noord', 'zuid']));
    } finally {
      await Promise.all([listenA.close(), listenB.close()]);
    }
  });

  it('a closed listener hears nothing more; a new one hears only what comes after it is ready', async () => {
    const { a, b } = make();
    const first = ear();
    const listening = a.listen(first.onWake);
    await listening.ready;
    await listening.close();
    await b.notify('noord');
    const second = ear();
    const again = a.listen(second.onWake);
    try {
      await again.ready;
      await b.notify('zuid');
      await second.heard(1);
      expect(second.teams).toEqual(['zuid']);
      expect(first.teams).toEqual([]);
    } finally {
      await again.close();
    }
  });
});
