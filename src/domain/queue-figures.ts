import { z } from 'zod';
import { URGENCIES, type Urgency } from './afweging';
import { effectiveUrgency } from './deadlines';
import { teamOf, type RoutingTable } from './routing';
import type { Signal } from './signal';
import { CLOSE_OUTCOMES, LIFECYCLE_STATUSES, lifecycleOf, type LifecycleEvent, type LifecycleStatus } from './signal-lifecycle';
import { lastTransfer } from './signal-transfer';
import { amsterdamMonth, claimDueAt, DEFAULT_HOLIDAY_RULES, type HolidayRules, type OfficeHours } from './working-time';

/**
 * A queue's figures for coordinators, kept so that reading them costs the same for ten signals as for ten thousand:
 * counters per status and urgency, and sorted sets read by score (see the store). Every change of a signal is turned
 * into a {@link FigureChange} here and written in the same atomic step as the change itself; a rebuild recomputes them
 * from the records ({@link figuresFromRecords}). Counts and references only: nothing that describes a child.
 * Pure: no I/O, no clock.
 */

/** How long the claim times and the transfers in and out are counted back. */
export const FIGURE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** How long a signal waited in its queue before someone claimed it, in the buckets coordinators read. */
export const CLAIM_BUCKETS = ['within-hour', 'within-working-day', 'within-3-working-days', 'later'] as const;
export type ClaimBucket = (typeof CLAIM_BUCKETS)[number];

/** A field of a queue's counters: records the queue holds, by status and (effective) urgency. */
export const countField = (status: LifecycleStatus, urgency: Urgency): string => `${status}:${urgency}`;
export const COUNT_FIELDS: readonly string[] = LIFECYCLE_STATUSES.flatMap((status) => URGENCIES.map((urgency) => countField(status, urgency)));

/** What a month's count holds per team: events in the month they happened (Europe/Amsterdam). */
export const MONTH_FIELDS = [
  'in',
  'transferred-in',
  'claimed-in-time',
  'claimed-late',
  ...CLOSE_OUTCOMES.map((outcome) => `closed:${outcome}` as const),
  'transferred-out',
  'withdrawn',
] as const;
export type MonthField = (typeof MONTH_FIELDS)[number];
export const MonthSchema = z.string().regex(/^(20\d{2})-(0[1-9]|1[0-2])$/);

/** The sorted sets of a queue's figures: unclaimed signals by arrival, their deadlines, and the windowed events. */
export const FIGURE_SETS = ['unclaimed', 'due', ...CLAIM_BUCKETS.map((b) => `claims:${b}` as const), 'transfers-in', 'transfers-out'] as const;
export type FigureSet = (typeof FIGURE_SETS)[number];
/** Sets of events counted over the last {@link FIGURE_WINDOW_MS}, trimmed on every write. */
export const WINDOWED_SETS: readonly FigureSet[] = [...CLAIM_BUCKETS.map((b) => `claims:${b}` as const), 'transfers-in', 'transfers-out'];

export type SetWrite =
  | { readonly op: 'add'; readonly set: FigureSet; readonly score: number; readonly member: string }
  | { readonly op: 'remove'; readonly set: FigureSet; readonly member: string };

/** What one change of a signal does to its queue's figures. */
export interface FigureChange {
  readonly counts: Readonly<Record<string, number>>;
  readonly month: string;
  readonly monthCounts: Readonly<Partial<Record<MonthField, number>>>;
  readonly sets: readonly SetWrite[];
  /** Windowed entries before this instant are dropped in the same step. */
  readonly trimBefore: number;
}

/** What the figures need of a team's working time: to tell "within a working day" from "later". */
export interface FigureCalendar {
  officeHoursOf(teamId: string): OfficeHours;
  readonly holidays: HolidayRules;
}

export function figureCalendarOf(table: RoutingTable): FigureCalendar {
  return {
    officeHoursOf: (teamId) => (teamOf(table, teamId) ?? teamOf(table, table.fallbackTeamId))!.officeHours,
    holidays: table.holidays ?? DEFAULT_HOLIDAY_RULES,
  };
}

/** When the signal arrived in the queue that holds this copy: sent there, or received there by a transfer. */
export function arrivedAt(signal: Signal): number {
  const transfer = lastTransfer(signal);
  return transfer && transfer.to.teamId === signal.routing.teamId ? Date.parse(transfer.at) : Date.parse(signal.createdAt);
}

export function claimBucket(arrived: number, claimed: number, officeHours: OfficeHours, holidays: HolidayRules): ClaimBucket {
  if (claimed - arrived < 60 * 60 * 1000) return 'within-hour';
  const within = (days: number) =>
    claimed <=
    claimDueAt(
      new Date(arrived),
      'normal',
      { officeHours, claimDeadline: { acute: { kind: 'clock', minutes: 60 }, urgent: { kind: 'clock', minutes: 60 }, normal: { kind: 'working-days', days } } },
      holidays,
    ).getTime();
  if (within(1)) return 'within-working-day';
  return within(3) ? 'within-3-working-days' : 'later';
}

/** The first claim since the copy arrived in its queue (claims after an unclaim or a reopen are not waits). */
function firstClaim(history: readonly LifecycleEvent[]): LifecycleEvent | undefined {
  const sinceArrival = history.slice(history.map((e) => e.verb).lastIndexOf('receive') + 1);
  return sinceArrival.find((e) => e.verb === 'claim');
}

/** The member a transfer is counted under: the signal and which of its moves it was. */
const transferMember = (signal: Signal) => `${signal.id}:${signal.transfers?.length ?? 0}`;

/**
 * What a change from `before` to `after` (either absent: stored, purged) does to the figures of the queue that holds
 * the record, at `at` (the change's time).
 */
export function figureChange(before: Signal | undefined, after: Signal | undefined, at: number, calendar: FigureCalendar): FigureChange {
  const counts: Record<string, number> = {};
  const bump = (field: string, by: number) => (counts[field] = (counts[field] ?? 0) + by);
  if (before) bump(countField(before.status, effectiveUrgency(before)), -1);
  if (after) bump(countField(after.status, effectiveUrgency(after)), 1);
  for (const [field, by] of Object.entries(counts)) if (by === 0) delete counts[field];

  const monthCounts: Partial<Record<MonthField, number>> = {};
  const count = (field: MonthField) => (monthCounts[field] = (monthCounts[field] ?? 0) + 1);
  const sets: SetWrite[] = [];
  const subject = after ?? before;
  if (subject) {
    const unclaimed = after?.status === 'new';
    sets.push(
      unclaimed ? { op: 'add', set: 'unclaimed', score: arrivedAt(subject), member: subject.id } : { op: 'remove', set: 'unclaimed', member: subject.id },
      unclaimed
        ? { op: 'add', set: 'due', score: Date.parse(subject.claimDueAt), member: subject.reference }
        : { op: 'remove', set: 'due', member: subject.reference },
    );
  }
  // A purged record takes its claim time with it (what a rebuild from the records would find); month counts and
  // transfers stay (a transfer is still listed by the copy it became).
  if (before && !after) for (const bucket of CLAIM_BUCKETS) sets.push({ op: 'remove', set: `claims:${bucket}`, member: before.id });
  if (after) {
    const was = before?.status;
    const arrived = after.status === 'new' && (before === undefined || was === 'transferred');
    if (arrived) {
      const transfer = lastTransfer(after);
      if (transfer && transfer.to.teamId === after.routing.teamId) {
        count('transferred-in');
        sets.push({ op: 'add', set: 'transfers-in', score: Date.parse(transfer.at), member: transferMember(after) });
      } else count('in');
    }
    const claim = firstClaim(lifecycleOf(after).history);
    if (claim && (!before || firstClaim(lifecycleOf(before).history) === undefined)) {
      const claimed = Date.parse(claim.at);
      count(claimed <= Date.parse(after.claimDueAt) ? 'claimed-in-time' : 'claimed-late');
      const bucket = claimBucket(arrivedAt(after), claimed, calendar.officeHoursOf(after.routing.teamId), calendar.holidays);
      sets.push({ op: 'add', set: `claims:${bucket}`, score: claimed, member: after.id });
    }
    if (after.status === 'closed' && was !== 'closed' && after.lifecycle?.closeOutcome) count(`closed:${after.lifecycle.closeOutcome}`);
    if (after.status === 'withdrawn' && was !== 'withdrawn') count('withdrawn');
    const transfer = lastTransfer(after);
    if (after.status === 'transferred' && was !== 'transferred' && transfer) {
      count('transferred-out');
      sets.push({ op: 'add', set: 'transfers-out', score: Date.parse(transfer.at), member: transferMember(after) });
    }
  }
  return { counts, month: amsterdamMonth(at), monthCounts, sets, trimBefore: at - FIGURE_WINDOW_MS };
}

/** A queue's figures as a rebuild writes them: what {@link figureChange} would have left, from the records alone. */
export interface RebuiltFigures {
  readonly counts: Readonly<Record<string, number>>;
  readonly sets: readonly Extract<SetWrite, { op: 'add' }>[];
  /** Month → counts of the events the records still show (a purged record's are gone: see the rebuild). */
  readonly months: Readonly<Record<string, Partial<Record<MonthField, number>>>>;
}

/**
 * Every queue's figures from the records of all queues (a transfer's source copy may be purged already; the copy it
 * became still lists the move, so both sides are counted from whichever copy is left). `now` bounds the windows.
 */
export function figuresFromRecords(records: readonly Signal[], now: number, calendar: FigureCalendar): ReadonlyMap<string, RebuiltFigures> {
  type Building = {
    counts: Record<string, number>;
    sets: Array<Extract<SetWrite, { op: 'add' }>>;
    months: Record<string, Partial<Record<MonthField, number>>>;
  };
  const teams = new Map<string, Building>();
  const of = (teamId: string) => teams.get(teamId) ?? teams.set(teamId, { counts: {}, sets: [], months: {} }).get(teamId)!;
  const add = (teamId: string, write: Extract<SetWrite, { op: 'add' }>) => {
    if (!WINDOWED_SETS.includes(write.set) || write.score >= now - FIGURE_WINDOW_MS) of(teamId).sets.push(write);
  };
  const monthCount = (teamId: string, at: number, field: MonthField) => {
    const month = (of(teamId).months[amsterdamMonth(at)] ??= {});
    month[field] = (month[field] ?? 0) + 1;
  };
  const movesSeen = new Set<string>();
  for (const signal of records) {
    const teamId = signal.routing.teamId;
    const field = countField(signal.status, effectiveUrgency(signal));
    of(teamId).counts[field] = (of(teamId).counts[field] ?? 0) + 1;
    if (signal.status === 'new') {
      add(teamId, { op: 'add', set: 'unclaimed', score: arrivedAt(signal), member: signal.id });
      add(teamId, { op: 'add', set: 'due', score: Date.parse(signal.claimDueAt), member: signal.reference });
    }
    const transfer = lastTransfer(signal);
    if (!(transfer && transfer.to.teamId === teamId)) monthCount(teamId, Date.parse(signal.createdAt), 'in');
    const claim = firstClaim(lifecycleOf(signal).history);
    if (claim) {
      const claimed = Date.parse(claim.at);
      monthCount(teamId, claimed, claimed <= Date.parse(signal.claimDueAt) ? 'claimed-in-time' : 'claimed-late');
      const bucket = claimBucket(arrivedAt(signal), claimed, calendar.officeHoursOf(teamId), calendar.holidays);
      add(teamId, { op: 'add', set: `claims:${bucket}`, score: claimed, member: signal.id });
    }
    if (signal.status === 'closed' && signal.lifecycle?.closedAt && signal.lifecycle.closeOutcome) {
      monthCount(teamId, Date.parse(signal.lifecycle.closedAt), `closed:${signal.lifecycle.closeOutcome}`);
    }
    if (signal.withdrawal) monthCount(teamId, Date.parse(signal.withdrawal.at), 'withdrawn');
    // Every move the copy lists, on both sides, once: the source copy, while it is still there, lists the same moves.
    signal.transfers?.forEach((move, index) => {
      const member = `${signal.id}:${index + 1}`;
      const at = Date.parse(move.at);
      const sides = [
        [move.from.teamId, 'transfers-out', 'transferred-out'],
        [move.to.teamId, 'transfers-in', 'transferred-in'],
      ] as const;
      for (const [side, set, month] of sides) {
        if (movesSeen.has(`${side} ${set} ${member}`)) continue;
        movesSeen.add(`${side} ${set} ${member}`);
        monthCount(side, at, month);
        add(side, { op: 'add', set, score: at, member });
      }
    });
  }
  return teams;
}

/** One queue's figures as a coordinator reads them (see the store's status read). */
export const QueueStatusSchema = z.strictObject({
  teamId: z.string(),
  /** Records the queue holds, by status and urgency (see COUNT_FIELDS). */
  counts: z.record(z.string(), z.number().int()),
  /** When the longest-waiting unclaimed signal arrived, if any is waiting. */
  oldestUnclaimedAt: z.number().optional(),
  /** Unclaimed and past the claim deadline. */
  pastDeadline: z.number().int(),
  claimTimes: z.record(z.enum(CLAIM_BUCKETS), z.number().int()),
  transfersIn: z.number().int(),
  transfersOut: z.number().int(),
  /** Whether the queue has a channel the cards go to. */
  linked: z.boolean(),
  /** The oldest notification jobs still undelivered after a while: when written, and failed attempts. */
  stuckDeliveries: z.array(z.strictObject({ since: z.number(), failures: z.number().int() })),
});
export type QueueStatus = z.infer<typeof QueueStatusSchema>;

/** Sums of a queue's counters, by status (over urgencies) or by urgency (over open statuses). */
export function countOf(status: QueueStatus, which: { readonly status?: LifecycleStatus; readonly urgency?: Urgency }): number {
  let total = 0;
  for (const s of LIFECYCLE_STATUSES) {
    if (which.status ? s !== which.status : which.urgency && !(s === 'new' || s === 'claimed' || s === 'waiting-for-signaller')) continue;
    for (const u of URGENCIES) if (!which.urgency || u === which.urgency) total += status.counts[countField(s, u)] ?? 0;
  }
  return total;
}

/** A queue's counts as coordinators read them, in the status card and the tab: open ones by urgency, all by status. */
export function queueCounts(status: QueueStatus) {
  const by = (s: LifecycleStatus) => countOf(status, { status: s });
  return {
    open: { acute: countOf(status, { urgency: 'acute' }), urgent: countOf(status, { urgency: 'urgent' }), normal: countOf(status, { urgency: 'normal' }) },
    statuses: { new: by('new'), claimed: by('claimed'), waiting: by('waiting-for-signaller'), closed: by('closed'), withdrawn: by('withdrawn') },
  };
}

/** A delivery is stuck when its job has waited this long. */
export const STUCK_DELIVERY_MS = 10 * 60 * 1000;
