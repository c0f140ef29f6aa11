import type { ChannelLink } from '../domain';
import type { CardAttachment, InvokeReply, Mention } from './cards';

/**
 * What a feature's handler sees and returns. No botbuilder here: the Teams glue turns an activity into an
 * `Incoming` and the handler's result into what Teams is sent, so features never touch the Bot Framework SDK.
 */

/** An incoming activity as a feature sees it: parsed, with the @mention tags stripped from the text. */
export interface Incoming {
  readonly type: 'message' | 'invoke';
  readonly text: string;
  readonly value: unknown;
  readonly locale?: string;
  readonly from: { readonly id: string; readonly aadObjectId?: string; readonly name?: string };
  readonly conversationId: string;
  /** The tenant the activity came from (the tenant guard has checked it). */
  readonly tenantId?: string;
  /**
   * Present in a team channel: which channel of which team, and its type when Teams says it ('standard', 'private',
   * 'shared'; older clients and the Playground leave it out).
   */
  readonly channel?: { readonly channelId: string; readonly msTeamId: string; readonly tenantId?: string; readonly type?: string };
  /** The people @mentioned in the message, the bot itself left out. */
  readonly mentions: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly serviceUrl: string;
  readonly botId: string;
}

export type OutgoingMessage = string | { readonly text: string; readonly entities?: readonly Mention[] } | { readonly attachments: readonly CardAttachment[] };

/**
 * What a handler decided: replies in this conversation, and for a press on a card the answer for the presser (an
 * invoke's response; for an Action.Submit fallback, which arrives as a message, the glue sends it as a reply).
 */
export interface HandlerResult {
  readonly replies?: readonly OutgoingMessage[];
  readonly invoke?: InvokeReply;
}

/**
 * A turn can run more than once for one activity (another turn of the conversation won the compare-and-set, so the
 * turn runs again on fresh state). `once(key, effect)` runs `effect` on the first run only; every later run of the
 * same activity gets the first run's result. Every side effect outside the conversation's state goes through it.
 */
export interface TurnTools {
  once<T>(key: string, effect: () => Promise<T>): Promise<T>;
}

export type FeatureHandler = (incoming: Incoming, tools: TurnTools) => Promise<HandlerResult>;

/** Where the channel a message came from is, as a link the bot can post through later (see ChannelLinks). */
export function channelLinkFrom(
  incoming: Incoming & { readonly channel: NonNullable<Incoming['channel']> },
  teamId: string,
  linkedBy: string,
  linkedAt: string,
): ChannelLink {
  const { channel } = incoming;
  return {
    teamId,
    serviceUrl: incoming.serviceUrl,
    tenantId: channel.tenantId,
    msTeamId: channel.msTeamId,
    channelId: channel.channelId,
    botId: incoming.botId,
    linkedBy,
    linkedAt,
  };
}
