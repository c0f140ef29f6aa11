import {
  applyTransition,
  CLOSE_OUTCOMES,
  CloseOutcomeSchema,
  lastTransfer,
  lifecycleOf,
  newQuestionId,
  PhaseSchema,
  QuestionTextSchema,
  TAKE_OVER_REASONS,
  TakeOverReasonSchema,
  TRANSFER_REASONS,
  TransferReasonSchema,
  transferSignal,
  withLifecycle,
  withQuestion,
  type Actor,
  type TransitionResult,
  type AuditEvent,
  type AuditLog,
  type ChannelLinks,
  type Clock,
  type LifecycleCommand,
  type NotificationJob,
  type RoutingTable,
  type Signal,
  type SignalStore,
} from '../domain';
import type { CardJson, InvokeReply } from '../toolkit/cards';
import type { HandlerResult, Incoming, TurnTools } from '../toolkit/feature';
import { intakeTexts, type Texts } from '../texts';
import { askCard } from './cards/ask-card';
import { cardVersionOf, channelCardFor } from './cards/channel-card';
import { closeCard } from './cards/close-card';
import { signalDetailsCard } from './cards/details-card';
import { registrationCard } from './cards/registration-card';
import { parseSignalCardAction, type SignalCardAction } from './cards/signal-card-action';
import { phaseCard, takeOverCard, transferCard } from './cards/work-forms';

export interface CardActionDeps {
  readonly signals: SignalStore;
  readonly links: ChannelLinks;
  readonly audit: AuditLog;
  readonly routing: RoutingTable;
  readonly clock: Clock;
}

/**
 * A press on a channel card: the card's data names only a verb, a signal id and a card version; the record is
 * loaded from the queue of the channel the press came from, so a card used in another team's channel finds
 * nothing and is refused. Every view, change and refusal is audited (ids only).
 */
export async function handleCardAction(incoming: Incoming, tools: TurnTools, deps: CardActionDeps): Promise<HandlerResult> {
  // A change this press already stored must not be tried again when the turn runs again (it would be refused as
  // "al opgepakt"): the rerun gives the answer the first run decided on.
  return { invoke: await tools.once('signal-card-action', () => decide(incoming, deps)) };
}

/** The queue a signal is in, looked up in every other team's queue (the routing's teams: a handful). */
async function ownerOf(signalId: string, except: string | undefined, deps: CardActionDeps): Promise<string | undefined> {
  for (const team of deps.routing.teams) {
    if (team.id !== except && (await deps.signals.get(team.id, signalId))) return team.id;
  }
  return undefined;
}

async function decide(incoming: Incoming, deps: CardActionDeps): Promise<InvokeReply> {
  const texts = intakeTexts();
  const parsed = parseSignalCardAction(incoming.value);
  const actor: Actor = {
    aadObjectId: (incoming.from.aadObjectId ?? incoming.from.id).toLowerCase(),
    name: incoming.from.name?.trim() || texts.intake.signalCard.someone,
  };
  const at = new Date(deps.clock.now()).toISOString();
  const teamId = incoming.channel ? await deps.links.teamOfChannel(incoming.channel.channelId) : undefined;
  const audit = (event: Omit<AuditEvent, 'at' | 'actor'>) => deps.audit.record({ at, actor: actor.aadObjectId, ...event });

  if (!parsed.success) return { text: texts.intake.cardActions.outdated };
  const action = parsed.data;
  const signal = teamId ? await deps.signals.get(teamId, action.signalId) : undefined;
  if (!teamId || !signal) {
    await audit({ action: 'action-refused', teamId: teamId ?? '-', signalId: action.signalId, reason: 'not-in-this-queue' });
    // Also where the signal lives, so its own team sees who tried: one read per other team (a handful), no scan.
    const owner = await ownerOf(action.signalId, teamId, deps);
    if (owner) await audit({ action: 'action-refused', teamId: owner, signalId: action.signalId, reason: 'not-in-this-queue' });
    return { text: texts.intake.cardActions.wrongChannel };
  }
  const version = cardVersionOf(signal);
  const refuse = async (reason: string, text: string): Promise<InvokeReply> => {
    await audit({ action: 'action-refused', teamId, signalId: signal.id, reason });
    return { text };
  };
  // The team it left no longer sees its content: the transferred copy answers every press with where it went. A
  // stub kept for the follow-up has no content and takes no action either.
  if (signal.redactedAt) return refuse('redacted', texts.intake.work.retention.removed(signal.reference));
  if (signal.status === 'transferred' && action.verb !== 'signal.cancel') {
    return refuse('transferred', texts.intake.work.transfer.detailsGone(lastTransfer(signal)?.to.teamName ?? texts.intake.signalCard.someone));
  }
  /** Only who may do it now gets the form: a colleague hears who has the signal before choosing anything. */
  const formFor = async (command: LifecycleCommand, form: () => CardJson): Promise<InvokeReply> => {
    const state = lifecycleOf(signal);
    const trial = applyTransition(state, command, actor, at);
    return trial.ok ? { card: form() } : refuse(trial.reason, texts.intake.refusal(trial, state));
  };

  switch (action.verb) {
    case 'signal.details':
    case 'signal.copy':
      // Only an invoke answers the presser alone; a Submit fallback's answer would be a message the whole channel
      // sees, so older clients get no details.
      if (incoming.type !== 'invoke') return { text: texts.intake.cardActions.detailsNeedsNewerTeams };
      await audit({ action: action.verb === 'signal.copy' ? 'signal-copied' : 'signal-viewed', teamId, signalId: signal.id });
      return { card: action.verb === 'signal.copy' ? registrationCard(signal, texts, version) : signalDetailsCard(signal, texts, version) };
    case 'signal.cancel':
      return { card: channelCardFor(signal) };
    case 'signal.close':
      return formFor({ verb: 'close', outcome: CLOSE_OUTCOMES[0] }, () => closeCard(signal, texts, version));
    case 'signal.ask':
      return formFor({ verb: 'ask', questionId: newQuestionId() }, () => askCard(signal, texts, version));
    case 'signal.takeOver':
      return formFor({ verb: 'take-over', reason: TAKE_OVER_REASONS[0] }, () => takeOverCard(signal, texts, version));
    case 'signal.transfer': {
      const others = deps.routing.teams.filter((t) => t.id !== teamId);
      if (others.length === 0) return { text: texts.intake.work.transfer.noOtherTeam };
      return formFor({ verb: 'transfer', toTeamId: others[0]?.id ?? teamId, reason: TRANSFER_REASONS[0] }, () =>
        transferCard(signal, texts, version, deps.routing.teams),
      );
    }
    case 'signal.phase':
      return { card: phaseCard(signal, texts, version) };
    case 'signal.noContact':
    case 'signal.askSend':
      // The channel card shows a disabled button then, but an older client or a forged press still arrives here.
      if (!signal.signaller.willingToBeContacted) return refuse('no-contact', texts.intake.signalCard.ask.noContact);
      if (action.verb === 'signal.noContact') return { card: channelCardFor(signal) };
      break;
    default:
      break;
  }

  const plan = planFor(action, actor, at, teamId, deps.routing);
  if ('refusal' in plan) return { text: plan.refusal(texts) };
  const result = await deps.signals.update<{ reason: string; message: string }>(teamId, signal.id, (current) => {
    // The lifecycle's refusal first: it says what is the matter ("al opgepakt door ..."). A press on an older card
    // that would still be allowed is refused too: the presser decided on a state that is gone.
    const changed = plan.change(current);
    if (!changed.ok) return { refused: { reason: changed.reason, message: texts.intake.refusal(changed, lifecycleOf(current)) } };
    if (cardVersionOf(current) !== action.cardVersion) return { refused: { reason: 'outdated-card', message: texts.intake.cardActions.outdated } };
    return {
      signal: changed.signal,
      audit: { at, actor: actor.aadObjectId, action: plan.audit, teamId, signalId: current.id, ...(plan.reason ? { reason: plan.reason } : {}) },
      jobs: [{ kind: 'card-update', signalId: current.id }, ...plan.jobs],
    };
  });
  if (result.ok) return { card: channelCardFor(result.signal) };
  if (!('refused' in result)) return { text: texts.intake.cardActions.notFound };
  // Only to the presser; the message names who has it. Everyone's card follows through the card-update job.
  return refuse(result.refused.reason, result.refused.message);
}

type Change = { ok: true; signal: Signal } | Extract<TransitionResult, { ok: false }>;

/**
 * What a press changes: the new record (a lifecycle step, and what else the record gets: a question's text or a
 * transfer's note go into the sealed record only), the audit action with a reason code, and the jobs after it.
 */
type Plan =
  | {
      readonly change: (current: Signal) => Change;
      readonly audit: AuditEvent['action'];
      readonly reason?: string;
      readonly jobs: ReadonlyArray<Omit<NotificationJob, 'id' | 'teamId'>>;
    }
  | { readonly refusal: (texts: Texts) => string };

function planFor(action: SignalCardAction, actor: Actor, at: string, teamId: string, routing: RoutingTable): Plan {
  const signalId = action.signalId;
  const step =
    (command: LifecycleCommand, extend: (signal: Signal) => Signal = (s) => s) =>
    (current: Signal): Change => {
      const transition = applyTransition(lifecycleOf(current), command, actor, at);
      return transition.ok ? { ok: true, signal: extend(withLifecycle(current, transition.state)) } : transition;
    };
  const tell = (event: string) => ({ kind: 'signaller-update' as const, signalId, event });
  switch (action.verb) {
    case 'signal.claim':
      return { change: step({ verb: 'claim' }), audit: 'signal-claimed', jobs: [tell('claim')] };
    case 'signal.reopen':
      return { change: step({ verb: 'reopen' }), audit: 'signal-reopened', jobs: [tell('reopen')] };
    // Giving a signal back is the team's own business: the signaller is not told.
    case 'signal.unclaim':
      return { change: step({ verb: 'unclaim' }), audit: 'signal-unclaimed', jobs: [] };
    case 'signal.closeConfirm': {
      const outcome = CloseOutcomeSchema.safeParse(action.outcome);
      if (!outcome.success) return { refusal: (t) => t.intake.cardActions.chooseOutcome };
      const command: LifecycleCommand = { verb: 'close', outcome: outcome.data, ...(action.note ? { note: action.note } : {}) };
      return { change: step(command), audit: 'signal-closed', jobs: [tell('close')] };
    }
    case 'signal.askSend': {
      const text = QuestionTextSchema.safeParse(action.question ?? '');
      if (!text.success) return { refusal: (t) => t.intake.cardActions.writeQuestion };
      // One id for every attempt of the compare-and-set, so the job and the record name the same question.
      const id = newQuestionId();
      return {
        change: step({ verb: 'ask', questionId: id }, (signal) => withQuestion(signal, { id, askedBy: actor, askedAt: at, text: text.data })),
        audit: 'signal-question-asked',
        jobs: [{ kind: 'signaller-question', signalId, event: id }],
      };
    }
    case 'signal.takeOverConfirm': {
      const reason = TakeOverReasonSchema.safeParse(action.reason);
      if (!reason.success) return { refusal: (t) => t.intake.work.takeOver.chooseReason };
      return {
        change: step({ verb: 'take-over', reason: reason.data }),
        audit: 'signal-taken-over',
        reason: reason.data,
        jobs: [{ kind: 'thread-notice', signalId, event: 'take-over' }],
      };
    }
    case 'signal.transferConfirm': {
      const target = routing.teams.find((t) => t.id === action.team);
      const reason = TransferReasonSchema.safeParse(action.reason);
      if (!target) return { refusal: (t) => t.intake.work.transfer.chooseTeam };
      if (target.id === teamId) return { refusal: (t) => t.intake.work.transfer.sameTeam };
      if (!reason.success) return { refusal: (t) => t.intake.work.transfer.chooseReason };
      const why = { reason: reason.data, ...(action.transferNote ? { note: action.transferNote } : {}) };
      return {
        change: (current) => transferSignal(current, { teamId: target.id, teamName: target.name }, why, actor, at),
        audit: 'signal-transferred-out',
        reason: reason.data,
        // The second step (the target's copy) and the signaller's message, both delivered at least once.
        jobs: [{ kind: 'transfer', signalId }, tell('transfer')],
      };
    }
    case 'signal.acknowledge':
      return { change: step({ verb: 'acknowledge' }), audit: 'signal-withdrawal-seen', jobs: [] };
    case 'signal.phaseSet': {
      const phase = PhaseSchema.safeParse(action.phase);
      if (!phase.success) return { refusal: (t) => t.intake.work.phase.choose };
      return { change: (current) => ({ ok: true, signal: { ...current, phase: phase.data } }), audit: 'signal-phase-set', reason: phase.data, jobs: [] };
    }
    default:
      return { refusal: (t) => t.intake.cardActions.chooseOutcome };
  }
}
