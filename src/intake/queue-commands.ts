import { z } from 'zod';
import {
  formatReference,
  type ErasureReason,
  type AuditLog,
  type ChannelLinks,
  type Clock,
  type DutyRosters,
  type RoutingTable,
  type SignalStore,
} from '../domain';
import { adaptiveCard, clean, executePayload, type InvokeReply } from '../toolkit/cards';
import type { HandlerResult, Incoming, TurnTools } from '../toolkit/feature';
import { intakeTexts } from '../texts';
import { channelCardFor } from './cards/channel-card';
import { WORKLIST_PAGE, WORKLIST_PAGE_VERB, worklistCard } from './cards/worklist-card';
import { onDutyOf } from './on-duty';

/**
 * What intake types in its linked channel besides linking: "wachtrij" (the worklist), "zoek WS-…" (find by the
 * reference a signaller quotes) and "dienst" (who is on duty for acute signals). The channel's membership is the
 * authorisation, as for the cards: only people in the linked channel reach it, and only for its own queue.
 */
export type QueueCommand =
  | { readonly verb: 'worklist' }
  | { readonly verb: 'find'; readonly reference?: string }
  /** `named`: words after "dienst" that are not a clear-word (the @mentions themselves are stripped from the text). */
  | { readonly verb: 'duty'; readonly clear: boolean; readonly named: boolean }
  /** An admin erases a signal now (a correction, or a request under the AVG). */
  | { readonly verb: 'erase'; readonly reference?: string; readonly reason?: ErasureReason };

const REFERENCE = /^ws[\s-]*(\d{4})[\s-]*(\d{1,6})$/i;
const ERASURE_WORDS: Readonly<Record<string, ErasureReason>> = {
  correctie: 'correction',
  correction: 'correction',
  'avg-verzoek': 'avg-request',
  avg: 'avg-request',
  'avg-request': 'avg-request',
};

/** "wachtrij", "overzicht", "zoek WS-2026-000123" (also "ws 2026 123"), "dienst", "dienst niemand"; English too. */
export function parseQueueCommand(text: string): QueueCommand | undefined {
  const words = text
    .trim()
    .replace(/[.!?]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  const [first = '', ...rest] = words;
  const verb = first.toLowerCase();
  if ((verb === 'wachtrij' || verb === 'overzicht' || verb === 'queue' || verb === 'werklijst') && rest.length === 0) return { verb: 'worklist' };
  if (verb === 'zoek' || verb === 'find') {
    const match = REFERENCE.exec(rest.join(' '));
    return match ? { verb: 'find', reference: formatReference(Number(match[1]), Number(match[2])) } : { verb: 'find' };
  }
  if (verb === 'wis' || verb === 'erase') {
    const match = REFERENCE.exec(rest.slice(0, -1).join(' '));
    const reason = ERASURE_WORDS[rest.at(-1)?.toLowerCase() ?? ''];
    return match && reason ? { verb: 'erase', reference: formatReference(Number(match[1]), Number(match[2])), reason } : { verb: 'erase' };
  }
  if (verb === 'dienst' || verb === 'duty') {
    const clear = rest.length === 1 && ['niemand', 'leeg', 'nobody', 'none'].includes(rest[0]?.toLowerCase() ?? '');
    return { verb: 'duty', clear, named: !clear && rest.length > 0 };
  }
  return undefined;
}

export interface QueueCommandDeps {
  readonly signals: SignalStore;
  readonly links: ChannelLinks;
  readonly duty: DutyRosters;
  readonly audit: AuditLog;
  readonly routing: RoutingTable;
  readonly clock: Clock;
  /** Who may erase a signal: the configured admins (Entra object ids). */
  readonly admins: ReadonlySet<string>;
}

export async function handleQueueCommand(incoming: Incoming, tools: TurnTools, command: QueueCommand, deps: QueueCommandDeps): Promise<HandlerResult> {
  const texts = intakeTexts();
  const w = texts.intake.work;
  if (command.verb === 'erase') return { replies: [await tools.once('erase', () => erase(incoming, command, deps))] };
  const teamId = await queueOfChannel(incoming, deps);
  if (!teamId) return { replies: [w.worklist.notLinked] };
  const teamName = deps.routing.teams.find((t) => t.id === teamId)?.name ?? teamId;

  switch (command.verb) {
    case 'worklist':
      return { replies: [{ attachments: [adaptiveCard(await worklistPage(teamId, teamName, 0, deps))] }] };
    case 'find': {
      if (!command.reference) return { replies: [w.find.usage] };
      const reference = command.reference;
      const signalId = await deps.signals.findByReference(teamId, reference);
      const signal = signalId ? await deps.signals.get(teamId, signalId) : undefined;
      if (signal?.redactedAt) return { replies: [w.retention.removed(reference)] };
      if (signal) return { replies: [{ attachments: [adaptiveCard(channelCardFor(signal))] }] };
      // Another team's: one lookup per other queue (a handful), and nothing said of it but that.
      for (const team of deps.routing.teams) {
        if (team.id !== teamId && (await deps.signals.findByReference(team.id, reference))) return { replies: [w.find.otherTeam(reference)] };
      }
      return { replies: [w.find.notFound(reference)] };
    }
    case 'duty': {
      const names = (people: ReadonlyArray<{ name: string }>) => people.map((p) => clean(p.name)).join(', ');
      if (!command.clear && incoming.mentions.length === 0) {
        // Names typed without @ are not people Teams can notify: say how, rather than guess.
        if (command.named) return { replies: [w.duty.usage] };
        const people = await onDutyOf(deps, teamId);
        return { replies: [people.length > 0 ? w.duty.show(teamName, names(people)) : w.duty.none(teamName)] };
      }
      const people = command.clear ? [] : incoming.mentions.slice(0, 10);
      const actor = (incoming.from.aadObjectId ?? incoming.from.id).toLowerCase();
      await tools.once('duty-set', async () => {
        await deps.duty.set(teamId, people);
        await deps.audit.record({ at: new Date(deps.clock.now()).toISOString(), action: 'duty-set', actor, teamId });
      });
      return { replies: [people.length > 0 ? w.duty.set(teamName, names(people)) : w.duty.cleared(teamName)] };
    }
  }
}

/** The queue a channel serves; a channel linked for something else (the coordinators') serves none. */
async function queueOfChannel(incoming: Incoming, deps: QueueCommandDeps): Promise<string | undefined> {
  const teamId = incoming.channel ? await deps.links.teamOfChannel(incoming.channel.channelId) : undefined;
  return deps.routing.teams.some((team) => team.id === teamId) ? teamId : undefined;
}

async function worklistPage(teamId: string, teamName: string, offset: number, deps: QueueCommandDeps) {
  const page = await deps.signals.openPage(teamId, offset, WORKLIST_PAGE);
  return worklistCard({ ...page, offset }, teamName, intakeTexts(), deps.clock.now());
}

const PagePressSchema = z.strictObject({ verb: z.literal(WORKLIST_PAGE_VERB), offset: z.number().int().min(0).max(1_000_000) });

export const isWorklistPress = (value: unknown): boolean => PagePressSchema.safeParse(executePayload(value)).success;

/** "Volgende" / "Vorige" on the worklist: the page, for the presser (an invoke answer), of the channel's own queue. */
export async function handleWorklistPress(incoming: Incoming, deps: QueueCommandDeps): Promise<HandlerResult> {
  const press = PagePressSchema.safeParse(executePayload(incoming.value));
  const texts = intakeTexts();
  const teamId = await queueOfChannel(incoming, deps);
  let reply: InvokeReply;
  if (!press.success) reply = { text: texts.intake.cardActions.outdated };
  else if (!teamId) reply = { text: texts.intake.work.worklist.notLinked };
  else reply = { card: await worklistPage(teamId, deps.routing.teams.find((t) => t.id === teamId)?.name ?? teamId, press.data.offset, deps) };
  return { invoke: reply };
}

/**
 * "wis WS-… correctie|avg-verzoek": an admin has a signal erased now, in whichever queue it is. The record is marked
 * (codes only) in one audited change; the purge task then does the erasing, as for retention, within a minute.
 */
async function erase(incoming: Incoming, command: Extract<QueueCommand, { verb: 'erase' }>, deps: QueueCommandDeps): Promise<string> {
  const r = intakeTexts().intake.work.retention;
  const actor = (incoming.from.aadObjectId ?? incoming.from.id).toLowerCase();
  const at = new Date(deps.clock.now()).toISOString();
  if (!deps.admins.has(actor)) {
    const teamId = incoming.channel ? ((await deps.links.teamOfChannel(incoming.channel.channelId)) ?? '-') : '-';
    await deps.audit.record({ at, actor, action: 'action-refused', teamId, reason: 'not-admin' });
    return r.eraseNotAdmin;
  }
  const { reference, reason } = command;
  if (!reference || !reason) return r.eraseUsage;
  // Every copy: the queue it is in, and any a transfer left behind.
  let found = false;
  for (const team of deps.routing.teams) {
    const signalId = await deps.signals.findByReference(team.id, reference);
    if (!signalId) continue;
    const result = await deps.signals.update<never>(team.id, signalId, (current) => ({
      signal: { ...current, erasure: current.erasure ?? { at, reason, by: actor } },
      audit: { at, actor, action: 'erasure-requested', teamId: team.id, signalId, reason },
      jobs: [],
    }));
    found ||= result.ok;
  }
  if (found) return r.eraseScheduled(reference);
  return r.eraseNotFound(reference);
}
