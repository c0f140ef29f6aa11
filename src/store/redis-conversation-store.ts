import type { Redis } from 'ioredis';
import type { CommitResult, ConversationStore, TurnRead } from '../domain';
import { DomainError } from '../domain';
import { conversationKeys } from './keys';
import { DELIVERED, type StateCodec } from './state-codec';

export interface RedisConversationStoreOptions {
  readonly redis: Redis;
  readonly codec: StateCodec;
  readonly keyPrefix: string;
  /** Idle conversation state expires after this; every commit renews it. */
  readonly stateTtlMs: number;
  /** How long a committed activity id is remembered, to recognise Teams' re-deliveries. */
  readonly doneTtlMs: number;
}

// One round trip: the state hash and the activity's done mark live in one hash slot.
const READ_SCRIPT = `
local s = redis.call('HMGET', KEYS[1], 'v', 'd')
return { s[1], s[2], redis.call('GET', KEYS[2]) }
`;

// One round trip, all or nothing: refuse a second commit of the activity, compare the version, write the state,
// renew its TTL and store the held replies under the activity's done mark.
const COMMIT_SCRIPT = `
if redis.call('EXISTS', KEYS[2]) == 1 then return 'already-committed' end
local current = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if current ~= tonumber(ARGV[1]) then return 'conflict' end
redis.call('HSET', KEYS[1], 'v', current + 1, 'd', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[5])
return 'committed'
`;

type ScriptedRedis = Redis & {
  wsReadTurn(state: string, done: string): Promise<[string | null, string | null, string | null]>;
  wsCommitTurn(
    state: string,
    done: string,
    expectedVersion: number,
    items: string,
    outbox: string,
    stateTtlMs: number,
    doneTtlMs: number,
  ): Promise<string>;
};

export function createRedisConversationStore(options: RedisConversationStoreOptions): ConversationStore {
  const { codec, keyPrefix, stateTtlMs, doneTtlMs } = options;
  const redis = options.redis as ScriptedRedis;
  // defineCommand sends EVALSHA and falls back to EVAL once after a SCRIPT FLUSH or a fresh server.
  if (typeof redis.wsReadTurn !== 'function') {
    redis.defineCommand('wsReadTurn', { numberOfKeys: 2, lua: READ_SCRIPT });
    redis.defineCommand('wsCommitTurn', { numberOfKeys: 2, lua: COMMIT_SCRIPT });
  }

  return {
    async read(conversationId, activityId): Promise<TurnRead> {
      const keys = conversationKeys(keyPrefix, conversationId);
      const doneKey = keys.done(activityId);
      const [version, sealed, done] = await redis.wsReadTurn(keys.state, doneKey);
      if (done !== null) return { kind: 'already-committed', undelivered: codec.decodeOutbox(done, doneKey) };
      if (version === null || sealed === null) return { kind: 'run', snapshot: { version: 0, items: {} } };
      return { kind: 'run', snapshot: { version: Number(version), items: codec.decodeItems(sealed, keys.state) } };
    },

    async commit({ conversationId, activityId, expectedVersion, items, replies }): Promise<CommitResult> {
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
      );
      if (result === 'committed' || result === 'conflict' || result === 'already-committed') return result;
      throw new DomainError('unavailable', 'unexpected answer from the commit script');
    },

    async markDelivered(conversationId, activityId) {
      // XX: never resurrect a mark that expired meanwhile; KEEPTTL: the mark keeps its original lifetime.
      await redis.set(conversationKeys(keyPrefix, conversationId).done(activityId), DELIVERED, 'KEEPTTL', 'XX');
    },

    async ping() {
      await redis.ping();
    },

    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
