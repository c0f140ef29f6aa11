import type { Redis } from 'ioredis';
import type { NotificationQueue, PostedCards } from '../../src/domain';
import { createMemoryNotificationQueue, createMemoryPostedCards } from '../../src/store/memory-notification-queue';
import { createMemorySignalStore } from '../../src/store/memory-signal-store';
import { createRedisNotificationQueue, createRedisPostedCards } from '../../src/store/redis-notification-queue';
import { createRedisSignalStore } from '../../src/store/redis-signal-store';
import { createSignalCodec } from '../../src/store/signal-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import type { SignalStore } from '../../src/domain';
import { consultationSignal } from '../fixtures/signal';
import { connectRedis, uniquePrefix } from '../helpers/redis';

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
}

describe.each<[string, () => Queue]>([
  [
    'memory',
    () => {
      const queue = createMemoryNotificationQueue({ now: () => Date.now() });
      return { signals: createMemorySignalStore({ codec, jobs: queue }), queue, cards: createMemoryPostedCards() };
    },
  ],
  [
    'redis',
    () => {
      const keyPrefix = uniquePrefix();
      return {
        signals: createRedisSignalStore({ redis, codec, keyPrefix }),
        queue: createRedisNotificationQueue({ redis, keyPrefix }),
        cards: createRedisPostedCards({ redis, keyPrefix }),
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

  it('hands a job left pending by a dead consumer to another after staleMs', async () => {
    const { signals, queue } = make();
    await signals.submit(consultationSignal({ draftId: 'orphan' }));
    const [job] = await queue.take('noord', 'dead', { count: 10, staleMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await queue.take('noord', 'alive', { count: 10, staleMs: 50 })).toEqual([job]);
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
