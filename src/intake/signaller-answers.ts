import { z } from 'zod';
import {
  AnswerTextSchema,
  applyTransition,
  checkTypedText,
  lifecycleOf,
  questionOf,
  SIGNAL_ANSWER_MAX,
  SignalIdSchema,
  SignalQuestionIdSchema,
  isSentBy,
  signallerActor,
  TeamIdSchema,
  withAnswer,
  withLifecycle,
  type Actor,
  type AuditEvent,
  type AuditLog,
  type Clock,
  type RoutingTable,
  type Signal,
  type SignalStore,
} from '../domain';
import { adaptiveCard } from '../toolkit/cards';
import type { HandlerResult, Incoming, OutgoingMessage, TurnTools } from '../toolkit/feature';
import { textsFor } from '../texts';
import { answerDangerCheckCard } from './cards/answer-danger-check';
import { answerIdentifyingCheckCard } from './cards/answer-identifying-check';
import { SIGNAL_ANSWER_WS } from './cards/question-card';

export interface SignallerAnswerDeps {
  readonly signals: SignalStore;
  readonly audit: AuditLog;
  readonly routing: RoutingTable;
  readonly clock: Clock;
}

/** What the question card's "send answer" button brings back: its data (see signallerQuestionCard) plus the field. */
const AnswerPressSchema = z.object({
  ws: z.literal(SIGNAL_ANSWER_WS),
  signalId: SignalIdSchema,
  teamId: TeamIdSchema,
  questionId: SignalQuestionIdSchema,
  answer: z.string().optional(),
  /** Pressed on the danger check (answer-danger-check.ts): the signaller says there is no direct danger now. */
  noDangerNow: z.literal(true).optional(),
  /** Pressed on the identifying check (answer-identifying-check.ts): the signaller says it is not a name. */
  notIdentifying: z.literal(true).optional(),
});

/** A press of a question card's button; the router sends it here before the dialogue ever sees it. */
export function isSignalAnswer(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { ws?: unknown }).ws === SIGNAL_ANSWER_WS;
}

/**
 * The signaller answers a wijkteam question from its card in the 1:1 chat. The answer is stored on its question in
 * the sealed record, together (one atomic step) with the lifecycle's 'answer', the card update, the notice in the
 * card's thread and the audit event. Conversation state is not touched, so a dialogue in progress stays as it was.
 */
export async function handleSignallerAnswer(incoming: Incoming, tools: TurnTools, deps: SignallerAnswerDeps): Promise<HandlerResult> {
  // A rerun of the turn (another turn of this chat committed first) says what the first run said: the answer is
  // stored already, and "already answered" would be wrong.
  const reply = await tools.once('signaller-answer', () => decide(incoming, deps));
  return { replies: typeof reply === 'string' ? [reply] : reply };
}

async function decide(activity: Incoming, deps: SignallerAnswerDeps): Promise<string | OutgoingMessage[]> {
  const local = textsFor(activity.locale).intake.signallerQuestions;
  const at = new Date(deps.clock.now()).toISOString();
  const press = AnswerPressSchema.safeParse(activity.value);
  if (!press.success) return local.notFound;
  const { signalId, teamId, questionId } = press.data;
  // Only a queue the routing knows: the team id comes from the card, so it is not trusted to name a key.
  const team = deps.routing.teams.find((t) => t.id === teamId);
  const signal = team ? await deps.signals.get(teamId, signalId) : undefined;
  if (!team || !signal) return local.notFound;
  const audit = (event: Pick<AuditEvent, 'action' | 'actor' | 'reason'>) => deps.audit.record({ at, teamId, signalId, ...event });

  if (!isSentBy(signal, activity.from)) {
    await audit({ action: 'action-refused', actor: (activity.from.aadObjectId ?? activity.from.id).toLowerCase(), reason: 'not-the-signaller' });
    return local.notYours;
  }
  const texts = textsFor(signal.language).intake.signallerQuestions;
  // The same actor id the submit was audited with; the role, not the Teams name.
  const actor: Actor = signallerActor(signal);
  const signallerId = actor.aadObjectId;

  // Not open any more (answered, or the signal was closed): say so before asking for text, so a second press of the
  // same card never reads as "type your answer".
  if (!isOpen(signal, questionId)) {
    await audit({ action: 'action-refused', actor: signallerId, reason: 'question-not-open' });
    return texts.alreadyAnswered;
  }
  const text = AnswerTextSchema.safeParse(press.data.answer ?? '');
  if (!text.success) return texts.writeAnswer(SIGNAL_ANSWER_MAX);
  const { ws, signalId: id, teamId: queue, questionId: question, noDangerNow } = press.data;
  const data = { ws, signalId: id, teamId: queue, questionId: question };
  // Danger first (nothing passed on until the signaller says there is none right now); an anonymous consultation
  // stays anonymous in what the signaller adds later, too.
  const finding = checkTypedText(text.data, signal, { noDangerNow, notIdentifying: press.data.notIdentifying });
  if (finding?.kind === 'danger') {
    return [{ attachments: [adaptiveCard(answerDangerCheckCard(data, text.data, textsFor(signal.language)))] }];
  }
  if (finding?.kind === 'identifying') {
    const card = answerIdentifyingCheckCard({ ...data, ...(noDangerNow && { noDangerNow }) }, text.data, finding.found, textsFor(signal.language));
    return [{ attachments: [adaptiveCard(card)] }];
  }

  const result = await deps.signals.update<string>(teamId, signalId, (current) => {
    const transition = applyTransition(lifecycleOf(current), { verb: 'answer', questionId }, actor, at);
    if (!transition.ok) return { refused: transition.reason };
    const answered = withAnswer(withLifecycle(current, transition.state), questionId, { text: text.data, at });
    if (!answered) return { refused: 'question-not-open' };
    return {
      signal: answered,
      audit: { at, actor: signallerId, action: 'signal-question-answered', teamId, signalId },
      jobs: [
        { kind: 'card-update', signalId },
        { kind: 'post-answer', signalId, event: questionId },
      ],
    };
  });
  if (result.ok) return texts.thanks(team.name);
  if ('notFound' in result) return local.notFound;
  await audit({ action: 'action-refused', actor: signallerId, reason: result.refused });
  return texts.alreadyAnswered;
}

function isOpen(signal: Signal, questionId: string): boolean {
  const question = questionOf(signal, questionId);
  return question !== undefined && question.answer === undefined && lifecycleOf(signal).pendingQuestionId === questionId;
}
