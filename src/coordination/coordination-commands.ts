import { z } from 'zod';
import {
  amsterdamMonth,
  commandWords,
  COORDINATION_CHANNEL,
  MonthSchema,
  type AuditLog,
  type ChannelLinks,
  type Clock,
  type QueueFigures,
  type RoutingTable,
} from '../domain';
import { adaptiveCard, executePayload, type InvokeReply } from '../toolkit/cards';
import { channelLinkFrom, type HandlerResult, type Incoming, type TurnTools } from '../toolkit/feature';
import type { Texts } from '../texts';
import { monthCard, OVERDUE_VERB, overdueCard, statusCard } from './cards/status-card';

/**
 * What coordinators (and intake, for its own queue) ask in chat: "status", "maandoverzicht 2026-11", and an admin's
 * "koppel coördinatie" that makes a channel the coordinators' channel.
 */
export type CoordinationCommand =
  | { readonly verb: 'status' }
  /** `month` absent: last month; `invalid`: a month was typed that is not one. */
  | { readonly verb: 'month'; readonly month?: string; readonly invalid?: boolean }
  | { readonly verb: 'link' };

export { COORDINATION_CHANNEL };

const COORDINATION_WORDS = new Set(['coördinatie', 'coordinatie', 'coordination', 'coördinatoren', 'coordinatoren', 'coordinators']);

export function parseCoordinationCommand(text: string): CoordinationCommand | undefined {
  const [verb = '', ...rest] = commandWords(text);
  if ((verb === 'status' || verb === 'stand') && rest.length === 0) return { verb: 'status' };
  if (verb === 'maandoverzicht' || verb === 'maandtelling' || verb === 'monthly') {
    if (rest.length === 0) return { verb: 'month' };
    const month = MonthSchema.safeParse(rest.join(''));
    return month.success ? { verb: 'month', month: month.data } : { verb: 'month', invalid: true };
  }
  if ((verb === 'koppel' || verb === 'link') && rest.length === 1 && COORDINATION_WORDS.has(rest[0] ?? '')) return { verb: 'link' };
  return undefined;
}

export interface CoordinationDeps {
  readonly figures: QueueFigures;
  readonly links: ChannelLinks;
  readonly audit: AuditLog;
  readonly routing: RoutingTable;
  readonly clock: Clock;
  /** Entra object ids of the coordinators. */
  readonly coordinators: ReadonlySet<string>;
  readonly admins: ReadonlySet<string>;
  /** When the daily summary is posted (minutes after midnight), to say so on linking. */
  readonly dailySummaryMinute: number;
}

/** Who is asking, which decides what they see: everything, their own queue, or nothing. */
export type Asker = { readonly role: 'coordinator' } | { readonly role: 'intake'; readonly teamId: string } | { readonly role: 'other' };

/**
 * A coordinator by Entra object id (any chat), anyone in the coordinators' channel, intake in its own linked channel
 * (for its own queue only). Channel membership is what Teams checked; a 1:1 chat proves only who you are.
 */
export async function askerOf(incoming: Incoming, deps: Pick<CoordinationDeps, 'links' | 'routing' | 'coordinators'>): Promise<Asker> {
  const id = incoming.from.aadObjectId?.toLowerCase();
  if (!incoming.channel) return id !== undefined && deps.coordinators.has(id) ? { role: 'coordinator' } : { role: 'other' };
  const teamId = await deps.links.teamOfChannel(incoming.channel.channelId);
  if (teamId === COORDINATION_CHANNEL) return { role: 'coordinator' };
  if (teamId !== undefined && deps.routing.teams.some((team) => team.id === teamId)) return { role: 'intake', teamId };
  return { role: 'other' };
}

const teamNameOf = (routing: RoutingTable) => (teamId: string) => routing.teams.find((t) => t.id === teamId)?.name ?? teamId;

export async function handleCoordinationCommand(
  incoming: Incoming,
  tools: TurnTools,
  texts: Texts,
  command: CoordinationCommand,
  asker: Asker,
  deps: CoordinationDeps,
): Promise<HandlerResult> {
  if (command.verb === 'link') return { replies: [await tools.once('coordination-link', () => linkChannel(incoming, texts, deps))] };
  if (asker.role === 'other') return { replies: [await tools.once('coordination-refused', () => refuse(incoming, texts, deps, command.verb))] };
  const now = deps.clock.now();
  const teamIds = asker.role === 'coordinator' ? deps.routing.teams.map((t) => t.id) : [asker.teamId];
  const teamName = teamNameOf(deps.routing);
  if (command.verb === 'status') {
    const statuses = await deps.figures.status(teamIds, now);
    const title = asker.role === 'coordinator' ? texts.coordination.status.title : texts.coordination.status.ownQueueTitle(teamName(asker.teamId));
    return { replies: [{ attachments: [adaptiveCard(statusCard(statuses, { title, teamName, texts, now, overdueButtons: true }))] }] };
  }
  if (command.invalid) return { replies: [texts.coordination.month.usage] };
  const month = command.month ?? lastMonth(now);
  const counts = await Promise.all(teamIds.map(async (teamId) => ({ team: teamName(teamId), fields: await deps.figures.month(teamId, month) })));
  return { replies: [{ attachments: [adaptiveCard(monthCard(month, counts, texts))] }] };
}

/** The month before the one `now` is in (Europe/Amsterdam): what a report usually asks for. */
function lastMonth(now: number): string {
  const [year = 0, month = 1] = amsterdamMonth(now).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

async function refuse(incoming: Incoming, texts: Texts, deps: CoordinationDeps, verb: string): Promise<string> {
  const actor = (incoming.from.aadObjectId ?? incoming.from.id).toLowerCase();
  await deps.audit.record({ at: new Date(deps.clock.now()).toISOString(), action: 'action-refused', actor, teamId: '-', reason: `not-coordinator-${verb}` });
  return texts.coordination.refused;
}

/** "koppel coördinatie" by an admin in a (non-shared) channel: the daily summary goes there from now on. */
async function linkChannel(incoming: Incoming, texts: Texts, deps: CoordinationDeps): Promise<string> {
  const l = texts.coordination.link;
  const where = incoming.channel;
  const actor = (incoming.from.aadObjectId ?? incoming.from.id).toLowerCase();
  const at = new Date(deps.clock.now()).toISOString();
  if (!where || !deps.admins.has(actor)) {
    await deps.audit.record({ at, action: 'action-refused', actor, teamId: COORDINATION_CHANNEL, reason: 'not-admin' });
    return l.notAdmin;
  }
  if (where.type === 'shared') {
    await deps.audit.record({ at, action: 'action-refused', actor, teamId: COORDINATION_CHANNEL, reason: 'shared-channel' });
    return l.sharedRefused;
  }
  const earlier = await deps.links.teamOfChannel(where.channelId);
  if (earlier && earlier !== COORDINATION_CHANNEL) await deps.links.unlink(earlier);
  await deps.links.link(channelLinkFrom({ ...incoming, channel: where }, COORDINATION_CHANNEL, actor, at));
  await deps.audit.record({ at, action: 'channel-linked', actor, teamId: COORDINATION_CHANNEL });
  const minute = deps.dailySummaryMinute;
  return l.linked(`${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`);
}

const OverduePressSchema = z.strictObject({ verb: z.literal(OVERDUE_VERB), teamId: z.string().min(1).max(40) });

export const isCoordinationPress = (value: unknown): boolean => OverduePressSchema.safeParse(executePayload(value)).success;

/** How many late references a press lists; the team's worklist has them all. */
const OVERDUE_SHOWN = 50;

/** "Te late referenties": a queue's late references, for the presser only, if they may see that queue. */
export async function handleCoordinationPress(incoming: Incoming, tools: TurnTools, texts: Texts, deps: CoordinationDeps): Promise<HandlerResult> {
  const press = OverduePressSchema.safeParse(executePayload(incoming.value));
  let reply: InvokeReply;
  const asker = await askerOf(incoming, deps);
  const known = press.success && deps.routing.teams.some((t) => t.id === press.data.teamId);
  if (!press.success || !known) reply = { text: texts.intake.cardActions.outdated };
  else if (asker.role === 'other' || (asker.role === 'intake' && asker.teamId !== press.data.teamId)) {
    reply = { text: await tools.once('coordination-refused', () => refuse(incoming, texts, deps, 'overdue')) };
  } else {
    const overdue = await deps.figures.overdue(press.data.teamId, deps.clock.now(), OVERDUE_SHOWN);
    reply = { card: overdueCard(teamNameOf(deps.routing)(press.data.teamId), overdue, texts) };
  }
  return { invoke: reply };
}
