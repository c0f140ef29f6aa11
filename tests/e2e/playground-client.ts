import { mentionMessage, type Named, type Person, type PlaygroundConfig } from '../../scripts/playground-say';

export type { Person, PlaygroundConfig };
import { openEventStream, type EventStream } from './event-stream';

/**
 * The Agents Playground's own interfaces, as ../shared/playground.md describes them for version 0.2.28: its client
 * API (`/_conversation/v1`: what its window posts), custom activities (`/_internal/v1`: the only way another user
 * speaks) and the conversation stream (what its window is told).
 */

export type Json = Record<string, unknown>;

/** A message as the Playground's window gets it. */
export interface StreamMessage {
  readonly messageId: string;
  readonly from: { readonly id: string };
  readonly text?: string;
  readonly attachments?: readonly { readonly contentType: string; readonly content: Json }[];
}

/** One event of `/_ws_conversation/v1/conversations/stream`. */
export interface ConversationEvent {
  readonly action: 'createMessage' | 'updateMessage' | 'typing';
  /** A channel post's replies and updates carry `<channel>;messageid=<root>`. */
  readonly actionConversationId: string;
  readonly message: StreamMessage;
}

/** The card a message carries, if any. */
export const cardOf = (message: StreamMessage): Json | undefined => message.attachments?.find((a) => a.contentType.includes('adaptive'))?.content;

/** What the bot answered an `adaptiveCard/action` invoke: a card replacing the presser's view, or a message. */
export interface InvokeAnswer {
  readonly statusCode?: number;
  readonly type: string;
  readonly value: unknown;
}

export function playgroundClient(baseUrl: string, config: PlaygroundConfig) {
  const post = async (path: string, body: unknown): Promise<Response> => {
    const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`POST ${path} answered ${res.status}: ${await res.text()}`);
    return res;
  };
  const team = config.teams[0]!;

  return {
    config,
    /** A channel of the team by name ("Intake"); General's id is the team's. */
    channel(name: string): Named {
      const found = team.channels.find((c) => c.name === name);
      if (!found) throw new Error(`the Playground's team has no channel ${name}`);
      return found;
    },
    /** Someone of config/playground.yml by (part of) their name. */
    person(name: string): Person {
      const found = [config.currentUser, ...config.users].filter((p) => p.name.includes(name));
      if (found.length !== 1) throw new Error(`${found.length} people in the Playground are called ${name}`);
      return found[0]!;
    },
    /** What the window's compose box does: this always reaches the bot as the current user. */
    async sendAsCurrentUser(conversationId: string, text: string): Promise<void> {
      await post(`/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
        from: { id: config.currentUser.id },
        text,
        textFormat: 'plain',
      });
    },
    /** An Action.Submit press on the card `replyToId` (the bot gets a message with `value` and no text). */
    async submit(conversationId: string, from: Person, replyToId: string, value: Json): Promise<void> {
      await post('/_conversation/v1/submit', { conversation: { id: conversationId }, from: { id: from.id }, replyToId, value });
    },
    /** An Action.Execute press on the card `replyToId`; `conversationId` is the thread holding the card. */
    async invoke(conversationId: string, from: Person, replyToId: string, verb: string, data: Json): Promise<InvokeAnswer> {
      const res = await post('/_conversation/v1/invoke', {
        name: 'adaptiveCard/action',
        conversation: { id: conversationId },
        from: { id: from.id },
        replyToId,
        value: { action: { type: 'Action.Execute', verb, data } },
      });
      return (await res.json()) as InvokeAnswer;
    },
    /**
     * Someone other than the current user says something in a channel, @mentioning the bot the way Teams does (built
     * scripts/playground-say.ts builds it). The Playground shows the bot's answer, not the message itself.
     */
    async sayInChannel(who: Person, channel: Named, text: string): Promise<void> {
      const template = await fetch(`${baseUrl}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(channel.id)}`);
      if (!template.ok) throw new Error(`no custom activity template (${template.status}): ${await template.text()}`);
      await post('/_internal/v1/customActivities', mentionMessage(config, who, { team, channel }, text, (await template.json()) as Json));
    },
    /** What the Playground's window is told from now on: connect before acting, the stream has no history. */
    conversations: (): Promise<EventStream<ConversationEvent>> => openEventStream(`${baseUrl.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`),
    /** Every HTTP exchange the Playground logs, including the bot's messages to other users' chats. */
    log: (): Promise<EventStream<Json>> => openEventStream(`${baseUrl.replace(/^http/, 'ws')}/_ws/log/stream`),
  };
}

export type PlaygroundClient = ReturnType<typeof playgroundClient>;

export async function readPlaygroundConfig(baseUrl: string): Promise<PlaygroundConfig> {
  const res = await fetch(`${baseUrl}/_internal/v1/testConfig`);
  if (!res.ok) throw new Error(`GET /_internal/v1/testConfig answered ${res.status}`);
  return ((await res.json()) as { config: PlaygroundConfig }).config;
}
