import { z } from 'zod';

/**
 * What one conversation remembers between turns: the items the bot's state accessors keep (dialog stack,
 * profession, ...), as plain JSON. The store adds a version for compare-and-set.
 */
export const ConversationItemsSchema = z.record(z.string(), z.unknown());
export type ConversationItems = z.infer<typeof ConversationItemsSchema>;

/** A reply held back during a turn, as the JSON the Bot Connector receives. */
export const HeldReplySchema = z.record(z.string(), z.unknown());
export type HeldReply = z.infer<typeof HeldReplySchema>;

/** What a committed turn leaves behind for its activity id: the replies it produced, until they are delivered. */
export const TurnOutboxSchema = z.object({ replies: z.array(HeldReplySchema) });
export type TurnOutbox = z.infer<typeof TurnOutboxSchema>;

/** An invoke's answer travels in the HTTP response; it is kept so a repeat delivery gets the same answer. */
export const InvokeAnswerSchema = z.object({ status: z.number().int(), body: z.unknown().optional() });
export type InvokeAnswer = z.infer<typeof InvokeAnswerSchema>;

export interface ConversationSnapshot {
  /** 0 when the conversation has no stored state (new, or expired). */
  readonly version: number;
  readonly items: ConversationItems;
}

/** Round trip one: the state to run the turn on, or the sign that this activity was already committed. */
export type TurnRead =
  | { readonly kind: 'run'; readonly snapshot: ConversationSnapshot }
  | {
      readonly kind: 'already-committed';
      /** Replies not yet known to be delivered, in order. */
      readonly undelivered: readonly HeldReply[];
      /** Until this time (ms) the run that committed, or a later claimer, is still sending them. */
      readonly leaseUntil: number;
      readonly invokeAnswer?: InvokeAnswer;
    };

/** Round trip two: all or nothing. */
export type CommitResult = 'committed' | 'conflict' | 'already-committed';
