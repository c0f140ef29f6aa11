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

/**
 * Who is on duty for a queue's acute signals, as set with "dienst @…" in its channel: the people an acute card and
 * its reminders @mention. `id` is what Teams put in the mention (a Teams user id or an Entra object id).
 */
export const OnDutySchema = z.array(z.strictObject({ id: z.string().min(1).max(200), name: z.string().trim().min(1).max(200) })).max(10);
export type OnDuty = z.infer<typeof OnDutySchema>;

/** Where a signal's card was posted, so it can be updated in place and is never posted twice. */
export const PostedCardSchema = z.strictObject({
  /** The thread: `<channel id>;messageid=<root>`. */
  conversationId: z.string().min(1),
  activityId: z.string().min(1),
  serviceUrl: z.url(),
});
export type PostedCard = z.infer<typeof PostedCardSchema>;

/** A channel command, as typed after the bot's @mention (the Teams glue strips the mention tags). */
export type ChannelCommand =
  { readonly verb: 'link'; readonly team: string; readonly confirmed: boolean } | { readonly verb: 'unlink' } | { readonly verb: 'which' };

/** The word that confirms linking a channel the bot could not see is private. */
export const LINK_CONFIRM_WORD = { nl: 'bevestig', en: 'confirm' } as const;

/** A typed chat command as lowercase words, a closing full stop or question mark left off. */
export function commandWords(text: string): string[] {
  return text
    .trim()
    .toLowerCase()
    .replace(/[.!?]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * "koppel wijkteam noord", "koppel noord", "link team noord", "ontkoppel", "welk wijkteam"; "koppel wijkteam noord
 * bevestig" links a channel after the warning that it may not be private.
 */
export function parseChannelCommand(text: string): ChannelCommand | undefined {
  const [verb, ...rest] = commandWords(text);
  if ((verb === 'ontkoppel' || verb === 'unlink') && rest.length === 0) return { verb: 'unlink' };
  if ((verb === 'welk' || verb === 'which') && rest.length <= 2) return { verb: 'which' };
  if (verb !== 'koppel' && verb !== 'link') return undefined;
  const last = rest.at(-1);
  const confirmed = last === LINK_CONFIRM_WORD.nl || last === LINK_CONFIRM_WORD.en;
  const named = confirmed ? rest.slice(0, -1) : rest;
  const team = (named[0] === 'wijkteam' || named[0] === 'team' ? named.slice(1) : named).join(' ');
  return team ? { verb: 'link', team, confirmed } : undefined;
}

/** The coordinators' channel is linked as channels are, under this id, which no routing team can have. */
export const COORDINATION_CHANNEL = '_coordination';

/** Audit streams that belong to no queue: refusals outside any queue ('-') and the coordinators' channel. */
export const AUDIT_STREAMS_OUTSIDE_QUEUES = ['-', COORDINATION_CHANNEL] as const;
