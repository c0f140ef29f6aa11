import {
  ADDITION_MAX,
  isSentBy,
  lastTransfer,
  newAdditionId,
  signallerKeysOf,
  withAddition,
  withdrawSignal,
  WithdrawReasonSchema,
  type AuditEvent,
  type AuditLog,
  type Clock,
  type RoutingTable,
  type Signal,
  type SignalStore,
} from '../domain';
import { adaptiveCard, type CardJson } from '../toolkit/cards';
import type { HandlerResult, Incoming, OutgoingMessage, TurnTools } from '../toolkit/feature';
import { textsFor, type Texts } from '../texts';
import { addInfoCard, mySignalsCard, recordCard, typedTextCheck, withdrawCard } from './cards/mine-cards';
import { MinePressSchema, type MinePress } from './cards/mine-press';
import { recordText } from './record';

export interface MySignalsDeps {
  readonly signals: SignalStore;
  readonly audit: AuditLog;
  readonly routing: RoutingTable;
  readonly clock: Clock;
}

/** How many of their newest signals the list shows. */
export const MY_SIGNALS_SHOWN = 10;
/** A signal moved between teams is followed to where it is now, at most this many moves. */
const MAX_MOVES = 5;

const COMMANDS = new Set(['mijn signalen', 'mijn signaal', 'status', 'my signals']);

/** "mijn signalen" (or "status") as a whole message, in any case and with a trailing full stop. */
export function isMySignalsCommand(text: string | undefined): boolean {
  return COMMANDS.has(
    (text ?? '')
      .trim()
      .toLowerCase()
      .replace(/[.!?]+$/, ''),
  );
}

/**
 * "mijn signalen" in the 1:1 chat, at any point (a draft in progress is left as it is): the signaller's own signals,
 * newest first, found through their index (never a scan), each followed to the team that has it now.
 */
export async function handleMySignals(incoming: Incoming, deps: MySignalsDeps, draftWaits: boolean): Promise<HandlerResult> {
  const texts = textsFor(incoming.locale);
  const owners = signallerKeysOf({ aadObjectId: incoming.from.aadObjectId, tenantId: incoming.tenantId, conversationId: incoming.conversationId });
  const found = await deps.signals.signalsOf(owners, MY_SIGNALS_SHOWN);
  const located = await Promise.all(found.map((f) => whereNow(deps.signals, f.teamId, f.signalId)));
  // A moved signal is indexed where it was and where it is: both lead to the same copy, shown once.
  // A stub kept only for the follow-up has nothing left to show or act on.
  const signals = located.filter(
    (s, i): s is Signal => s !== undefined && !s.redactedAt && isSentBy(s, incoming.from) && located.findIndex((o) => o?.id === s.id) === i,
  );
  return { replies: [card(mySignalsCard(signals, texts, draftWaits))] };
}

/** The signal where it is now: a transferred copy points to the team that received it. */
export async function whereNow(signals: SignalStore, teamId: string, signalId: string): Promise<Signal | undefined> {
  let signal = await signals.get(teamId, signalId);
  for (let moves = 0; signal?.status === 'transferred' && moves < MAX_MOVES; moves++) {
    const to = lastTransfer(signal)?.to.teamId;
    signal = to ? await signals.get(to, signalId) : undefined;
  }
  return signal;
}

/** A press on "mijn signalen" or one of its forms. Each change happens once, however often the turn runs. */
export async function handleMinePress(incoming: Incoming, tools: TurnTools, deps: MySignalsDeps): Promise<HandlerResult> {
  const replies = await tools.once('mine-press', () => decide(incoming, deps));
  return { replies };
}

async function decide(incoming: Incoming, deps: MySignalsDeps): Promise<OutgoingMessage[]> {
  const local = textsFor(incoming.locale).mine;
  const press = MinePressSchema.safeParse(incoming.value);
  if (!press.success) return [local.notFound];
  const { teamId, signalId, verb } = press.data;
  // The team id comes from the card: only a queue the routing knows names a key.
  // A card from before a transfer names the team it left: act on the copy where it is now.
  const signal = deps.routing.teams.some((t) => t.id === teamId) ? await whereNow(deps.signals, teamId, signalId) : undefined;
  if (!signal || signal.redactedAt) return [local.notFound];
  const at = new Date(deps.clock.now()).toISOString();
  const actor = (incoming.from.aadObjectId ?? incoming.from.id).toLowerCase();
  const audit = (event: Pick<AuditEvent, 'action' | 'reason'>) => deps.audit.record({ at, actor, teamId: signal.routing.teamId, signalId, ...event });
  if (!isSentBy(signal, incoming.from)) {
    await audit({ action: 'action-refused', reason: 'not-the-signaller' });
    return [local.notYours];
  }
  const texts = textsFor(signal.language);
  const t = texts.mine;

  switch (verb) {
    case 'record':
      return [card(recordCard(signal, recordText(signal, texts), texts))];
    case 'addInfo':
      return signal.status === 'withdrawn' || signal.status === 'closed' ? [t.addInfo.notOpen] : [card(addInfoCard(signal, texts))];
    case 'withdraw':
      if (signal.status === 'closed') return [t.withdraw.closed(signal.reference)];
      if (signal.status === 'withdrawn') return [t.withdraw.already(signal.reference)];
      return [card(withdrawCard(signal, texts))];
    case 'addInfoSend':
      return addInformation(signal, press.data, texts, at, deps);
    case 'withdrawConfirm':
      return withdraw(signal, press.data, texts, at, deps);
  }
}

async function addInformation(signal: Signal, press: MinePress, texts: Texts, at: string, deps: MySignalsDeps): Promise<OutgoingMessage[]> {
  const t = texts.mine.addInfo;
  const text = press.info?.trim() ?? '';
  if (text === '') return [t.write(ADDITION_MAX)];
  // Danger first, and nothing stored until the signaller says there is none right now; names stay out of a
  // consultation: the same checks as every other free text.
  const check = typedTextCheck(text, press, signal, texts);
  if (check) return [card(check)];
  const id = newAdditionId();
  const result = await deps.signals.update<'not-open' | 'too-many' | 'too-long'>(signal.routing.teamId, signal.id, (current) => {
    const added = withAddition(current, { id, at, text });
    if (!added.ok) return { refused: added.reason };
    return {
      signal: added.signal,
      audit: { at, actor: signal.signaller.aadObjectId ?? 'signaller', action: 'signal-added-to', teamId: current.routing.teamId, signalId: current.id },
      jobs: [{ kind: 'thread-notice', signalId: current.id, event: 'addition' }],
    };
  });
  if (result.ok) return [t.thanks(result.signal.routing.teamName)];
  if ('notFound' in result) return [texts.mine.notFound];
  return [result.refused === 'too-many' ? t.tooMany : t.notOpen];
}

async function withdraw(signal: Signal, press: MinePress, texts: Texts, at: string, deps: MySignalsDeps): Promise<OutgoingMessage[]> {
  const t = texts.mine.withdraw;
  const reason = WithdrawReasonSchema.safeParse(press.reason);
  if (!reason.success) return [t.chooseReason];
  // The note is free text like any other: danger first, and no names in a consultation.
  const check = typedTextCheck(press.note?.trim() ?? '', press, signal, texts);
  if (check) return [card(check)];
  const result = await deps.signals.update<string>(signal.routing.teamId, signal.id, (current) => {
    const withdrawn = withdrawSignal(current, { reason: reason.data, ...(press.note ? { note: press.note } : {}) }, at);
    if (!withdrawn.ok) return { refused: withdrawn.reason };
    return {
      signal: withdrawn.signal,
      audit: {
        at,
        actor: signal.signaller.aadObjectId ?? 'signaller',
        action: 'signal-withdrawn',
        teamId: current.routing.teamId,
        signalId: current.id,
        reason: reason.data,
      },
      jobs: [
        { kind: 'card-update', signalId: current.id },
        { kind: 'thread-notice', signalId: current.id, event: 'withdraw' },
      ],
    };
  });
  if (result.ok) return [t.done(signal.reference, result.signal.routing.teamName)];
  if ('notFound' in result) return [texts.mine.notFound];
  return [result.refused === 'withdrawn' ? t.already(signal.reference) : t.closed(signal.reference)];
}

const card = (content: CardJson): OutgoingMessage => ({ attachments: [adaptiveCard(content)] });
