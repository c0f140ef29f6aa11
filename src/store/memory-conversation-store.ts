import type { Clock, CommitResult, ConversationStore, TurnRead } from '../domain';
import { conversationKeys } from './keys';
import { DELIVERED, type StateCodec } from './state-codec';

export interface MemoryConversationStoreOptions {
  readonly codec: StateCodec;
  readonly clock: Clock;
  readonly stateTtlMs: number;
  readonly doneTtlMs: number;
}

const SWEEP_EVERY_COMMITS = 500;

interface Entry {
  value: string;
  version: number;
  expiresAt: number;
}

/**
 * The in-memory twin of the Redis store for local mode and tests: same contract, same serialisation, expiry on the
 * injected clock. Single process only, and nothing survives a restart.
 */
export function createMemoryConversationStore(options: MemoryConversationStoreOptions): ConversationStore {
  const { codec, clock, stateTtlMs, doneTtlMs } = options;
  const entries = new Map<string, Entry>();
  let commitsSinceSweep = 0;

  // Expired entries are dropped when touched; a periodic sweep keeps a long local session from growing forever.
  const sweep = () => {
    if (++commitsSinceSweep < SWEEP_EVERY_COMMITS) return;
    commitsSinceSweep = 0;
    const now = clock.now();
    for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key);
  };

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= clock.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  return {
    async read(conversationId, activityId): Promise<TurnRead> {
      const keys = conversationKeys('', conversationId);
      const doneKey = keys.done(activityId);
      const done = live(doneKey);
      if (done) return { kind: 'already-committed', undelivered: codec.decodeOutbox(done.value, doneKey) };
      const state = live(keys.state);
      if (!state) return { kind: 'run', snapshot: { version: 0, items: {} } };
      return { kind: 'run', snapshot: { version: state.version, items: codec.decodeItems(state.value, keys.state) } };
    },

    async commit({ conversationId, activityId, expectedVersion, items, replies }): Promise<CommitResult> {
      const keys = conversationKeys('', conversationId);
      const doneKey = keys.done(activityId);
      if (live(doneKey)) return 'already-committed';
      const current = live(keys.state)?.version ?? 0;
      if (current !== expectedVersion) return 'conflict';
      sweep();
      const now = clock.now();
      entries.set(keys.state, { value: codec.encodeItems(items, keys.state), version: current + 1, expiresAt: now + stateTtlMs });
      entries.set(doneKey, { value: codec.encodeOutbox(replies, doneKey), version: 0, expiresAt: now + doneTtlMs });
      return 'committed';
    },

    async markDelivered(conversationId, activityId) {
      const done = live(conversationKeys('', conversationId).done(activityId));
      if (done) done.value = DELIVERED;
    },

    async ping() {},

    async close() {
      entries.clear();
    },
  };
}
