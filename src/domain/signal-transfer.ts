import { applyTransition, lifecycleOf, withLifecycle, type Actor, type TransferReason, type TransitionResult } from './signal-lifecycle';
import { TRANSFER_NOTE_MAX, type Signal, type Transfer } from './signal';

/**
 * Moving a signal to another team, in two steps on two queues (two Redis Cluster slots, so not one atomic step):
 * 1. this queue's copy becomes 'transferred' (with the transfer recorded) — the decision, made once by compare-and-set;
 * 2. the target queue receives its copy ({@link receivedCopy}), status 'new', idempotent on the signal id — delivered
 *    at least once by the transfer job, so a crash between the steps is completed when the job is taken again.
 * Pure: the caller passes the teams and the time.
 */

export interface TeamRef {
  readonly teamId: string;
  readonly teamName: string;
}

export type TransferResult = { ok: true; signal: Signal } | Extract<TransitionResult, { ok: false }>;

export function transferSignal(
  signal: Signal,
  to: TeamRef,
  why: { readonly reason: TransferReason; readonly note?: string },
  actor: Actor,
  at: string,
): TransferResult {
  const result = applyTransition(lifecycleOf(signal), { verb: 'transfer', toTeamId: to.teamId, reason: why.reason }, actor, at);
  if (!result.ok) return result;
  const note = why.note?.trim().slice(0, TRANSFER_NOTE_MAX);
  const transfer: Transfer = {
    at,
    by: result.event.actor,
    from: { teamId: signal.routing.teamId, teamName: signal.routing.teamName },
    to: { teamId: to.teamId, teamName: to.teamName },
    reason: why.reason,
    ...(note ? { note } : {}),
  };
  return { ok: true, signal: { ...withLifecycle(signal, result.state), transfers: [...(signal.transfers ?? []), transfer] } };
}

/** The last transfer of a transferred copy: where it went. */
export function lastTransfer(signal: Signal): Transfer | undefined {
  return signal.transfers?.at(-1);
}

/**
 * The target queue's copy of a transferred signal: new again, in the target's queue, the history going on from the
 * transfer, the claim deadline kept. Follows from the transferred copy alone, so every run of the transfer job
 * produces the same copy.
 */
export function receivedCopy(transferred: Signal): Signal | undefined {
  const transfer = lastTransfer(transferred);
  // Erased while on its way: the target never gets it (the copy here is purged as erased).
  if (transferred.status !== 'transferred' || !transfer || transferred.erasure) return undefined;
  const result = applyTransition(lifecycleOf(transferred), { verb: 'receive', fromTeamId: transfer.from.teamId }, transfer.by, transfer.at);
  if (!result.ok) return undefined;
  return withLifecycle({ ...transferred, routing: { ...transferred.routing, teamId: transfer.to.teamId, teamName: transfer.to.teamName } }, result.state);
}
