import type { Redis } from 'ioredis';
import type { ReminderSchedule } from '../../src/domain';
import { createMemoryReminderSchedule } from '../../src/store/memory-reminder-schedule';
import { createRedisReminderSchedule } from '../../src/store/redis-reminder-schedule';
import { connectRedis, uniquePrefix } from '../helpers/redis';

let redis: Redis;
beforeAll(() => {
  redis = connectRedis();
});
afterAll(async () => {
  await redis.quit();
});

describe.each<[string, () => ReminderSchedule]>([
  ['memory', () => createMemoryReminderSchedule()],
  ['redis', () => createRedisReminderSchedule({ redis, keyPrefix: uniquePrefix() })],
])('%s reminder schedule', (_name, make) => {
  it('hands out only what is due, earliest first across all queues, each once', async () => {
    const schedule = make();
    await schedule.schedule('noord', 'sig_later', 2_000);
    await schedule.schedule('noord', 'sig_first', 1_000);
    await schedule.schedule('zuid', 'sig_other', 1_500);
    expect(await schedule.takeDue(999, 10)).toEqual([]);
    expect(await schedule.takeDue(1_500, 10)).toEqual([
      { teamId: 'noord', signalId: 'sig_first' },
      { teamId: 'zuid', signalId: 'sig_other' },
    ]);
    expect(await schedule.takeDue(5_000, 10)).toEqual([{ teamId: 'noord', signalId: 'sig_later' }]);
    expect(await schedule.takeDue(5_000, 10)).toEqual([]);
  });

  it('with a retry, a taken entry comes round again after it unless cancelled (a taker that dies loses nothing)', async () => {
    const schedule = make();
    await schedule.schedule('noord', 'sig_kept', 1_000);
    await schedule.schedule('noord', 'sig_done', 1_000);
    expect(await schedule.takeDue(1_000, 10, { retryAfterMs: 500 })).toHaveLength(2);
    expect(await schedule.takeDue(1_499, 10, { retryAfterMs: 500 })).toEqual([]);
    await schedule.cancel('noord', 'sig_done');
    expect(await schedule.takeDue(1_500, 10, { retryAfterMs: 500 })).toEqual([{ teamId: 'noord', signalId: 'sig_kept' }]);
  });

  it('keeps queues apart: the same signal id in two queues is two reminders', async () => {
    const schedule = make();
    await schedule.schedule('noord', 'sig_x', 1_000);
    await schedule.schedule('zuid', 'sig_x', 2_000);
    expect(await schedule.takeDue(5_000, 10)).toEqual([
      { teamId: 'noord', signalId: 'sig_x' },
      { teamId: 'zuid', signalId: 'sig_x' },
    ]);
  });

  it('hands out at most count at a time, the earliest first', async () => {
    const schedule = make();
    for (const [i, id] of ['sig_c', 'sig_a', 'sig_b'].entries()) await schedule.schedule('noord', id, 3_000 - i * 1_000);
    expect(await schedule.takeDue(5_000, 2)).toEqual([
      { teamId: 'noord', signalId: 'sig_b' },
      { teamId: 'noord', signalId: 'sig_a' },
    ]);
    expect(await schedule.takeDue(5_000, 2)).toEqual([{ teamId: 'noord', signalId: 'sig_c' }]);
  });

  it('gives a due reminder to one of two takers at once', async () => {
    const schedule = make();
    await schedule.schedule('noord', 'sig_x', 1_000);
    const [a, b] = await Promise.all([schedule.takeDue(2_000, 10), schedule.takeDue(2_000, 10)]);
    expect([...a, ...b]).toEqual([{ teamId: 'noord', signalId: 'sig_x' }]);
  });

  it('rescheduling moves the due time', async () => {
    const schedule = make();
    await schedule.schedule('noord', 'sig_x', 1_000);
    await schedule.schedule('noord', 'sig_x', 3_000);
    expect(await schedule.takeDue(2_000, 10)).toEqual([]);
    expect(await schedule.takeDue(3_000, 10)).toEqual([{ teamId: 'noord', signalId: 'sig_x' }]);
  });
});
