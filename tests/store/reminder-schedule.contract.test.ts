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
  it('hands out only what is due, earliest first, each once', async () => {
    const schedule = make();
    await schedule.schedule('noord', 'sig_later', 2_000);
    await schedule.schedule('noord', 'sig_first', 1_000);
    await schedule.schedule('zuid', 'sig_other', 500);
    expect(await schedule.takeDue('noord', 999, 10)).toEqual([]);
    expect(await schedule.takeDue('noord', 2_000, 10)).toEqual(['sig_first', 'sig_later']);
    expect(await schedule.takeDue('noord', 5_000, 10)).toEqual([]);
    expect(await schedule.takeDue('zuid', 5_000, 10)).toEqual(['sig_other']);
  });

  it('gives a due reminder to one of two takers at once', async () => {
    const schedule = make();
    await schedule.schedule('noord', 'sig_x', 1_000);
    const [a, b] = await Promise.all([schedule.takeDue('noord', 2_000, 10), schedule.takeDue('noord', 2_000, 10)]);
    expect([...a, ...b]).toEqual(['sig_x']);
  });

  it('rescheduling moves the due time', async () => {
    const schedule = make();
    await schedule.schedule('noord', 'sig_x', 1_000);
    await schedule.schedule('noord', 'sig_x', 3_000);
    expect(await schedule.takeDue('noord', 2_000, 10)).toEqual([]);
    expect(await schedule.takeDue('noord', 3_000, 10)).toEqual(['sig_x']);
  });
});
