import type { TurnContext } from 'botbuilder';
import { textsFor } from '../texts';
import { isDomainError, type Clock, type ConversationStore } from '../domain';
import type { Logger } from '../runtime/log';
import { isTenantAllowed, tenantOf } from './tenant-guard';
import { replyWhileStoreDown } from './store-down-reply';
import { createTurnRunner, type TurnLogic } from './turn-runner';

/** Wraps whatever the turn itself threw, so it is never mistaken for an authentication failure of the request. */
export class TurnFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('turn failed', { cause });
    this.name = 'TurnFailure';
  }
}

export interface TurnHandlerDeps {
  readonly allowedTenants: ReadonlySet<string> | 'any';
  readonly store: ConversationStore;
  readonly clock: Clock;
  readonly log: Logger;
  readonly logic: TurnLogic;
}

/** What runs for every authenticated activity: the tenant guard, then the two-round-trip turn. */
export function createTurnHandler({ allowedTenants, store, clock, log, logic }: TurnHandlerDeps) {
  const runTurn = createTurnRunner({ store, clock, log });
  return async (context: TurnContext): Promise<void> => {
    try {
      const tenantId = tenantOf(context.activity);
      if (!isTenantAllowed(tenantId, allowedTenants)) {
        log.warn({ activityId: context.activity.id, tenantId }, 'activity from a tenant that is not allowed; refused');
        if (context.activity.type === 'message') await context.sendActivity(textsFor(context.activity.locale).tenantRefused);
        return;
      }
      await runTurn(context, logic);
    } catch (err) {
      // A message that cannot be kept is answered rather than failed: the person learns it was not saved (and, when
      // it names danger, what to do now); a redelivery later would apply it behind their back.
      if (isDomainError(err, 'unavailable') && context.activity.type === 'message') {
        log.warn({ activityId: context.activity.id, err }, 'state store unreachable; message answered, not kept');
        await replyWhileStoreDown(context);
        return;
      }
      throw new TurnFailure(err);
    }
  };
}
