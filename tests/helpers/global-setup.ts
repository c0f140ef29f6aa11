import { startRedisServer, type RedisServer } from './redis-server';

declare global {
  var __wsRedis: RedisServer | undefined;
}

/** One real redis-server for the whole run; workers inherit its URL. Tests isolate by key prefix. */
export default async function globalSetup(): Promise<void> {
  const redis = await startRedisServer();
  globalThis.__wsRedis = redis;
  process.env.WS_TEST_REDIS_URL = redis.url;
}
