import type { Clock, CommitResult, ConversationStore, TurnRead } from '../domain';
import { conversationKeys } from './keys';
import { DELIVERED, type StateCodec } from './state-codec';

export interface MemoryConversationStoreOptions {
  readonly codec: StateCodec;
  readonly clock: Clock;
  readonly stateTtlMs: number;
  readonly doneTtlMs: number;
}

interface StateEntry {
  readonly value: string;
  readonly version: number;
  readonly expiresAt: number;
}

interface DoneEntry {
  outbox: string;
  sent: number;
  leaseUntil: number;
  readonly invoke: string;
  readonly expiresAt: number;
}

const SWEEP_EVERY_COMMITS = 500;

/**
 * The in-memory twin of the Redis store for local mode and tests: same contract, same serialisation, expiry on the
 * injected clock. Single process only, and nothing survives a restart.
 */
export function createMemoryConversationStore(options: MemoryConversationStoreOptions): ConversationStore {
  const { codec, clock, stateTtlMs, doneTtlMs } = options;
  const states = new Map<string, StateEntry>();
  const dones = new Map<string, DoneEntry>();
  let commitsSinceSweep = 0;

  const live = <T extends { expiresAt: number }>(map: Map<string, T>, key: string): T | undefined => {
    const entry = map.get(key);
    if (entry && entry.expiresAt <= clock.now()) {
      map.delete(key);
      return undefined;
    }
    return entry;
  };

  // Expired entries are dropped when touched; a periodic sweep keeps a long local session from growing forever.
  const sweep = () => {
    if (++commitsSinceSweep < SWEEP_EVERY_COMMITS) return;
    commitsSinceSweep = 0;
    for (const map of [states, dones] as Array<Map<string, { expiresAt: number }>>) {
      for (const key of map.keys()) live(map, key);
    }
  };

  return {
    async read(conversationId, activityId): Promise<TurnRead> {
      const keys = conversationKeys('', conversationId);
      const doneKey = keys.done(activityId);
      const done = live(dones, doneKey);
      if (done) {
        return {
          kind: 'already-committed',
          undelivered: codec.decodeOutbox(done.outbox, done.sent, doneKey),
          leaseUntil: done.leaseUntil,
          invokeAnswer: codec.decodeInvoke(done.invoke, doneKey),
        };
      }
      const state = live(states, keys.state);
      if (!state) return { kind: 'run', snapshot: { version: 0, items: {} } };
      return { kind: 'run', snapshot: { version: state.version, items: codec.decodeItems(state.value, keys.state) } };
    },

    async commit({ conversationId, activityId, expectedVersion, items, replies, invokeAnswer, leaseUntil }): Promise<CommitResult> {
      const keys = conversationKeys('', conversationId);
      const doneKey = keys.done(activityId);
      if (live(dones, doneKey)) return 'already-committed';
      const current = live(states, keys.state)?.version ?? 0;
      if (current !== expectedVersion) return 'conflict';
      sweep();
      const now = clock.now();
      states.set(keys.state, { value: codec.encodeItems(items, keys.state), version: current + 1, expiresAt: now + stateTtlMs });
      dones.set(doneKey, {
        outbox: codec.encodeOutbox(replies, doneKey),
        sent: 0,
        leaseUntil,
        invoke: codec.encodeInvoke(invokeAnswer, doneKey),
        expiresAt: now + doneTtlMs,
      });
      return 'committed';
    },

    async claimDelivery(conversationId, activityId, now, leaseUntil) {
      const done = live(dones, conversationKeys('', conversationId).done(activityId));
      if (!done || done.leaseUntil > now) return false;
      done.leaseUntil = leaseUntil;
      return true;
    },

    async markDelivered(conversationId, activityId, count) {
      const done = live(dones, conversationKeys('', conversationId).done(activityId));
      if (!done) return;
      if (count === undefined) {
        done.outbox = DELIVERED;
      } else {
        done.sent += count;
        done.leaseUntil = 0;
      }
    },

    async ping() {},

    async close() {
      states.clear();
      dones.clear();
    },
  };
}
