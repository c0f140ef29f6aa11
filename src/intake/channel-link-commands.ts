import type { Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Texts } from '../texts';
import type { AuditLog, ChannelCommand, ChannelLinks, Clock, RoutingTable, Team } from '../domain';

export interface ChannelCommandDeps {
  readonly links: ChannelLinks;
  readonly audit: AuditLog;
  readonly routing: RoutingTable;
  readonly admins: ReadonlySet<string>;
  readonly clock: Clock;
}

const ChannelDataSchema = z.looseObject({
  team: z.looseObject({ id: z.string().min(1) }),
  channel: z.looseObject({ id: z.string().min(1) }).optional(),
  tenant: z.looseObject({ id: z.string() }).optional(),
});

/** The channel a message was posted in: Teams' channelData names it; a thread's conversation id carries it too. */
export function channelOf(activity: Activity): { channelId: string; msTeamId: string; tenantId?: string } | undefined {
  const data = ChannelDataSchema.safeParse(activity.channelData);
  if (!data.success) return undefined;
  const channelId = data.data.channel?.id ?? activity.conversation.id.split(';')[0] ?? activity.conversation.id;
  return { channelId, msTeamId: data.data.team.id, tenantId: data.data.tenant?.id };
}

/** By id ("noord") or by name, with or without "wijkteam" ("wijkteam noord", "Wijkteam Noord"). */
export function findTeam(routing: RoutingTable, typed: string): Pick<Team, 'id' | 'name'> | undefined {
  const wanted = typed.trim().toLowerCase().replace(/^wijkteam\s+/, '');
  return routing.teams.find((t) => t.id === wanted || t.name.toLowerCase() === typed.trim().toLowerCase() || t.name.toLowerCase() === `wijkteam ${wanted}`);
}

/** "koppel", "ontkoppel", "welk wijkteam" in an intake channel; only admins may change a link. */
export async function handleChannelCommand(context: TurnContext, texts: Texts, command: ChannelCommand, deps: ChannelCommandDeps): Promise<void> {
  const activity = context.activity;
  const where = channelOf(activity);
  if (!where) return void (await context.sendActivity(texts.channel.help));
  const actor = activity.from.aadObjectId?.toLowerCase() ?? activity.from.id;
  const at = new Date(deps.clock.now()).toISOString();
  const linkedTeam = await deps.links.teamOfChannel(where.channelId);
  const teamName = (teamId: string | undefined) => deps.routing.teams.find((t) => t.id === teamId)?.name ?? teamId ?? '';

  if (command.verb === 'which') {
    await context.sendActivity(linkedTeam ? texts.channel.which(teamName(linkedTeam)) : texts.channel.notLinked);
    return;
  }
  const target = command.verb === 'link' ? findTeam(deps.routing, command.team) : undefined;
  if (!deps.admins.has(actor)) {
    await deps.audit.record({ at, action: 'action-refused', actor, teamId: target?.id ?? linkedTeam ?? '-', reason: 'not-admin' });
    await context.sendActivity(texts.channel.notAdmin);
    return;
  }
  if (command.verb === 'unlink') {
    if (!linkedTeam) return void (await context.sendActivity(texts.channel.notLinked));
    await deps.links.unlink(linkedTeam);
    await deps.audit.record({ at, action: 'channel-unlinked', actor, teamId: linkedTeam });
    await context.sendActivity(texts.channel.unlinked(teamName(linkedTeam)));
    return;
  }
  if (!target) {
    await context.sendActivity(texts.channel.unknownTeam(command.team, deps.routing.teams.map((t) => t.name).join(', ')));
    return;
  }
  // One channel serves one queue: linking it to another team first frees it from the one it served.
  if (linkedTeam && linkedTeam !== target.id) await deps.links.unlink(linkedTeam);
  await deps.links.link({
    teamId: target.id,
    serviceUrl: activity.serviceUrl,
    tenantId: where.tenantId,
    msTeamId: where.msTeamId,
    channelId: where.channelId,
    botId: activity.recipient.id,
    linkedBy: actor,
    linkedAt: at,
  });
  await deps.audit.record({ at, action: 'channel-linked', actor, teamId: target.id });
  await context.sendActivity(texts.channel.linked(target.name));
}
