import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

export function testRedisUrl(): string {
  const url = process.env.WS_TEST_REDIS_URL;
  if (!url) throw new Error('WS_TEST_REDIS_URL is not set: run the tests with `npm test`, which starts redis-server');
  return url;
}

/** Tests share one server; a unique prefix per test keeps their keys apart. */
export function uniquePrefix(): string {
  return `t${randomUUID().slice(0, 8)}:`;
}

export function connectRedis(): Redis {
  return new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
}

/** Counts commands sent by this client; each store call awaits one command, so this is its round-trip count. */
export function countCommands(redis: Redis): { readonly count: () => number; readonly names: () => string[]; reset(): void } {
  const names: string[] = [];
  const original = redis.sendCommand.bind(redis);
  redis.sendCommand = ((command: { name: string }, stream?: unknown) => {
    names.push(command.name);
    return original(command as never, stream as never);
  }) as typeof redis.sendCommand;
  return { count: () => names.length, names: () => [...names], reset: () => void names.splice(0) };
}
