import { LINK_CONFIRM_WORD, type AuditLog, type ChannelCommand, type ChannelLinks, type Clock, type RoutingTable, type Team } from '../domain';
import { channelLinkFrom, type HandlerResult, type Incoming, type TurnTools } from '../toolkit/feature';
import type { Texts } from '../texts';

export interface ChannelCommandDeps {
  readonly links: ChannelLinks;
  readonly audit: AuditLog;
  readonly routing: RoutingTable;
  readonly admins: ReadonlySet<string>;
  readonly clock: Clock;
}

/** By id ("noord") or by name, with or without "wijkteam" ("wijkteam noord", "Wijkteam Noord"). */
export function findTeam(routing: RoutingTable, typed: string): Pick<Team, 'id' | 'name'> | undefined {
  const wanted = typed
    .trim()
    .toLowerCase()
    .replace(/^wijkteam\s+/, '');
  return routing.teams.find((t) => t.id === wanted || t.name.toLowerCase() === typed.trim().toLowerCase() || t.name.toLowerCase() === `wijkteam ${wanted}`);
}

/** "koppel", "ontkoppel", "welk wijkteam" in an intake channel; only admins may change a link. */
export async function handleChannelCommand(
  incoming: Incoming,
  tools: TurnTools,
  texts: Texts,
  command: ChannelCommand,
  deps: ChannelCommandDeps,
): Promise<HandlerResult> {
  // Linking, unlinking and the audit of a refusal happen once, however often the turn runs.
  const reply = await tools.once('channel-command', () => decide(incoming, texts, command, deps));
  return { replies: [reply] };
}

async function decide(incoming: Incoming, texts: Texts, command: ChannelCommand, deps: ChannelCommandDeps): Promise<string> {
  const t = texts.intake.channel;
  const where = incoming.channel;
  if (!where) return t.help;
  const actor = incoming.from.aadObjectId?.toLowerCase() ?? incoming.from.id;
  const at = new Date(deps.clock.now()).toISOString();
  const linkedTeam = await deps.links.teamOfChannel(where.channelId);
  const teamName = (teamId: string | undefined) => deps.routing.teams.find((team) => team.id === teamId)?.name ?? teamId ?? '';

  if (command.verb === 'which') return linkedTeam ? t.which(teamName(linkedTeam)) : t.notLinked;
  const target = command.verb === 'link' ? findTeam(deps.routing, command.team) : undefined;
  if (!deps.admins.has(actor)) {
    await deps.audit.record({ at, action: 'action-refused', actor, teamId: target?.id ?? linkedTeam ?? '-', reason: 'not-admin' });
    return t.notAdmin;
  }
  if (command.verb === 'unlink') {
    if (!linkedTeam) return t.notLinked;
    await deps.links.unlink(linkedTeam);
    await deps.audit.record({ at, action: 'channel-unlinked', actor, teamId: linkedTeam });
    return t.unlinked(teamName(linkedTeam));
  }
  if (!target) return t.unknownTeam(command.team, deps.routing.teams.map((team) => team.name).join(', '));
  // Signal cards belong in the intake team's private channel: never a shared one (other organisations), and a
  // standard one (the whole team) or one whose type Teams did not say only after the admin confirms.
  const privacy = texts.intake.work.privacy;
  const confirm = `koppel wijkteam ${target.id} ${LINK_CONFIRM_WORD.nl}`;
  if (where.type === 'shared') {
    await deps.audit.record({ at, action: 'action-refused', actor, teamId: target.id, reason: 'shared-channel' });
    return privacy.sharedRefused;
  }
  if (where.type !== 'private' && !command.confirmed) {
    return where.type === 'standard' ? privacy.standardWarning(target.name, confirm) : privacy.unknownTypeWarning(target.name, confirm);
  }
  // One channel serves one queue: linking it to another team first frees it from the one it served.
  if (linkedTeam && linkedTeam !== target.id) await deps.links.unlink(linkedTeam);
  await deps.links.link(channelLinkFrom({ ...incoming, channel: where }, target.id, actor, at));
  await deps.audit.record({ at, action: 'channel-linked', actor, teamId: target.id });
  return t.linked(target.name);
}
