import type { CommitResult, ConversationItems, HeldReply, InvokeAnswer, TurnRead } from './conversation-state';
import type { AuditEvent } from './audit';
import type { ChannelLink, OnDuty, PostedCard } from './channel-link';
import type { Signal } from './signal';
import type { MonthField, QueueStatus, RebuiltFigures } from './queue-figures';

export interface Clock {
  now(): number;
}

/**
 * Conversation state with compare-and-set and per-activity commit marks. One conversation's keys share one
 * hash tag, so `read` and `commit` are one round trip each, also on Redis Cluster.
 */
export interface ConversationStore {
  read(conversationId: string, activityId: string): Promise<TurnRead>;
  commit(input: {
    conversationId: string;
    activityId: string;
    expectedVersion: number;
    items: ConversationItems;
    replies: readonly HeldReply[];
    invokeAnswer?: InvokeAnswer;
    /** The committing run sends the replies; until then a repeat delivery leaves them alone. */
    leaseUntil: number;
  }): Promise<CommitResult>;
  /**
   * Take over sending a committed activity's undelivered replies, when the lease of whoever sent them has run out
   * (they crashed). False when someone else holds a live lease.
   */
  claimDelivery(conversationId: string, activityId: string, now: number, leaseUntil: number): Promise<boolean>;
  /**
   * All undelivered replies went out (no `count`); or sending failed after `count` of them, which are recorded while
   * the lease is released so a repeat delivery can take over at once. A repeat never sends a recorded reply again.
   */
  markDelivered(conversationId: string, activityId: string, count?: number): Promise<void>;
  /** Resolves when the backing store answers; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A signal without its reference: the store hands out the reference when it first stores the signal. */
export type SignalToSubmit = Signal extends infer S ? (S extends unknown ? Omit<S, 'reference'> : never) : never;

/** What one change of a signal leaves behind, in the same atomic step as the change itself. */
export interface SignalChange {
  readonly signal: Signal;
  readonly audit: AuditEvent;
  readonly jobs: ReadonlyArray<Omit<NotificationJob, 'id' | 'teamId'>>;
}

export interface SignalStore {
  /** Idempotent on `signal.id`: a repeat returns the first reference and `created: false`. */
  submit(signal: SignalToSubmit): Promise<{ reference: string; created: boolean }>;
  /**
   * The second step of a transfer: the copy the target queue gets (status 'new', `routing.teamId` the target), stored
   * with its card job and audit event in one atomic step on the target's queue. Idempotent on the signal id: a repeat
   * (the transfer job taken again after a crash) changes nothing and says `created: false`.
   */
  receive(signal: Signal, audit: AuditEvent): Promise<{ created: boolean }>;
  get(teamId: string, signalId: string): Promise<Signal | undefined>;
  /** The signal id a reference names in this queue, if any: one lookup. */
  findByReference(teamId: string, reference: string): Promise<string | undefined>;
  /**
   * A page of the queue's open signals, oldest first: how many are open and up to `count` records from `offset`.
   * Reads the index and at most `count` records, however long the queue.
   */
  openPage(teamId: string, offset: number, count: number): Promise<{ total: number; signals: Signal[] }>;
  /**
   * The newest `count` signals sent by any of these signallers (see signallerKeysOf), newest first: where each was
   * submitted. Written at submit, idempotently; reads only the index, never a record.
   */
  signalsOf(owners: readonly string[], count: number): Promise<Array<{ teamId: string; signalId: string }>>;
  /**
   * Removes the signal and everything that names it (its indexes, its place on every schedule, where its card was
   * posted), auditing the purge. Each step is safe to repeat and the record goes last, so a purge stopped halfway is
   * finished by running it again; a purge of what is gone changes nothing.
   */
  purge(teamId: string, signalId: string, audit: AuditEvent): Promise<{ purged: boolean }>;
  /**
   * Compare-and-set: `change` runs on the current record; if another change landed in between, it runs again on
   * the newer one. Its result (or its refusal) is returned; nothing is written on a refusal.
   */
  update<E>(
    teamId: string,
    signalId: string,
    change: (current: Signal) => SignalChange | { refused: E },
  ): Promise<{ ok: true; signal: Signal } | { ok: false; refused: E } | { ok: false; notFound: true }>;
}

/** Append-only; ids and codes only (see AuditEventSchema). */
export interface AuditLog {
  record(event: AuditEvent): Promise<void>;
  /** Drops the team's entries older than `beforeMs` (entry ids are times): one bounded step. */
  trimBefore(teamId: string, beforeMs: number): Promise<void>;
  /** The newest `count` entries (default 1,000), newest last: a bounded read, for tests and the coordinator view. */
  list(teamId: string, count?: number): Promise<AuditEvent[]>;
}

export interface ChannelLinks {
  /** Links the channel to the team's queue, replacing an earlier link of that team. */
  link(link: ChannelLink): Promise<void>;
  /** Removes the team's link; resolves to the link that was removed, if any. */
  unlink(teamId: string): Promise<ChannelLink | undefined>;
  get(teamId: string): Promise<ChannelLink | undefined>;
  /** Which team's queue a channel serves, if any. */
  teamOfChannel(channelId: string): Promise<string | undefined>;
}

/** Work for the notifier, scheduled in the same atomic step as the change it announces. */
export const NOTIFICATION_KINDS = [
  'new-signal',
  'card-update',
  'signaller-update',
  'signaller-question',
  'post-answer',
  'transfer',
  'thread-notice',
  'follow-up',
  'retention',
  'escalation',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export interface NotificationJob {
  readonly id: string;
  readonly teamId: string;
  /**
   * Post the card; update the posted card for everyone; tell the signaller what happened; send the signaller a
   * question card (1:1); post the signaller's answer in the card's thread; hand a transferred signal to its new
   * queue; post a notice in the card's thread (e.g. who took it over); ask the signaller afweging question 5; put
   * the signal on the purge schedule; bring an unclaimed signal past its deadline up again in its thread.
   */
  readonly kind: NotificationKind;
  readonly signalId: string;
  /**
   * For 'signaller-update' and 'thread-notice': which lifecycle verb to tell about. For 'signaller-question' and
   * 'post-answer': the question id; the texts themselves are read from the sealed signal when the job runs, never
   * put in the job.
   */
  readonly event?: string;
}

/**
 * At-least-once delivery across bot instances: a job stays pending until acknowledged; one left pending by an
 * instance that died is taken over by another after `staleMs`.
 */
export interface NotificationQueue {
  /**
   * This consumer's own pending jobs, then new ones, then jobs other consumers left pending for `staleMs`; one round
   * trip. Taking its own pending jobs again tells the others this consumer is still working on them.
   */
  take(teamId: string, consumer: string, options: { count: number; staleMs: number }): Promise<NotificationJob[]>;
  /** Acknowledges the job (delivered, or nothing to deliver) and forgets its failures. */
  ack(teamId: string, jobId: string): Promise<void>;
  /** Counts a failed delivery of a pending job, across instances: what the coordinators' status shows as stuck. */
  recordFailure(teamId: string, jobId: string): Promise<void>;
}

/**
 * A nudge that a queue has new jobs, so instances wait instead of polling every queue. Every instance sees every
 * nudge. Nudges may be lost (they are written after the queue step, not in it): the queues stay the truth, and a
 * lost nudge only delays a job until the next sweep.
 */
export interface WakeUps {
  /** Tells every instance that this queue has new jobs. Never rejects: a nudge that could not be sent is lost. */
  notify(teamId: string): Promise<void>;
  /**
   * Calls `onWake` with the queues nudged from when `ready` resolves until `close()`. One listener per instance;
   * what was nudged before `ready` is for the caller to find (a sweep).
   */
  listen(onWake: (teamIds: readonly string[]) => void): WakeUpListener;
}

export interface WakeUpListener {
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Named leases, so work meant for one instance at a time runs on one: whoever holds a lease renews it before it runs
 * out; when the holder dies, the lease runs out and another instance can acquire it.
 */
export interface Leases {
  /** Takes the lease if nobody holds it; false when someone does (this owner included: use `renew`). */
  acquire(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Extends the lease if this owner still holds it; false when it ran out (and maybe someone else took it). */
  renew(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up if this owner holds it, so another instance need not wait for it to run out. */
  release(name: string, owner: string): Promise<void>;
}

/** Who is on duty per queue (see OnDutySchema); undefined until a channel first sets it. */
export interface DutyRosters {
  get(teamId: string): Promise<OnDuty | undefined>;
  set(teamId: string, people: OnDuty): Promise<void>;
}

export interface PostedCards {
  get(teamId: string, signalId: string): Promise<PostedCard | undefined>;
  record(teamId: string, signalId: string, card: PostedCard): Promise<void>;
  /** Forgets where the card was posted (the signal came back after a transfer: a new card is posted). */
  forget(teamId: string, signalId: string): Promise<void>;
}

/**
 * Reminders for acute signals nobody has claimed yet, for all queues in one schedule (so looking for due reminders
 * costs the same for 4 queues as for 100). `takeDue` removes what it returns, so with several takers each reminder
 * goes to one of them.
 */
export interface ReminderSchedule {
  /** Schedules (or moves) the signal's next reminder. */
  schedule(teamId: string, signalId: string, atMs: number): Promise<void>;
  /**
   * Up to `count` reminders due at `nowMs`, earliest first, across all queues. Removed as they are taken, or with
   * `retryAfterMs` moved that far ahead instead, so one whose taker dies before `cancel` comes round again.
   */
  takeDue(nowMs: number, count: number, options?: { retryAfterMs: number }): Promise<Array<{ teamId: string; signalId: string }>>;
  /** Removes the signal's entry (done with it). */
  cancel(teamId: string, signalId: string): Promise<void>;
}

/**
 * The queues' figures for coordinators (see queue-figures.ts), written by the signal store in the step of each change.
 * Every read here costs the same whatever the number of signals.
 */
export interface QueueFigures {
  /** Each queue's figures at `now`: a fixed number of bounded reads per queue. */
  status(teamIds: readonly string[], now: number): Promise<QueueStatus[]>;
  /** How many unclaimed signals are past their deadline, and up to `count` of their references, longest overdue first. */
  overdue(teamId: string, now: number, count: number): Promise<{ total: number; references: string[] }>;
  /** A month's count ("2026-11") of the queue's events; fields never counted are left out. */
  month(teamId: string, month: string): Promise<Partial<Record<MonthField, number>>>;
  /** Replaces the queue's figures with rebuilt ones; month counts keep the larger of what was counted and rebuilt. */
  replace(teamId: string, rebuilt: RebuiltFigures): Promise<void>;
}
