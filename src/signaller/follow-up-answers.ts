import { FollowUpAnswerSchema, isSentBy, withFollowUpAnswer, type AuditLog, type Clock, type RoutingTable, type SignalStore } from '../domain';
import { adaptiveCard } from '../toolkit/cards';
import type { HandlerResult, Incoming, OutgoingMessage, TurnTools } from '../toolkit/feature';
import { textsFor } from '../texts';
import { FollowUpPressSchema } from './cards/follow-up-card';
import { typedTextCheck } from './cards/mine-cards';
import { whereNow } from './my-signals';

export interface FollowUpAnswerDeps {
  readonly signals: SignalStore;
  readonly audit: AuditLog;
  readonly routing: RoutingTable;
  readonly clock: Clock;
}

/**
 * The signaller answers afweging question 5 from its card. "Nee" or "weet ik niet" gets the advice to report to Veilig
 * Thuis, and the wijkteam hears it in the card's thread (that it is, never the note) and reads it in Details; "ja"
 * is recorded. The note is checked like every free text. Answered once; a second press changes nothing.
 */
export async function handleFollowUpAnswer(incoming: Incoming, tools: TurnTools, deps: FollowUpAnswerDeps): Promise<HandlerResult> {
  return { replies: await tools.once('follow-up-answer', () => decide(incoming, deps)) };
}

async function decide(incoming: Incoming, deps: FollowUpAnswerDeps): Promise<OutgoingMessage[]> {
  const local = textsFor(incoming.locale).mine;
  const press = FollowUpPressSchema.safeParse(incoming.value);
  if (!press.success) return [local.notFound];
  const { teamId, signalId } = press.data;
  // Asked before a transfer: the answer belongs to the copy where it is now, and its team hears of it.
  const signal = deps.routing.teams.some((t) => t.id === teamId) ? await whereNow(deps.signals, teamId, signalId) : undefined;
  if (!signal) return [local.notFound];
  const queue = signal.routing.teamId;
  const at = new Date(deps.clock.now()).toISOString();
  if (!isSentBy(signal, incoming.from)) {
    await deps.audit.record({
      at,
      actor: (incoming.from.aadObjectId ?? incoming.from.id).toLowerCase(),
      action: 'action-refused',
      teamId,
      signalId,
      reason: 'not-the-signaller',
    });
    return [local.notYours];
  }
  const texts = textsFor(signal.language);
  const t = texts.mine.followUp;
  if (signal.followUp?.answer) return [t.already];
  const answer = FollowUpAnswerSchema.safeParse(press.data.answer);
  if (!answer.success) return [t.chooseAnswer];
  const note = press.data.note?.trim() ?? '';
  const check = typedTextCheck(note, press.data, signal, texts);
  if (check) return [{ attachments: [adaptiveCard(check)] }];

  const worried = answer.data !== 'yes';
  const result = await deps.signals.update<string>(queue, signalId, (current) => {
    const answered = withFollowUpAnswer(current, { answer: answer.data, ...(note ? { note } : {}) }, at);
    if (!answered.ok) return { refused: answered.reason };
    return {
      signal: answered.signal,
      audit: { at, actor: signal.signaller.aadObjectId ?? 'signaller', action: 'follow-up-answered', teamId: queue, signalId, reason: answer.data },
      jobs: worried ? [{ kind: 'thread-notice', signalId, event: 'follow-up' }] : [],
    };
  });
  if (!result.ok) return [t.already];
  return [worried ? t.advice(signal.routing.teamName) : t.thanks];
}
