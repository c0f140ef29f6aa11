import type { PostedCard, Signal } from '../domain';
import type { CardAttachment, CardJson, Mention } from './cards';

/**
 * How features send to Teams outside a turn: plain JSON messages, no botbuilder types. The implementation
 * (bot-framework-sender.ts) spaces posts per channel for Teams' rate limits; a failure rejects with the Bot
 * Connector's status (see retry-delay.ts) and the background work retries the job.
 */
export interface OutgoingMessage {
  readonly type: 'message';
  readonly text?: string;
  readonly textFormat?: 'plain' | 'markdown' | 'xml';
  /** The @mentions in `text`, so Teams notifies whom they name (see withMentions). */
  readonly entities?: readonly Mention[];
  readonly attachments?: readonly CardAttachment[];
}

/** Where a channel is, as linked: enough to post in it proactively. */
export interface ChannelAddress {
  readonly serviceUrl: string;
  readonly channelId: string;
  readonly tenantId?: string;
  readonly botId: string;
}

/** Who posts in a card's thread: the tenant and the bot's id there. */
export interface ThreadSender {
  readonly tenantId?: string;
  readonly botId: string;
}

export interface ProactiveSender {
  /** Posts the message as the root of a new thread in the channel; resolves with where it was posted. */
  startThread(channel: ChannelAddress, message: OutgoingMessage): Promise<PostedCard>;
  /** Posts a reply in the thread of a posted card. */
  postInThread(posted: PostedCard, as: ThreadSender, message: OutgoingMessage): Promise<void>;
  /** Replaces a posted card for everyone who sees it. */
  updateCard(posted: PostedCard, as: ThreadSender, card: CardJson): Promise<void>;
  /** A message in a person's 1:1 chat, by the conversation reference stored when they wrote to the bot. */
  toPerson(reference: Signal['signaller']['reference'], message: OutgoingMessage): Promise<void>;
  /** Replaces one of the bot's own cards in a person's 1:1 chat (e.g. a summary whose content was purged). */
  updateInPersonChat(reference: Signal['signaller']['reference'], activityId: string, card: CardJson): Promise<void>;
}

/**
 * The Bot Connector's status when a person cannot be reached any more (they left the tenant, removed or blocked the
 * bot), or undefined for any other failure, which is worth retrying.
 */
export function unreachableStatus(err: unknown): 403 | 404 | undefined {
  const status = (err as { statusCode?: unknown } | undefined)?.statusCode;
  return status === 403 || status === 404 ? status : undefined;
}
