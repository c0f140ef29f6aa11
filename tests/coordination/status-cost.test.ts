import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { figureCalendarOf, FALLBACK_ONLY_ROUTING } from '../../src/domain';
import { createRedisQueueFigures } from '../../src/store/redis-figures';
import { createRedisSignalStore } from '../../src/store/redis-signal-store';
import { createSignalCodec } from '../../src/store/signal-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import { fillQueues } from '../helpers/fill-queues';
import { countCommands, testRedisUrl, uniquePrefix, type RecordedCommand } from '../helpers/redis';

const codec = createSignalCodec(createValueCipher({ keys: [{ id: 'k1', key: randomBytes(32) }] }));
const calendar = figureCalendarOf(FALLBACK_ONLY_ROUTING);
const TEAMS = ['noord', 'zuid', 'intake'];
const NOW = Date.parse('2026-11-30T12:00:00Z');

let redis: Redis;
beforeAll(() => {
  redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
});
afterAll(async () => {
  await redis.quit();
});

/** What the status read sent, with the key prefix taken out so two stores' commands compare. */
async function statusCommands(count: number): Promise<{ commands: RecordedCommand[]; open: number }> {
  const keyPrefix = uniquePrefix();
  await fillQueues(createRedisSignalStore({ redis, codec, keyPrefix, calendar }), count, NOW);
  const recorded: RecordedCommand[] = [];
  const recording = countCommands(new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 }), recorded).redis;
  try {
    const statuses = await createRedisQueueFigures({ redis: recording, keyPrefix }).status(TEAMS, NOW);
    const open = statuses.reduce((sum, s) => sum + Object.values(s.counts).reduce((a, b) => a + b, 0), 0);
    // The connection's own set-up (ready check, client name) is not the read's.
    const commands = recorded
      .filter((c) => !['info', 'client', 'hello', 'select'].includes(c.name))
      .map((c) => ({ name: c.name, args: c.args.map((a) => a.split(keyPrefix).join('<prefix>')) }));
    return { commands, open };
  } finally {
    await recording.quit();
  }
}

describe('the coordinators’ status read', () => {
  it('issues exactly the same Redis commands for 10 and for 10,000 signals, none of them growing with the signals', async () => {
    const small = await statusCommands(10);
    const large = await statusCommands(10_000);
    // The precondition: the figures really hold 10 and 10,000 signals.
    expect([small.open, large.open]).toEqual([10, 10_000]);
    expect(large.commands).toEqual(small.commands);
    expect(large.commands.length).toBeGreaterThan(0);

    for (const { name, args } of large.commands) {
      expect(['hmget', 'zrange', 'zcount', 'exists', 'xpending']).toContain(name);
      // A range read is by score and LIMITed; XPENDING names how many entries it wants.
      if (name === 'zrange') expect(args).toEqual(expect.arrayContaining(['BYSCORE', 'LIMIT']));
      if (name === 'xpending') expect(Number(args.at(-1))).toBeLessThanOrEqual(5);
    }
    const names = large.commands.map((c) => c.name);
    for (const linear of ['scan', 'keys', 'hgetall', 'smembers', 'eval', 'evalsha', 'zrangebyscore', 'lrange', 'xrange', 'mget'])
      expect(names).not.toContain(linear);
  }, 120_000);
});
