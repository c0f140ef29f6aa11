import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import type { HeldReply } from '../domain';

/**
 * These leave at once even while replies are held: an invoke's response travels back in the HTTP response of the
 * very request being processed, and traces are diagnostics that never reach a user.
 */
const PASS_THROUGH = new Set(['invokeResponse', 'trace']);

export interface TurnOutbox {
  /** Start holding replies, dropping whatever an earlier attempt of this turn held. */
  hold(): void;
  held(): HeldReply[];
  /** Send replies for real: the held ones after commit, or stored ones on a repeat delivery. */
  release(replies: readonly HeldReply[]): Promise<void>;
}

/** Installs one send handler on the context; holding or passing is switched per attempt, not re-installed. */
export function attachOutbox(context: TurnContext): TurnOutbox {
  let holding = false;
  let held: HeldReply[] = [];

  context.onSendActivities(async (_ctx, activities, next) => {
    if (!holding) return next();
    const passing: Partial<Activity>[] = [];
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (PASS_THROUGH.has(activity.type ?? '')) {
        passing.push(activity);
      } else {
        // JSON round trip: what is committed must be exactly what would have been sent.
        held.push(JSON.parse(JSON.stringify(activity)) as HeldReply);
        responses.push({ id: '' });
      }
    }
    if (passing.length === 0) return responses;
    activities.splice(0, activities.length, ...passing);
    return [...(await next()), ...responses];
  });

  return {
    hold() {
      holding = true;
      held = [];
    },
    held: () => [...held],
    async release(replies) {
      holding = false;
      if (replies.length > 0) await context.sendActivities(replies as Partial<Activity>[]);
    },
  };
}
