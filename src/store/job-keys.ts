/**
 * Keys of the background work that belong to no one queue. Each is touched alone (one key per command), so each has
 * its own hash tag and any Cluster slot will do.
 */
export function jobKeys(prefix: string) {
  return {
    /** Wake-ups: one entry per queue write, read by every instance (a stream, so no instance misses one). */
    wake: `${prefix}{wake}`,
    /** Acute signals to announce again while unclaimed, for all queues: `[team, signal]` (JSON) by due time (ms). */
    reminders: `${prefix}{reminders}`,
    /** Claim deadlines of signals not claimed yet, for all queues, the same way: checked once they pass. */
    deadlines: `${prefix}{deadlines}`,
    /** Follow-ups of afweging question 5 still to ask, for all queues, by their date. */
    followups: `${prefix}{followups}`,
    /** Signals to purge (retention, erasure), for all queues, by when. */
    purges: `${prefix}{purges}`,
    /** Unclaimed signals past their deadline, for all queues, by when they are next brought up again. */
    escalations: `${prefix}{escalations}`,
    /** The coordinators' daily summaries still to post, by when. */
    summaries: `${prefix}{summaries}`,
    /** A lease: who runs the one-instance work now. */
    lease: (name: string) => `${prefix}{lease:${name}}`,
  };
}
