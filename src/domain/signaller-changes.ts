import { randomId } from './ids';
import { applyTransition, isOpenStatus, lifecycleOf, withLifecycle, type Actor, type TransitionResult, type WithdrawReason } from './signal-lifecycle';
import { ADDITION_MAX, WITHDRAW_NOTE_MAX, type Signal } from './signal';

/**
 * What the signaller may change after sending: add information while the wijkteam works it, or withdraw it. Pure: the
 * caller checks that the presser is the signaller, and passes the time.
 */

/**
 * Whose signal it is, as index keys: the Entra object id within its tenant (which survives a new conversation id), or
 * for a signal sent without one, the 1:1 conversation it came from.
 */
export function signallerKeysOf(who: { readonly aadObjectId?: string; readonly tenantId?: string; readonly conversationId: string }): string[] {
  const keys = [`conv:${who.conversationId}`];
  if (who.aadObjectId && who.tenantId) keys.unshift(`aad:${who.tenantId.toLowerCase()}:${who.aadObjectId.toLowerCase()}`);
  return keys;
}

/** The one key a signal is indexed under: by object id when it has one. */
export const ownerKeyOf = (signal: Signal): string =>
  signallerKeysOf({
    aadObjectId: signal.signaller.aadObjectId,
    tenantId: signal.signaller.reference.tenantId,
    conversationId: signal.signaller.reference.conversationId,
  })[0] ?? `conv:${signal.signaller.reference.conversationId}`;

/** Whether this Teams user sent the signal: the same Teams user id, or the same Entra object. */
export function isSentBy(signal: Signal, who: { readonly id: string; readonly aadObjectId?: string }): boolean {
  const stored = signal.signaller.aadObjectId?.toLowerCase();
  const presser = who.aadObjectId?.toLowerCase();
  return who.id === signal.signaller.reference.userId || (stored !== undefined && presser !== undefined && stored === presser);
}

/** The signaller as the history records them: their role, never their Teams name. */
export const SIGNALLER_ACTOR_NAME = 'melder';
export const signallerActor = (signal: Signal): Actor => ({ aadObjectId: signal.signaller.aadObjectId ?? 'signaller', name: SIGNALLER_ACTOR_NAME });

export function newAdditionId(): string {
  return randomId('a_');
}

export type SignallerChange = { ok: true; signal: Signal } | { ok: false; reason: 'not-open' | 'too-many' | 'too-long' };

/** Information added to an open signal (new, claimed or waiting); a closed, withdrawn or moved one takes none. */
export function withAddition(signal: Signal, addition: { readonly id: string; readonly at: string; readonly text: string }): SignallerChange {
  if (!isOpenStatus(signal.status)) return { ok: false, reason: 'not-open' };
  const text = addition.text.trim();
  if (text.length === 0 || text.length > ADDITION_MAX) return { ok: false, reason: 'too-long' };
  const additions = signal.additions ?? [];
  // A rerun of the same change (compare-and-set lost) must not add it twice.
  if (additions.some((a) => a.id === addition.id)) return { ok: true, signal };
  if (additions.length >= 20) return { ok: false, reason: 'too-many' };
  return { ok: true, signal: { ...signal, additions: [...additions, { id: addition.id, at: addition.at, text }] } };
}

/** Withdrawn by the signaller, with a reason code and maybe a note; nothing is deleted (retention decides that). */
export function withdrawSignal(
  signal: Signal,
  why: { readonly reason: WithdrawReason; readonly note?: string },
  at: string,
): { ok: true; signal: Signal } | Extract<TransitionResult, { ok: false }> {
  const result = applyTransition(lifecycleOf(signal), { verb: 'withdraw', reason: why.reason }, signallerActor(signal), at);
  if (!result.ok) return result;
  const note = why.note?.trim().slice(0, WITHDRAW_NOTE_MAX);
  return { ok: true, signal: { ...withLifecycle(signal, result.state), withdrawal: { at, reason: why.reason, ...(note ? { note } : {}) } } };
}
