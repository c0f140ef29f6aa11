import { randomUUID } from 'node:crypto';
import { ConversationState, type TurnContext } from 'botbuilder';
import { DomainError, type ConversationStore } from '../domain';
import type { Logger } from '../log';
import { TurnSnapshotStorage } from './storage-adapter';
import { attachOutbox } from './turn-outbox';

/** What the bot does with one activity, given the conversation's state for this attempt. */
export type TurnLogic = (context: TurnContext, state: ConversationState) => Promise<void>;

export interface TurnRunnerOptions {
  readonly store: ConversationStore;
  readonly log: Logger;
  /** Attempts when another turn of the same conversation keeps winning the compare-and-set. */
  readonly maxAttempts?: number;
}

/**
 * One turn in two round trips: read (state + "was this activity committed?"), run with replies held, commit
 * (compare version, write state, mark the activity done, store the replies) all or nothing, then send.
 *
 * Where a duplicate reply is still possible: a crash after the replies went out and before `markDelivered`
 * reached Redis. Teams then re-delivers (it got no 200) and the stored replies are sent a second time.
 */
export function createTurnRunner({ store, log, maxAttempts = 5 }: TurnRunnerOptions) {
  return async function runTurn(context: TurnContext, logic: TurnLogic): Promise<void> {
    const conversationId = context.activity.conversation.id;
    // Without an id a repeat cannot be recognised; the turn still gets compare-and-set.
    const activityId = context.activity.id ?? `no-id:${randomUUID()}`;
    const outbox = attachOutbox(context);
    const ids = { activityId: context.activity.id, type: context.activity.type };

    for (let attempt = 1; ; attempt++) {
      const read = await store.read(conversationId, activityId);
      if (read.kind === 'already-committed') {
        log.info({ ...ids, resent: read.undelivered.length }, 'repeat delivery of a committed activity; turn not run again');
        await deliver(read.undelivered);
        return;
      }

      outbox.hold();
      const storage = new TurnSnapshotStorage(read.snapshot.items);
      const state = new ConversationState(storage);
      await logic(context, state);
      await state.saveChanges(context);
      const replies = outbox.held();

      const result = await store.commit({
        conversationId,
        activityId,
        expectedVersion: read.snapshot.version,
        items: storage.snapshot(),
        replies,
      });
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
      if (attempt >= maxAttempts) {
        throw new DomainError('conflict', `turn lost the compare-and-set ${attempt} times`);
      }
    }

    async function deliver(replies: Parameters<typeof outbox.release>[0]): Promise<void> {
      await outbox.release(replies);
      if (replies.length === 0) return;
      try {
        await store.markDelivered(conversationId, activityId);
      } catch (err) {
        // The user has the replies; at worst a later repeat delivery sends them once more.
        log.warn({ ...ids, err }, 'could not record delivery of replies');
      }
    }
  };
}
