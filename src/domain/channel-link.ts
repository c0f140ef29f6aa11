import { z } from 'zod';

/** Where a wijkteam's intake channel is, so the bot can post there proactively. */
export const ChannelLinkSchema = z.strictObject({
  teamId: z.string().min(1),
  serviceUrl: z.url(),
  tenantId: z.string().optional(),
  /** Teams' id of the team (the Microsoft 365 group's General channel id). */
  msTeamId: z.string().min(1),
  /** The intake channel's conversation id. */
  channelId: z.string().min(1),
  botId: z.string().min(1),
  linkedBy: z.string().min(1),
  linkedAt: z.iso.datetime(),
});
export type ChannelLink = z.infer<typeof ChannelLinkSchema>;

/** Where a signal's card was posted, so it can be updated in place and is never posted twice. */
export const PostedCardSchema = z.strictObject({
  /** The thread: `<channel id>;messageid=<root>`. */
  conversationId: z.string().min(1),
  activityId: z.string().min(1),
  serviceUrl: z.url(),
});
export type PostedCard = z.infer<typeof PostedCardSchema>;

/** A channel command, as typed after the bot's @mention (the Teams glue strips the mention tags). */
export type ChannelCommand = { readonly verb: 'link'; readonly team: string } | { readonly verb: 'unlink' } | { readonly verb: 'which' };

/** "koppel wijkteam noord", "koppel noord", "link team noord", "ontkoppel", "welk wijkteam". */
export function parseChannelCommand(text: string): ChannelCommand | undefined {
  const words = text
    .trim()
    .toLowerCase()
    .replace(/[.!?]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  const [verb, ...rest] = words;
  if ((verb === 'ontkoppel' || verb === 'unlink') && rest.length === 0) return { verb: 'unlink' };
  if ((verb === 'welk' || verb === 'which') && rest.length <= 2) return { verb: 'which' };
  if (verb !== 'koppel' && verb !== 'link') return undefined;
  const team = (rest[0] === 'wijkteam' || rest[0] === 'team' ? rest.slice(1) : rest).join(' ');
  return team ? { verb: 'link', team } : undefined;
}
