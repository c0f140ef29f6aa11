import type { Redis } from 'ioredis';
import type { Leases } from '../domain';
import { jobKeys } from './job-keys';

// Only the holder may extend or give up a lease: compare the owner and act in one step.
const RENEW_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

type ScriptedRedis = Redis & {
  wsRenewLease(key: string, owner: string, ttlMs: number): Promise<number>;
  wsReleaseLease(key: string, owner: string): Promise<number>;
};

/** A lease is a key holding its owner's name, with a TTL: SET NX PX takes it, the owner's renewals keep it. */
export function createRedisLeases(options: { redis: Redis; keyPrefix: string }): Leases {
  const redis = options.redis as ScriptedRedis;
  if (typeof redis.wsRenewLease !== 'function') {
    redis.defineCommand('wsRenewLease', { numberOfKeys: 1, lua: RENEW_SCRIPT });
    redis.defineCommand('wsReleaseLease', { numberOfKeys: 1, lua: RELEASE_SCRIPT });
  }
  const keyOf = (name: string) => jobKeys(options.keyPrefix).lease(name);
  return {
    acquire: async (name, owner, ttlMs) => (await redis.set(keyOf(name), owner, 'PX', ttlMs, 'NX')) === 'OK',
    renew: async (name, owner, ttlMs) => (await redis.wsRenewLease(keyOf(name), owner, ttlMs)) === 1,
    async release(name, owner) {
      await redis.wsReleaseLease(keyOf(name), owner);
    },
  };
}
