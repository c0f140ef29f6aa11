import { randomUUID } from 'node:crypto';
import { ConversationState, type TurnContext } from 'botbuilder';
import { DomainError, isDomainError, type Clock, type ConversationStore, type HeldReply } from '../domain';
import type { Logger } from '../runtime/log';
import { TurnSnapshotStorage } from './storage-adapter';
import { attachOutbox, type TurnOutbox } from './turn-outbox';

/** What the bot does with one activity, given the conversation's state for this attempt. */
export type TurnLogic = (context: TurnContext, state: ConversationState) => Promise<void>;

export interface TurnRunnerOptions {
  readonly store: ConversationStore;
  readonly clock: Clock;
  readonly log: Logger;
  /** Attempts when another turn of the same conversation keeps winning the compare-and-set. */
  readonly maxAttempts?: number;
  /** How long the committing run has to deliver its replies before a repeat delivery may take over. */
  readonly deliveryLeaseMs?: number;
}

export const TURN_CHANGED_NOTHING = 'turn changed nothing; not committed';

/** A repeat delivery arrived while the first run is still sending: answer 503, Teams asks again later. */
export const DELIVERY_IN_PROGRESS = 'delivery in progress';

/**
 * One turn in two round trips: read (state + "was this activity committed?"), run with replies held, commit
 * (compare version, write state, mark the activity done, store the replies with a delivery lease) all or nothing,
 * then send, then one more write records the delivery.
 *
 * Where a reply can still go out twice: a crash after a reply went out and before its delivery was recorded (the
 * final write, or the progress written when a later reply fails); Teams then re-delivers and the claimer re-sends
 * it. Everything else is once: a repeat during the lease gets 503, a repeat after the lease sends only what is
 * not recorded as delivered.
 */
export function createTurnRunner({ store, clock, log, maxAttempts = 5, deliveryLeaseMs = 20_000 }: TurnRunnerOptions) {
  return async function runTurn(context: TurnContext, logic: TurnLogic): Promise<void> {
    const outbox = attachOutbox(context);
    try {
      await runAttempts(context, logic, outbox);
    } catch (err) {
      // Nothing of a failed turn was committed, so nothing it held may go out; whoever handles the failure may speak.
      outbox.release();
      throw err;
    }
  };

  async function runAttempts(context: TurnContext, logic: TurnLogic, outbox: TurnOutbox): Promise<void> {
    const conversationId = context.activity.conversation.id;
    // Without an id a repeat cannot be recognised; the turn still gets compare-and-set.
    const activityId = context.activity.id ?? `no-id:${randomUUID()}`;
    const ids = { activityId: context.activity.id, type: context.activity.type };
    const deliver = createDeliverer({ store, log, outbox, conversationId, activityId, ids });

    for (let attempt = 1; ; attempt++) {
      const read = await store.read(conversationId, activityId).catch(unreachable);
      if (read.kind === 'already-committed') {
        if (read.invokeAnswer) await outbox.answerInvoke(read.invokeAnswer);
        log.info({ ...ids, undelivered: read.undelivered.length }, 'repeat delivery of a committed activity; turn not run again');
        if (read.undelivered.length === 0) return;
        const now = clock.now();
        if (!(await store.claimDelivery(conversationId, activityId, now, now + deliveryLeaseMs))) {
          throw new DomainError('conflict', DELIVERY_IN_PROGRESS);
        }
        await deliver(read.undelivered);
        return;
      }

      outbox.hold();
      const storage = new TurnSnapshotStorage(read.snapshot.items);
      const state = new ConversationState(storage);
      await logic(context, state);
      await state.saveChanges(context);
      const replies = outbox.held();
      const invokeAnswer = outbox.invokeAnswer();
      const items = storage.snapshot();

      // Typing, reactions and other activities that change nothing are not committed: no version bump to
      // conflict with real turns, and nothing a repeat could duplicate.
      if (replies.length === 0 && invokeAnswer === undefined && JSON.stringify(items) === JSON.stringify(read.snapshot.items)) {
        log.debug(ids, TURN_CHANGED_NOTHING);
        return;
      }

      const result = await store
        .commit({
          conversationId,
          activityId,
          expectedVersion: read.snapshot.version,
          items,
          replies,
          invokeAnswer,
          leaseUntil: clock.now() + deliveryLeaseMs,
        })
        .catch(unreachable);
      if (result === 'committed') {
        await deliver(replies);
        return;
      }
      if (result === 'already-committed') {
        // A parallel run of this same activity committed first; it sends its own replies.
        log.info(ids, 'parallel run of this activity committed first; nothing sent');
        return;
      }
      log.debug({ ...ids, attempt }, 'conversation changed during the turn; running it again on fresh state');
      if (attempt >= maxAttempts) throw new DomainError('conflict', `turn lost the compare-and-set ${attempt} times`);
    }
  }
}

/** The conversation store did not answer (Redis down, a timeout): said as such, so the turn handler can tell the user. */
function unreachable(err: unknown): never {
  if (isDomainError(err)) throw err;
  throw new DomainError('unavailable', 'conversation store unreachable', { cause: err });
}

function createDeliverer(deps: {
  store: ConversationStore;
  log: Logger;
  outbox: TurnOutbox;
  conversationId: string;
  activityId: string;
  ids: Record<string, unknown>;
}) {
  const { store, log, outbox, conversationId, activityId, ids } = deps;
  return async function deliver(replies: readonly HeldReply[]): Promise<void> {
    for (const [index, reply] of replies.entries()) {
      try {
        await outbox.send(reply);
      } catch (err) {
        // Record what did go out and release the lease, so the repeat delivery Teams will make sends only the rest.
        await store
          .markDelivered(conversationId, activityId, index)
          .catch((recordErr: unknown) => log.warn({ ...ids, err: recordErr }, 'could not record partial delivery'));
        throw err;
      }
    }
    if (replies.length === 0) return;
    try {
      await store.markDelivered(conversationId, activityId);
    } catch (err) {
      // The user has the replies; at worst a later repeat delivery sends them once more.
      log.warn({ ...ids, err }, 'could not record delivery of replies');
    }
  };
}
