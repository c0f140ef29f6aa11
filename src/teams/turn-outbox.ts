import { INVOKE_RESPONSE_KEY, type Activity, type ResourceResponse, type TurnContext } from 'botbuilder';
import type { HeldReply, InvokeAnswer } from '../domain';

/**
 * These leave at once even while replies are held: an invoke's response travels back in the HTTP response of the
 * very request being processed, and traces are diagnostics that never reach a user.
 */
const PASS_THROUGH = new Set(['invokeResponse', 'trace']);

export interface TurnOutbox {
  /** Start holding replies, dropping whatever an earlier attempt of this turn held or answered. */
  hold(): void;
  held(): HeldReply[];
  /** The invoke answer this attempt gave, if any, to store with the commit. */
  invokeAnswer(): InvokeAnswer | undefined;
  /** Stop holding: what the failed attempt held is dropped, and what is sent from now on leaves at once. */
  release(): void;
  /** Send one reply for real. */
  send(reply: HeldReply): Promise<void>;
  /** Answer an invoke again, as a repeat delivery must. */
  answerInvoke(answer: InvokeAnswer): Promise<void>;
}

/** Installs one send handler on the context; holding or passing is switched per attempt, not re-installed. */
export function attachOutbox(context: TurnContext): TurnOutbox {
  let holding = false;
  let held: HeldReply[] = [];

  context.onSendActivities(async (_ctx, activities, next) => {
    if (!holding) return next();
    const responses: ResourceResponse[] = activities.map(() => ({ id: '' }));
    const passing: Array<{ index: number; activity: Partial<Activity> }> = [];
    activities.forEach((activity, index) => {
      if (PASS_THROUGH.has(activity.type ?? '')) passing.push({ index, activity });
      // JSON round trip: what is committed must be exactly what would have been sent.
      else held.push(JSON.parse(JSON.stringify(activity)) as HeldReply);
    });
    if (passing.length === 0) return responses;
    activities.splice(0, activities.length, ...passing.map((p) => p.activity));
    const sent = await next();
    passing.forEach((p, i) => (responses[p.index] = sent[i] ?? { id: '' }));
    return responses;
  });

  return {
    hold() {
      holding = true;
      held = [];
      // An attempt that lost the compare-and-set must not leave its invoke answer to the next attempt.
      context.turnState.delete(INVOKE_RESPONSE_KEY);
    },
    held: () => [...held],
    release() {
      holding = false;
      held = [];
    },
    invokeAnswer() {
      const activity = context.turnState.get(INVOKE_RESPONSE_KEY) as Partial<Activity> | undefined;
      const value = activity?.value as { status?: unknown; body?: unknown } | undefined;
      return typeof value?.status === 'number' ? { status: value.status, body: value.body } : undefined;
    },
    async send(reply) {
      holding = false;
      await context.sendActivity(reply as Partial<Activity>);
    },
    async answerInvoke(answer) {
      holding = false;
      await context.sendActivity({ type: 'invokeResponse', value: answer });
    },
  };
}
