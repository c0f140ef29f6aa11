import {
  applyTransition,
  CLOSE_OUTCOMES,
  CloseOutcomeSchema,
  lifecycleOf,
  newQuestionId,
  QuestionTextSchema,
  withLifecycle,
  withQuestion,
  type Actor,
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
import type { InvokeReply } from '../toolkit/cards';
import type { HandlerResult, Incoming, TurnTools } from '../toolkit/feature';
import { intakeTexts } from '../texts';
import { askCard } from './cards/ask-card';
import { cardVersionOf, channelCardFor } from './cards/channel-card';
import { closeCard } from './cards/close-card';
import { signalDetailsCard } from './cards/details-card';
import { parseSignalCardAction, type SignalCardAction } from './cards/signal-card-action';

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
  const team = deps.routing.teams.find((t) => t.id === teamId);
  const channelCard = (s: Signal) => channelCardFor(s, team);

  switch (action.verb) {
    case 'signal.details':
      // Only an invoke answers the presser alone; a Submit fallback's answer would be a message the whole channel
      // sees, so older clients get no details.
      if (incoming.type !== 'invoke') return { text: texts.intake.cardActions.detailsNeedsNewerTeams };
      await audit({ action: 'signal-viewed', teamId, signalId: signal.id });
      return { card: signalDetailsCard(signal, texts, cardVersionOf(signal)) };
    case 'signal.cancel':
      return { card: channelCard(signal) };
    case 'signal.close':
    case 'signal.ask': {
      // Only who may do it now gets the form: a colleague hears who has the signal before typing anything.
      const state = lifecycleOf(signal);
      const trial = applyTransition(
        state,
        action.verb === 'signal.ask' ? { verb: 'ask', questionId: newQuestionId() } : { verb: 'close', outcome: CLOSE_OUTCOMES[0] },
        actor,
        at,
      );
      if (!trial.ok) {
        await audit({ action: 'action-refused', teamId, signalId: signal.id, reason: trial.reason });
        return { text: texts.intake.refusal(trial, state) };
      }
      return { card: action.verb === 'signal.ask' ? askCard(signal, texts, cardVersionOf(signal)) : closeCard(signal, texts, cardVersionOf(signal)) };
    }
    case 'signal.noContact':
    case 'signal.askSend':
      // The channel card shows a disabled button then, but an older client or a forged press still arrives here.
      if (!signal.signaller.willingToBeContacted) {
        await audit({ action: 'action-refused', teamId, signalId: signal.id, reason: 'no-contact' });
        return { text: texts.intake.signalCard.ask.noContact };
      }
      if (action.verb === 'signal.noContact') return { card: channelCard(signal) };
      break;
    default:
      break;
  }

  const plan = planFor(action, actor, at);
  if ('refusal' in plan) return { text: texts.intake.cardActions[plan.refusal] };
  const { command } = plan;
  const result = await deps.signals.update<{ reason: string; message: string }>(teamId, signal.id, (current) => {
    // The lifecycle's refusal first: it says what is the matter ("al opgepakt door ..."). A press on an older card
    // that would still be allowed is refused too: the presser decided on a state that is gone.
    const transition = applyTransition(lifecycleOf(current), command, actor, at);
    if (!transition.ok) return { refused: { reason: transition.reason, message: texts.intake.refusal(transition, lifecycleOf(current)) } };
    if (cardVersionOf(current) !== action.cardVersion) return { refused: { reason: 'outdated-card', message: texts.intake.cardActions.outdated } };
    return {
      signal: plan.extend(withLifecycle(current, transition.state)),
      audit: { at, actor: actor.aadObjectId, action: AUDIT_ACTION[command.verb], teamId, signalId: current.id },
      jobs: [{ kind: 'card-update', signalId: current.id }, plan.tell],
    };
  });
  if (result.ok) return { card: channelCard(result.signal) };
  if (!('refused' in result)) return { text: texts.intake.cardActions.notFound };
  await audit({ action: 'action-refused', teamId, signalId: signal.id, reason: result.refused.reason });
  // Only to the presser; the message names who has it. Everyone's card follows through the card-update job.
  return { text: result.refused.message };
}

const AUDIT_ACTION = {
  claim: 'signal-claimed',
  close: 'signal-closed',
  reopen: 'signal-reopened',
  ask: 'signal-question-asked',
  answer: 'signal-question-answered',
} as const satisfies Record<LifecycleCommand['verb'], AuditEvent['action']>;

/**
 * What a press changes: the lifecycle command, what else the record gets (a question's text goes into the sealed
 * record only; the command carries its id), and how the signaller hears of it.
 */
type Plan =
  | { readonly command: LifecycleCommand; readonly extend: (signal: Signal) => Signal; readonly tell: Omit<NotificationJob, 'id' | 'teamId'> }
  | { readonly refusal: 'chooseOutcome' | 'writeQuestion' };

function planFor(action: SignalCardAction, actor: Actor, at: string): Plan {
  const tellAbout = (command: LifecycleCommand): Plan => ({
    command,
    extend: (signal) => signal,
    tell: { kind: 'signaller-update', signalId: action.signalId, event: command.verb },
  });
  switch (action.verb) {
    case 'signal.claim':
      return tellAbout({ verb: 'claim' });
    case 'signal.reopen':
      return tellAbout({ verb: 'reopen' });
    case 'signal.closeConfirm': {
      const outcome = CloseOutcomeSchema.safeParse(action.outcome);
      if (!outcome.success) return { refusal: 'chooseOutcome' };
      return tellAbout({ verb: 'close', outcome: outcome.data, ...(action.note ? { note: action.note } : {}) });
    }
    case 'signal.askSend': {
      const text = QuestionTextSchema.safeParse(action.question ?? '');
      if (!text.success) return { refusal: 'writeQuestion' };
      // One id for every attempt of the compare-and-set, so the job and the record name the same question.
      const id = newQuestionId();
      return {
        command: { verb: 'ask', questionId: id },
        extend: (signal) => withQuestion(signal, { id, askedBy: actor, askedAt: at, text: text.data }),
        tell: { kind: 'signaller-question', signalId: action.signalId, event: id },
      };
    }
    default:
      return { refusal: 'chooseOutcome' };
  }
}
