import type { CommitResult, ConversationItems, HeldReply, TurnRead } from './conversation-state';

export interface Clock {
  now(): number;
}

/**
 * Conversation state with compare-and-set and per-activity commit marks. One conversation's keys share one
 * hash tag, so `read` and `commit` are one round trip each, also on Redis Cluster.
 */
export interface ConversationStore {
  read(conversationId: string, activityId: string): Promise<TurnRead>;
  commit(input: {
    conversationId: string;
    activityId: string;
    expectedVersion: number;
    items: ConversationItems;
    replies: readonly HeldReply[];
  }): Promise<CommitResult>;
  /** The replies of a committed turn went out: a repeat delivery must not send them again. */
  markDelivered(conversationId: string, activityId: string): Promise<void>;
  /** Resolves when the backing store answers; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
