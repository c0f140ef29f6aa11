import type { Activity, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { PostedCard, Signal } from '../../domain';
import { adaptiveCard } from '../../toolkit/cards';
import { channelOfThread, createChannelSpacing } from './channel-spacing';
import type { ChannelAddress, OutgoingMessage, ProactiveSender, ThreadSender } from '../../toolkit/proactive-sender';

const BOT_NAME = 'wijksignaal';

/** The ProactiveSender on botbuilder's CloudAdapter: every send is a proactive turn by a stored reference. */
export function createBotFrameworkSender(options: {
  readonly adapter: CloudAdapter;
  /** The bot's app id; '' in local mode. */
  readonly appId: string;
  /** Minimum time between two posts in one channel (thread replies included). */
  readonly channelSpacingMs: number;
}): ProactiveSender {
  const { adapter, appId } = options;
  const spaceOut = createChannelSpacing(options.channelSpacingMs);
  const continueIn = (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) =>
    adapter.continueConversationAsync(appId, reference, logic);

  /** The card's thread: `<channel>;messageid=<root>`, as recorded when the card was posted. */
  const threadOf = (posted: PostedCard, as: ThreadSender): Partial<ConversationReference> => ({
    serviceUrl: posted.serviceUrl,
    channelId: 'msteams',
    conversation: { id: posted.conversationId, isGroup: true, conversationType: 'channel', name: '', tenantId: as.tenantId },
    bot: { id: as.botId, name: BOT_NAME },
  });

  return {
    async startThread(channel: ChannelAddress, message: OutgoingMessage): Promise<PostedCard> {
      await spaceOut(channel.channelId);
      const reference: Partial<ConversationReference> = {
        serviceUrl: channel.serviceUrl,
        channelId: 'msteams',
        bot: { id: channel.botId, name: BOT_NAME },
        conversation: { id: channel.channelId, isGroup: true, conversationType: 'channel', tenantId: channel.tenantId, name: '' },
      };
      let posted: PostedCard | undefined;
      await continueIn(reference, async (context) => {
        const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
        // A new conversation in a channel is a new thread, whose root is this message.
        const created = await client.conversations.createConversation({
          isGroup: true,
          bot: { id: channel.botId, name: BOT_NAME },
          tenantId: channel.tenantId,
          channelData: { channel: { id: channel.channelId }, ...(channel.tenantId ? { tenant: { id: channel.tenantId } } : {}) },
          activity: message as Partial<Activity> as Activity,
          members: [],
        });
        posted = { conversationId: created.id, activityId: created.activityId ?? created.id.split('messageid=')[1] ?? '', serviceUrl: channel.serviceUrl };
      });
      if (!posted) throw new Error('no conversation created');
      return posted;
    },

    async postInThread(posted, as, message) {
      await spaceOut(channelOfThread(posted.conversationId));
      await continueIn(threadOf(posted, as), async (context) => {
        await context.sendActivity(message as Partial<Activity>);
      });
    },

    async updateCard(posted, as, card) {
      await continueIn(threadOf(posted, as), async (context) => {
        await context.updateActivity({ id: posted.activityId, type: 'message', attachments: [adaptiveCard(card)] });
      });
    },

    async toPerson(reference, message) {
      await continueIn(personal(reference), async (context) => {
        await context.sendActivity(message as Partial<Activity>);
      });
    },

    async updateInPersonChat(reference, activityId, card) {
      await continueIn(personal(reference), async (context) => {
        await context.updateActivity({ id: activityId, type: 'message', attachments: [adaptiveCard(card)] });
      });
    },
  };
}

/** Where a person's 1:1 chat is, from the reference stored when they wrote to the bot. */
function personal(reference: Signal['signaller']['reference']) {
  return {
    serviceUrl: reference.serviceUrl,
    channelId: reference.channelId,
    conversation: { id: reference.conversationId, isGroup: false, conversationType: 'personal', name: '', tenantId: reference.tenantId },
    bot: { id: reference.botId, name: BOT_NAME },
    user: { id: reference.userId, name: '' },
  };
}
