import type { Redis } from 'ioredis';
import type { NotificationQueue, PostedCards } from '../../src/domain';
import { createMemoryNotificationQueue, createMemoryPostedCards } from '../../src/store/memory-notification-queue';
import { createMemorySignalStore } from '../../src/store/memory-signal-store';
import { createRedisNotificationQueue, createRedisPostedCards } from '../../src/store/redis-notification-queue';
import { createRedisSignalStore } from '../../src/store/redis-signal-store';
import { queueKeys } from '../../src/store/signal-keys';
import { createSignalCodec } from '../../src/store/signal-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import type { SignalStore } from '../../src/domain';
import { consultationSignal } from '../fixtures/signal';
import { fakeClock } from '../helpers/fake-clock';
import { connectRedis, countCommands, uniquePrefix } from '../helpers/redis';

const codec = createSignalCodec(createValueCipher({ plaintext: true }));
let redis: Redis;
beforeAll(() => {
  redis = connectRedis();
});
afterAll(async () => {
  await redis.quit();
});

interface Queue {
  signals: SignalStore;
  queue: NotificationQueue;
  cards: PostedCards;
  /** Makes a consumer's pending jobs look as if they were taken `ms` ago: a consumer that went quiet, without waiting. */
  age(teamId: string, consumer: string, ms: number): Promise<void>;
}

describe.each<[string, () => Queue]>([
  [
    'memory',
    () => {
      const clock = fakeClock();
      const queue = createMemoryNotificationQueue({ now: clock.now });
      // One process, one clock: moving time on ages every pending job at once.
      const age = async (_teamId: string, _consumer: string, ms: number) => clock.advance(ms);
      return { signals: createMemorySignalStore({ codec, jobs: queue }), queue, cards: createMemoryPostedCards(), age };
    },
  ],
  [
    'redis',
    () => {
      const keyPrefix = uniquePrefix();
      const age = async (teamId: string, consumer: string, ms: number) => {
        const key = queueKeys(keyPrefix, teamId).jobs;
        const pending = (await redis.xpending(key, 'notifier', '-', '+', 100, consumer)) as Array<[string, string, number, number]>;
        // XCLAIM to the same consumer with IDLE sets how long ago the job was last delivered.
        for (const [id] of pending) await redis.xclaim(key, 'notifier', consumer, 0, id, 'IDLE', ms, 'JUSTID');
      };
      return {
        signals: createRedisSignalStore({ redis, codec, keyPrefix }),
        queue: createRedisNotificationQueue({ redis, keyPrefix }),
        cards: createRedisPostedCards({ redis, keyPrefix }),
        age,
      };
    },
  ],
])('%s notification queue', (_name, make) => {
  it('a submitted signal schedules exactly one job, also when submitted twice', async () => {
    const { signals, queue } = make();
    const signal = consultationSignal({ draftId: 'once' });
    await signals.submit(signal);
    await signals.submit(signal);
    const jobs = await queue.take('noord', 'a', { count: 10, staleMs: 60_000 });
    expect(jobs).toEqual([expect.objectContaining({ kind: 'new-signal', signalId: signal.id, teamId: 'noord' })]);
  });

  it('keeps a job pending until acknowledged: the same consumer gets it again, others do not', async () => {
    const { signals, queue } = make();
    await signals.submit(consultationSignal({ draftId: 'pending' }));
    const [job] = await queue.take('noord', 'a', { count: 10, staleMs: 60_000 });
    expect(await queue.take('noord', 'b', { count: 10, staleMs: 60_000 })).toEqual([]);
    expect(await queue.take('noord', 'a', { count: 10, staleMs: 60_000 })).toEqual([job]);
    await queue.ack('noord', job!.id);
    expect(await queue.take('noord', 'a', { count: 10, staleMs: 60_000 })).toEqual([]);
  });

  it('hands a job left pending by a dead consumer to another after staleMs, not before', async () => {
    const { signals, queue, age } = make();
    await signals.submit(consultationSignal({ draftId: 'orphan' }));
    const [job] = await queue.take('noord', 'dead', { count: 10, staleMs: 60_000 });
    expect(await queue.take('noord', 'alive', { count: 10, staleMs: 60_000 })).toEqual([]);
    await age('noord', 'dead', 61_000);
    expect(await queue.take('noord', 'alive', { count: 10, staleMs: 60_000 })).toEqual([job]);
    expect(await queue.take('noord', 'dead', { count: 10, staleMs: 60_000 })).toEqual([]);
  });

  it('a consumer that takes its own pending jobs again keeps them: others see it is alive', async () => {
    const { signals, queue, age } = make();
    await signals.submit(consultationSignal({ draftId: 'kept' }));
    const [job] = await queue.take('noord', 'busy', { count: 10, staleMs: 60_000 });
    await age('noord', 'busy', 61_000);
    expect(await queue.take('noord', 'busy', { count: 10, staleMs: 60_000 })).toEqual([job]);
    expect(await queue.take('noord', 'other', { count: 10, staleMs: 60_000 })).toEqual([]);
  });

  it('hands out question jobs with their question id', async () => {
    const { signals, queue } = make();
    const signal = consultationSignal({ draftId: 'question-jobs' });
    await signals.submit(signal);
    await signals.update('noord', signal.id, (current) => ({
      signal: current,
      audit: { at: current.createdAt, actor: 'test', action: 'signal-question-asked', teamId: 'noord', signalId: current.id },
      jobs: [
        { kind: 'signaller-question', signalId: current.id, event: 'q_abcdefghijkl' },
        { kind: 'post-answer', signalId: current.id, event: 'q_abcdefghijkl' },
      ],
    }));
    const jobs = await queue.take('noord', 'a', { count: 10, staleMs: 60_000 });
    expect(jobs.map(({ kind, event }) => ({ kind, event }))).toEqual([
      { kind: 'new-signal', event: undefined },
      { kind: 'signaller-question', event: 'q_abcdefghijkl' },
      { kind: 'post-answer', event: 'q_abcdefghijkl' },
    ]);
  });

  it('records where a card was posted', async () => {
    const { cards } = make();
    expect(await cards.get('noord', 'sig_x')).toBeUndefined();
    const card = { conversationId: '19:c@thread.tacv2;messageid=1', activityId: '1', serviceUrl: 'https://smba.example.invalid/' };
    await cards.record('noord', 'sig_x', card);
    expect(await cards.get('noord', 'sig_x')).toEqual(card);
  });
});

describe('redis notification queue: cost', () => {
  it('a take is one round trip, whatever it finds: a sweep over every queue costs one command per queue', async () => {
    const own = connectRedis();
    try {
      const keyPrefix = uniquePrefix();
      const signals = createRedisSignalStore({ redis: own, codec, keyPrefix });
      const queue = createRedisNotificationQueue({ redis: own, keyPrefix });
      await signals.submit(consultationSignal({ draftId: 'one-trip' }));
      await queue.take('zuid', 'warm-up', { count: 10, staleMs: 60_000 }); // loads the script once
      const counted = countCommands(own);
      expect(await queue.take('noord', 'a', { count: 10, staleMs: 60_000 })).toHaveLength(1);
      expect(await queue.take('zuid', 'a', { count: 10, staleMs: 60_000 })).toEqual([]);
      expect(counted.names()).toEqual(['evalsha', 'evalsha']);
    } finally {
      await own.quit();
    }
  });
});
