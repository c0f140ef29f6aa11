import type { Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { adaptiveCard, invokeResponseBody, type InvokeReply } from '../toolkit/cards';
import type { HandlerResult, Incoming, OutgoingMessage } from '../toolkit/feature';

const ChannelDataSchema = z.looseObject({
  team: z.looseObject({ id: z.string().min(1) }),
  channel: z.looseObject({ id: z.string().min(1), type: z.string().max(40).optional() }).optional(),
  tenant: z.looseObject({ id: z.string() }).optional(),
});

/** The channel a message was posted in: Teams' channelData names it; a thread's conversation id carries it too. */
export function channelOf(activity: Activity): Incoming['channel'] {
  const data = ChannelDataSchema.safeParse(activity.channelData);
  if (!data.success) return undefined;
  const channelId = data.data.channel?.id ?? activity.conversation.id.split(';')[0] ?? activity.conversation.id;
  const type = data.data.channel?.type;
  return { channelId, msTeamId: data.data.team.id, ...(data.data.tenant ? { tenantId: data.data.tenant.id } : {}), ...(type ? { type } : {}) };
}

function tenantOf(activity: Activity): string | undefined {
  const data = z.looseObject({ tenant: z.looseObject({ id: z.string().min(1) }) }).safeParse(activity.channelData);
  return activity.conversation.tenantId ?? (data.success ? data.data.tenant.id : undefined);
}

const MentionSchema = z.looseObject({
  type: z.literal('mention'),
  mentioned: z.looseObject({ id: z.string().min(1).max(200), name: z.string().trim().min(1).max(200) }),
});

/** Who the message @mentions, other than the bot: what "dienst @Eva" names. */
function mentionsOf(activity: Activity): Incoming['mentions'] {
  const seen = new Set<string>();
  return (activity.entities ?? []).flatMap((entity) => {
    const mention = MentionSchema.safeParse(entity);
    if (!mention.success) return [];
    const { id, name } = mention.data.mentioned;
    if (id === activity.recipient.id || seen.has(id)) return [];
    seen.add(id);
    return [{ id, name }];
  });
}

/**
 * The activity as features see it. The HTTP layer has checked the fields it relies on (incoming-activity.ts) and the
 * router has already stripped the mention tags from the text, once for the whole turn.
 */
export function toIncoming(activity: Activity): Incoming {
  return {
    type: activity.type === 'invoke' ? 'invoke' : 'message',
    text: activity.text ?? '',
    value: activity.value,
    locale: activity.locale,
    from: { id: activity.from.id, aadObjectId: activity.from.aadObjectId, name: activity.from.name },
    conversationId: activity.conversation.id,
    ...(tenantOf(activity) ? { tenantId: tenantOf(activity) } : {}),
    channel: channelOf(activity),
    mentions: mentionsOf(activity),
    serviceUrl: activity.serviceUrl,
    botId: activity.recipient.id,
  };
}

function toActivity(message: OutgoingMessage): Partial<Activity> {
  if (typeof message === 'string') return { type: 'message', text: message };
  if ('attachments' in message) return { type: 'message', attachments: [...message.attachments] };
  return { type: 'message', text: message.text, ...(message.entities ? { entities: [...message.entities] } : {}) };
}

/**
 * Sends what a handler decided. A press answer goes back in the invoke's HTTP response, shown to the presser only;
 * when the press came as an Action.Submit fallback (a message), it becomes a reply instead.
 */
export async function sendResult(context: TurnContext, result: HandlerResult): Promise<void> {
  for (const reply of result.replies ?? []) await context.sendActivity(toActivity(reply));
  if (!result.invoke) return;
  if (context.activity.type === 'invoke') {
    await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: invokeResponseBody(result.invoke) } });
    return;
  }
  await context.sendActivity(toActivity(asMessage(result.invoke)));
}

function asMessage(reply: InvokeReply): OutgoingMessage {
  return 'text' in reply ? reply.text : { attachments: [adaptiveCard(reply.card)] };
}
