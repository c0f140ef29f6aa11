import * as z from 'zod/mini';

// Shared by the server and the tab's bundle: zod's mini build (the full one would be most of the page's weight) and no
// import from the domain.

const count = z.int().check(z.minimum(0));

/**
 * What GET /api/queues answers and the tab reads: counts per queue, never a signal's content, reference, age band
 * or postcode (coordinators are not the queue's team, and small numbers per row would re-identify).
 */
export const QueueRowSchema = z.strictObject({
  teamId: z.string(),
  name: z.string(),
  open: z.strictObject({ acute: count, urgent: count, normal: count }),
  statuses: z.strictObject({
    new: count,
    claimed: count,
    waiting: count,
    closed: count,
    withdrawn: count,
  }),
  /** How long the longest-waiting unclaimed signal has waited, in whole minutes; null when none waits. Ages, not
   * moments: what the page shows, and nothing that pins one signal's arrival down. */
  oldestUnclaimedMinutes: z.nullable(count),
  pastDeadline: count,
  /** The domain's CLAIM_BUCKETS, spelled out: queueRow (queues-view.ts) does not compile if they drift apart. */
  claimTimes: z.strictObject({ 'within-hour': count, 'within-working-day': count, 'within-3-working-days': count, later: count }),
  transfersIn: count,
  transfersOut: count,
  linked: z.boolean(),
  /** Deliveries pending too long: for how many minutes, and the failed attempts. */
  stuckDeliveries: z.array(z.strictObject({ minutes: count, failures: count })),
});
export type QueueRow = z.infer<typeof QueueRowSchema>;

export const QueuesViewSchema = z.strictObject({
  /** Epoch ms on the server when the figures were read. */
  generatedAt: z.number(),
  queues: z.array(QueueRowSchema),
});
export type QueuesView = z.infer<typeof QueuesViewSchema>;

/** Every refusal the API gives: a code the tab chooses its sentence by, and a message for whoever reads the JSON. */
export const ApiErrorSchema = z.strictObject({ error: z.string(), message: z.string() });
export type ApiError = z.infer<typeof ApiErrorSchema>;
