import type { ClaimBucket, MonthField } from '../domain';

/** What coordinators read: queue figures, what is stuck, the month's count, the daily summary. Counts, never content. */
export interface CoordinationTexts {
  readonly status: {
    readonly title: string;
    readonly asOf: (moment: string) => string;
    readonly ownQueueTitle: (team: string) => string;
    readonly open: (acute: number, urgent: number, normal: number) => string;
    readonly statuses: (counts: {
      readonly new: number;
      readonly claimed: number;
      readonly waiting: number;
      readonly withdrawn: number;
      readonly closed: number;
    }) => string;
    readonly oldestUnclaimed: (age: string) => string;
    readonly noneUnclaimed: string;
    readonly pastDeadline: (count: number) => string;
    readonly claimTimes: string;
    readonly buckets: Readonly<Record<ClaimBucket, string>>;
    readonly transfers: (inCount: number, outCount: number) => string;
    readonly showOverdue: (count: number) => string;
    readonly stuckTitle: string;
    readonly unlinked: (team: string, waiting: number) => string;
    readonly failing: (team: string, age: string, failures: number) => string;
    readonly nothingStuck: string;
    readonly hint: string;
  };
  readonly overdue: {
    readonly title: (team: string, total: number) => string;
    readonly none: (team: string) => string;
    readonly more: (count: number) => string;
  };
  readonly month: {
    readonly title: (month: string) => string;
    readonly fields: Readonly<Record<MonthField, string>>;
    readonly nothing: string;
    readonly usage: string;
  };
  /** Someone who is not a coordinator (nor intake in its own channel) asked. */
  readonly refused: string;
  readonly summaryTitle: (date: string) => string;
  readonly link: {
    readonly linked: (time: string) => string;
    readonly notAdmin: string;
    readonly sharedRefused: string;
  };
  /** The coordinators' Teams tab (src/coordination/tab), which also uses `status` and `age`. */
  readonly tab: TabTexts;
  /** "3 u 20 min", "2 dagen 4 u": how long something has waited. */
  readonly age: (ms: number) => string;
}

export interface TabTexts {
  readonly title: string;
  readonly updatedAt: (time: string) => string;
  readonly loading: string;
  /** The page was opened in a browser, not inside Teams. */
  readonly outsideTeams: string;
  readonly notCoordinator: string;
  readonly signInFailed: string;
  /** A refresh failed; the figures shown are from `time`. */
  readonly refreshFailed: (time: string) => string;
  /** The first load failed: no figures to show yet. */
  readonly loadFailed: string;
  readonly noQueues: string;
  readonly openByUrgency: string;
  readonly urgencies: { readonly acute: string; readonly urgent: string; readonly normal: string };
  readonly byStatus: string;
  readonly statuses: {
    readonly new: string;
    readonly claimed: string;
    readonly waiting: string;
    readonly closed: string;
    readonly withdrawn: string;
  };
  readonly unlinked: string;
  readonly stuckDelivery: (age: string, failures: number) => string;
  readonly config: { readonly heading: string; readonly explanation: string; readonly displayName: string };
}
