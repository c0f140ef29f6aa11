import type { Redis } from 'ioredis';
import type { CommitResult, ConversationStore, TurnRead } from '../domain';
import { DomainError } from '../domain';
import { conversationKeys } from './keys';
import type { StateCodec } from './state-codec';

export interface RedisConversationStoreOptions {
  readonly redis: Redis;
  readonly codec: StateCodec;
  readonly keyPrefix: string;
  /** Idle conversation state expires after this; every commit renews it. */
  readonly stateTtlMs: number;
  /** How long a committed activity id is remembered, to recognise Teams' re-deliveries. */
  readonly doneTtlMs: number;
}

/*
 * Layout, all under one conversation's hash tag:
 *   <state>  hash  v = version, d = sealed items
 *   <done>   hash  o = sealed replies (or "delivered"), s = how many went out, l = lease (ms), i = sealed invoke answer
 */

// One round trip: the state and the activity's done mark live in one hash slot.
const READ_SCRIPT = `
local s = redis.call('HMGET', KEYS[1], 'v', 'd')
local d = redis.call('HMGET', KEYS[2], 'o', 's', 'l', 'i')
return { s[1], s[2], d[1], d[2], d[3], d[4] }
`;

// One round trip, all or nothing: refuse a second commit of the activity, compare the version, write the state,
// renew its TTL, and store the held replies under the activity's done mark with the committing run's lease.
const COMMIT_SCRIPT = `
if redis.call('EXISTS', KEYS[2]) == 1 then return 'already-committed' end
local current = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if current ~= tonumber(ARGV[1]) then return 'conflict' end
redis.call('HSET', KEYS[1], 'v', current + 1, 'd', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('HSET', KEYS[2], 'o', ARGV[3], 's', 0, 'l', ARGV[6])
if ARGV[7] ~= '' then redis.call('HSET', KEYS[2], 'i', ARGV[7]) end
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return 'committed'
`;

const CLAIM_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if tonumber(redis.call('HGET', KEYS[1], 'l') or '0') > tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'l', ARGV[2])
return 1
`;

// Never resurrects a mark that expired meanwhile.
const DELIVERED_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if ARGV[1] == '' then
  redis.call('HSET', KEYS[1], 'o', 'delivered')
else
  redis.call('HINCRBY', KEYS[1], 's', ARGV[1])
  redis.call('HSET', KEYS[1], 'l', 0)
end
return 1
`;

type ScriptedRedis = Redis & {
  wsReadTurn(state: string, done: string): Promise<Array<string | null>>;
  wsCommitTurn(state: string, done: string, ...args: Array<string | number>): Promise<string>;
  wsClaimDelivery(done: string, now: number, leaseUntil: number): Promise<number>;
  wsMarkDelivered(done: string, count: string): Promise<number>;
};

export function createRedisConversationStore(options: RedisConversationStoreOptions): ConversationStore {
  const { codec, keyPrefix, stateTtlMs, doneTtlMs } = options;
  const redis = options.redis as ScriptedRedis;
  // defineCommand sends EVALSHA and falls back to EVAL once after a SCRIPT FLUSH or a fresh server.
  if (typeof redis.wsReadTurn !== 'function') {
    redis.defineCommand('wsReadTurn', { numberOfKeys: 2, lua: READ_SCRIPT });
    redis.defineCommand('wsCommitTurn', { numberOfKeys: 2, lua: COMMIT_SCRIPT });
    redis.defineCommand('wsClaimDelivery', { numberOfKeys: 1, lua: CLAIM_SCRIPT });
    redis.defineCommand('wsMarkDelivered', { numberOfKeys: 1, lua: DELIVERED_SCRIPT });
  }

  return {
    async read(conversationId, activityId): Promise<TurnRead> {
      const keys = conversationKeys(keyPrefix, conversationId);
      const doneKey = keys.done(activityId);
      const [version, sealed, outbox, sent, lease, invoke] = await redis.wsReadTurn(keys.state, doneKey);
      if (outbox !== null && outbox !== undefined) {
        return {
          kind: 'already-committed',
          undelivered: codec.decodeOutbox(outbox, Number(sent ?? 0), doneKey),
          leaseUntil: Number(lease ?? 0),
          invokeAnswer: codec.decodeInvoke(invoke, doneKey),
        };
      }
      if (!version || !sealed) return { kind: 'run', snapshot: { version: 0, items: {} } };
      return { kind: 'run', snapshot: { version: Number(version), items: codec.decodeItems(sealed, keys.state) } };
    },

    async commit({ conversationId, activityId, expectedVersion, items, replies, invokeAnswer, leaseUntil }): Promise<CommitResult> {
      const keys = conversationKeys(keyPrefix, conversationId);
      const doneKey = keys.done(activityId);
      const result = await redis.wsCommitTurn(
        keys.state,
        doneKey,
        expectedVersion,
        codec.encodeItems(items, keys.state),
        codec.encodeOutbox(replies, doneKey),
        stateTtlMs,
        doneTtlMs,
        leaseUntil,
        codec.encodeInvoke(invokeAnswer, doneKey),
      );
      if (result === 'committed' || result === 'conflict' || result === 'already-committed') return result;
      throw new DomainError('unavailable', 'unexpected answer from the commit script');
    },

    async claimDelivery(conversationId, activityId, now, leaseUntil) {
      return (await redis.wsClaimDelivery(conversationKeys(keyPrefix, conversationId).done(activityId), now, leaseUntil)) === 1;
    },

    async markDelivered(conversationId, activityId, count) {
      await redis.wsMarkDelivered(conversationKeys(keyPrefix, conversationId).done(activityId), count === undefined ? '' : String(count));
    },

    async ping() {
      await redis.ping();
    },

    async close() {
      // QUIT waits for a connection; with Redis unreachable, shutting down must not wait for it to come back.
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
