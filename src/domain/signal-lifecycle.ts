import { z } from 'zod';
import { DomainError, type ErrorCode } from './errors';

/**
 * Working a signal from its card: a small state machine. Pure: no I/O, no clock (the caller passes `at`), no Teams.
 *
 *   new ──claim──▶ claimed ──ask──▶ waiting-for-signaller ──answer──▶ claimed
 *                  claimed / waiting-for-signaller ──close──▶ closed ──reopen──▶ claimed
 *                  claimed ──unclaim──▶ new;  claimed / waiting ──take-over──▶ the same status, another worker
 *   new / claimed / waiting ──transfer──▶ transferred (this queue's copy; the end of it here)
 *   transferred ──receive──▶ new (the copy the other queue gets, its history continuing the first one's)
 *   new / claimed / waiting ──withdraw──▶ withdrawn (by the signaller) ──acknowledge──▶ withdrawn (intake has seen it)
 *
 * The history records who moved the signal from which status to which, and when; never question text or notes,
 * which may hold personal data (the close note lives in `closeNote` only).
 */

export const LIFECYCLE_STATUSES = ['new', 'claimed', 'waiting-for-signaller', 'closed', 'transferred', 'withdrawn'] as const;
export const LifecycleStatusSchema = z.enum(LIFECYCLE_STATUSES);
export type LifecycleStatus = z.infer<typeof LifecycleStatusSchema>;

/** Whether a signal in this status is on its queue's worklist: closed and transferred ones are not. */
export const isOpenStatus = (status: LifecycleStatus): boolean => status === 'new' || status === 'claimed' || status === 'waiting-for-signaller';

export const LIFECYCLE_VERBS = ['claim', 'ask', 'answer', 'close', 'reopen', 'unclaim', 'take-over', 'transfer', 'receive', 'withdraw', 'acknowledge'] as const;
export const LifecycleVerbSchema = z.enum(LIFECYCLE_VERBS);
export type LifecycleVerb = z.infer<typeof LifecycleVerbSchema>;

export const CLOSE_OUTCOMES = ['help-started', 'handed-to-veilig-thuis', 'no-concerns', 'other'] as const;
export const CloseOutcomeSchema = z.enum(CLOSE_OUTCOMES);
export type CloseOutcome = z.infer<typeof CloseOutcomeSchema>;

/** Why a colleague takes a claimed signal over: codes only (the audit trail records them). */
export const TAKE_OVER_REASONS = ['absent', 'workload', 'expertise', 'other'] as const;
export const TakeOverReasonSchema = z.enum(TAKE_OVER_REASONS);
export type TakeOverReason = z.infer<typeof TakeOverReasonSchema>;

/** Why the signaller withdraws a signal: codes only; a note (content) lives in the sealed record. */
export const WITHDRAW_REASONS = ['sent-by-mistake', 'wrong-child-or-family', 'other'] as const;
export const WithdrawReasonSchema = z.enum(WITHDRAW_REASONS);
export type WithdrawReason = z.infer<typeof WithdrawReasonSchema>;

/** Why a signal goes to another team: codes only; a note, which is content, lives in the sealed record. */
export const TRANSFER_REASONS = ['other-area', 'unknown-postcode', 'expertise', 'other'] as const;
export const TransferReasonSchema = z.enum(TRANSFER_REASONS);
export type TransferReason = z.infer<typeof TransferReasonSchema>;

export const CLOSE_NOTE_MAX = 500;
export const ACTOR_NAME_MAX = 200;
export const QUESTION_ID_MAX = 100;

/** The intake worker (or, for `answer`, whoever delivered the answer). The name is shown to colleagues on the card. */
export const ActorSchema = z.strictObject({
  aadObjectId: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(ACTOR_NAME_MAX),
});
export type Actor = z.infer<typeof ActorSchema>;

const QuestionIdSchema = z.string().trim().min(1).max(QUESTION_ID_MAX);

const TeamIdRefSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);

/** One step in the history. Deliberately no content: no question text, no note, no outcome detail. */
export const LifecycleEventSchema = z.strictObject({
  at: z.iso.datetime(),
  verb: LifecycleVerbSchema,
  actor: ActorSchema,
  from: LifecycleStatusSchema,
  to: LifecycleStatusSchema,
  /** take-over, transfer and withdraw: why, as a code. */
  reason: z.union([TakeOverReasonSchema, TransferReasonSchema, WithdrawReasonSchema]).optional(),
  /** take-over: who had it before, so the thread can name them. */
  previous: ActorSchema.optional(),
  /** transfer: the team it went to; receive: the team it came from. */
  teamId: TeamIdRefSchema.optional(),
});
export type LifecycleEvent = z.infer<typeof LifecycleEventSchema>;

/**
 * Who may use a verb once the status allows it: anyone, only whoever has the signal claimed (`claimedBy`), or
 * anyone but them (taking over). `answer` is open: the signaller's answer may arrive via the bot or be recorded by a
 * colleague. Transfer is anyone's in the queue's channel: the fallback intake moves what it did not claim. Withdraw is
 * the signaller's alone; who may act as the signaller is the caller's check (the 1:1 chat of who sent it).
 */
export type TransitionRule = { readonly to: LifecycleStatus; readonly by: 'anyone' | 'claimer' | 'colleague' | 'signaller' };

/**
 * The allowed transitions, as data: from → verb → { to, by }. `applyTransition` consults only this table for
 * whether a verb is allowed and who may use it. Roadmap verbs (unclaim, transfer) are added here.
 */
export const TRANSITIONS = {
  new: {
    claim: { to: 'claimed', by: 'anyone' },
    transfer: { to: 'transferred', by: 'anyone' },
    withdraw: { to: 'withdrawn', by: 'signaller' },
  },
  claimed: {
    ask: { to: 'waiting-for-signaller', by: 'claimer' },
    close: { to: 'closed', by: 'claimer' },
    unclaim: { to: 'new', by: 'claimer' },
    'take-over': { to: 'claimed', by: 'colleague' },
    transfer: { to: 'transferred', by: 'anyone' },
    withdraw: { to: 'withdrawn', by: 'signaller' },
  },
  'waiting-for-signaller': {
    answer: { to: 'claimed', by: 'anyone' },
    close: { to: 'closed', by: 'claimer' },
    'take-over': { to: 'waiting-for-signaller', by: 'colleague' },
    transfer: { to: 'transferred', by: 'anyone' },
    withdraw: { to: 'withdrawn', by: 'signaller' },
  },
  closed: {
    reopen: { to: 'claimed', by: 'anyone' },
  },
  transferred: {
    receive: { to: 'new', by: 'anyone' },
  },
  withdrawn: {
    acknowledge: { to: 'withdrawn', by: 'anyone' },
  },
} as const satisfies Record<LifecycleStatus, Partial<Record<LifecycleVerb, TransitionRule>>>;

export function transitionFor(from: LifecycleStatus, verb: LifecycleVerb): TransitionRule | undefined {
  const row: Partial<Record<LifecycleVerb, TransitionRule>> = TRANSITIONS[from];
  return row[verb];
}

const closeNote = z.string().trim().max(CLOSE_NOTE_MAX);

/** Commands as they arrive from a card: parse untrusted submit data with this schema. */
export const LifecycleCommandSchema = z.discriminatedUnion('verb', [
  z.strictObject({ verb: z.literal('claim') }),
  z.strictObject({ verb: z.literal('ask'), questionId: QuestionIdSchema }),
  z.strictObject({ verb: z.literal('answer'), questionId: QuestionIdSchema }),
  z.strictObject({ verb: z.literal('close'), outcome: CloseOutcomeSchema, note: closeNote.optional() }),
  z.strictObject({ verb: z.literal('reopen') }),
  z.strictObject({ verb: z.literal('unclaim') }),
  z.strictObject({ verb: z.literal('take-over'), reason: TakeOverReasonSchema }),
  z.strictObject({ verb: z.literal('transfer'), toTeamId: TeamIdRefSchema, reason: TransferReasonSchema }),
  z.strictObject({ verb: z.literal('receive'), fromTeamId: TeamIdRefSchema }),
  z.strictObject({ verb: z.literal('withdraw'), reason: WithdrawReasonSchema }),
  z.strictObject({ verb: z.literal('acknowledge') }),
]);
export type LifecycleCommand = z.infer<typeof LifecycleCommandSchema>;

/**
 * The lifecycle without its status: what a stored signal carries next to its `status` (see SignalSchema), so the
 * status is stored once.
 */
const lifecycleDetailsShape = {
  claimedBy: ActorSchema.optional(),
  claimedAt: z.iso.datetime().optional(),
  closedBy: ActorSchema.optional(),
  closedAt: z.iso.datetime().optional(),
  closeOutcome: CloseOutcomeSchema.optional(),
  closeNote: z.string().trim().min(1).max(CLOSE_NOTE_MAX).optional(),
  /** The id of the question the signaller was asked; the text lives elsewhere. */
  pendingQuestionId: QuestionIdSchema.optional(),
  history: z.array(LifecycleEventSchema),
};

export const LifecycleDetailsSchema = z.strictObject(lifecycleDetailsShape);
export type LifecycleDetails = z.infer<typeof LifecycleDetailsSchema>;

export interface LifecycleProblem {
  readonly path: Array<string | number>;
  readonly message: string;
}

type StateLike = z.infer<typeof LifecycleDetailsSchema> & { status: LifecycleStatus };

/** What makes a state inconsistent; used by the schemas so a stored record cannot contradict itself. */
export function lifecycleProblems(state: StateLike): LifecycleProblem[] {
  const problems: LifecycleProblem[] = [];
  const need = (key: keyof LifecycleDetails, present: boolean) => {
    if (present && state[key] === undefined) problems.push({ path: [key], message: `${key} is required when status is ${state.status}` });
    if (!present && state[key] !== undefined) problems.push({ path: [key], message: `${key} is not allowed when status is ${state.status}` });
  };
  const held = state.status === 'claimed' || state.status === 'waiting-for-signaller';
  const closed = state.status === 'closed';
  // A closed or transferred signal keeps who had it last, if anyone did.
  if (held || state.status === 'new') {
    need('claimedBy', held);
    need('claimedAt', held);
  }
  need('pendingQuestionId', state.status === 'waiting-for-signaller');
  need('closedBy', closed);
  need('closedAt', closed);
  need('closeOutcome', closed);
  if (!closed) need('closeNote', false);
  if (closed && state.closeOutcome === 'other' && state.closeNote === undefined) {
    problems.push({ path: ['closeNote'], message: "closeNote is required when closeOutcome is 'other'" });
  }

  // The history is one unbroken chain from 'new' to the current status, along allowed transitions.
  let at: LifecycleStatus = 'new';
  state.history.forEach((event, index) => {
    if (event.from !== at) problems.push({ path: ['history', index, 'from'], message: `expected ${at}` });
    if (transitionFor(event.from, event.verb)?.to !== event.to) {
      problems.push({ path: ['history', index], message: `${event.verb} does not lead from ${event.from} to ${event.to}` });
    }
    at = event.to;
  });
  if (at !== state.status) problems.push({ path: ['status'], message: `history ends at ${at}, status is ${state.status}` });
  return problems;
}

export const LifecycleStateSchema = z.strictObject({ status: LifecycleStatusSchema, ...lifecycleDetailsShape }).superRefine((state, ctx) => {
  for (const problem of lifecycleProblems(state)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});
export type LifecycleState = z.infer<typeof LifecycleStateSchema>;

export function initialLifecycle(): LifecycleState {
  return { status: 'new', history: [] };
}

/** Anything that stores the status next to its lifecycle details, like a Signal. */
export interface LifecycleHolder {
  readonly status: LifecycleStatus;
  readonly lifecycle?: LifecycleDetails;
}

/** The full state of a stored signal; a signal without details (as submitted) is at the start. */
export function lifecycleOf(holder: LifecycleHolder): LifecycleState {
  return { ...(holder.lifecycle ?? { history: [] }), status: holder.status };
}

/** The holder with the new state: status and details written back separately, status kept once. */
export function withLifecycle<T extends LifecycleHolder>(holder: T, state: LifecycleState): T {
  const { status, ...details } = state;
  return { ...holder, status, lifecycle: details };
}

/**
 * Finer than the error code, stable, and fit for an audit reason (`[a-z0-9-]`), so callers (the card, the audit
 * trail) can branch on it without reading messages.
 */
export const REFUSAL_REASONS = [
  'malformed-command',
  'note-too-long',
  'already-claimed-by-you',
  'already-claimed',
  'already-closed',
  'not-claimed',
  'question-pending',
  'no-question-pending',
  'other-question',
  'not-closed',
  'not-the-claimer',
  'note-required',
  'transferred',
  'not-transferred',
  'withdrawn',
  'not-withdrawn',
  'already-acknowledged',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type TransitionResult =
  { ok: true; state: LifecycleState; event: LifecycleEvent } | { ok: false; error: DomainError; reason: RefusalReason; verb: LifecycleVerb };

const refuse = (code: ErrorCode, reason: RefusalReason, verb: LifecycleVerb): TransitionResult => ({
  ok: false,
  reason,
  verb,
  error: new DomainError(code, reason),
});

const same = (a: Actor | undefined, b: Actor) => a !== undefined && a.aadObjectId === b.aadObjectId;

/** Why a verb is not allowed from the current status; the texts say it in words, from the reason and the state. */
function notNow(state: LifecycleState, verb: LifecycleVerb, actor: Actor): TransitionResult {
  if (state.status === 'transferred') return refuse('conflict', 'transferred', verb);
  if (state.status === 'withdrawn') return refuse('conflict', 'withdrawn', verb);
  switch (verb) {
    case 'claim':
      if (state.status === 'closed') return refuse('conflict', 'already-closed', verb);
      return refuse('conflict', same(state.claimedBy, actor) ? 'already-claimed-by-you' : 'already-claimed', verb);
    case 'ask':
      if (state.status === 'new') return refuse('conflict', 'not-claimed', verb);
      return refuse('conflict', state.status === 'waiting-for-signaller' ? 'question-pending' : 'already-closed', verb);
    case 'answer':
      return refuse('conflict', state.status === 'closed' ? 'already-closed' : 'no-question-pending', verb);
    case 'close':
      return refuse('conflict', state.status === 'new' ? 'not-claimed' : 'already-closed', verb);
    case 'reopen':
      return refuse('conflict', 'not-closed', verb);
    case 'unclaim':
      return refuse('conflict', state.status === 'new' ? 'not-claimed' : state.status === 'closed' ? 'already-closed' : 'question-pending', verb);
    case 'take-over':
      return refuse('conflict', state.status === 'new' ? 'not-claimed' : 'already-closed', verb);
    case 'transfer':
      return refuse('conflict', 'already-closed', verb);
    case 'receive':
      return refuse('conflict', 'not-transferred', verb);
    case 'withdraw':
      return refuse('conflict', 'already-closed', verb);
    case 'acknowledge':
      return refuse('conflict', 'not-withdrawn', verb);
  }
}

/**
 * One step of the state machine. On refusal the state is returned untouched (the caller keeps its own object); the
 * refusal names its reason and verb (the texts turn them into words for the intake worker) and its error code:
 * 'conflict' when the status does not allow the verb (usually someone else was first, or the card is old),
 * 'forbidden' when only the claimer may do it, 'invalid' when the command itself is wrong.
 */
export function applyTransition(state: LifecycleState, command: LifecycleCommand, actor: Actor, at: string): TransitionResult {
  const parsedCommand = LifecycleCommandSchema.safeParse(command);
  const parsedActor = ActorSchema.safeParse(actor);
  const parsedAt = z.iso.datetime().safeParse(at);
  if (!parsedCommand.success || !parsedActor.success || !parsedAt.success) {
    const tooLong = parsedCommand.error?.issues.some((i) => i.path[0] === 'note' && i.code === 'too_big');
    return refuse('invalid', tooLong ? 'note-too-long' : 'malformed-command', command.verb);
  }
  const cmd = parsedCommand.data;
  const by = parsedActor.data;

  const rule = transitionFor(state.status, cmd.verb);
  if (!rule) return notNow(state, cmd.verb, by);
  if (rule.by === 'claimer' && !same(state.claimedBy, by)) {
    return refuse('forbidden', 'not-the-claimer', cmd.verb);
  }
  if (rule.by === 'colleague' && same(state.claimedBy, by)) return refuse('conflict', 'already-claimed-by-you', cmd.verb);

  const event: LifecycleEvent = {
    at,
    verb: cmd.verb,
    actor: { aadObjectId: by.aadObjectId, name: by.name },
    from: state.status,
    to: rule.to,
    ...(cmd.verb === 'take-over' ? { reason: cmd.reason, ...(state.claimedBy ? { previous: state.claimedBy } : {}) } : {}),
    ...(cmd.verb === 'transfer' ? { reason: cmd.reason, teamId: cmd.toTeamId } : {}),
    ...(cmd.verb === 'receive' ? { teamId: cmd.fromTeamId } : {}),
    ...(cmd.verb === 'withdraw' ? { reason: cmd.reason } : {}),
  };
  const history = [...state.history, event];
  // Who has it stays as recorded when it was claimed.
  const claim = state.claimedBy && state.claimedAt ? { claimedBy: state.claimedBy, claimedAt: state.claimedAt } : { claimedBy: by, claimedAt: at };

  switch (cmd.verb) {
    case 'claim':
    case 'reopen':
      return { ok: true, event, state: { status: rule.to, claimedBy: by, claimedAt: at, history } };
    case 'ask':
      return { ok: true, event, state: { status: rule.to, ...claim, pendingQuestionId: cmd.questionId, history } };
    case 'answer':
      if (state.pendingQuestionId !== cmd.questionId) {
        return refuse('conflict', 'other-question', cmd.verb);
      }
      return { ok: true, event, state: { status: rule.to, ...claim, history } };
    case 'close': {
      const note = cmd.note === undefined || cmd.note === '' ? undefined : cmd.note;
      if (cmd.outcome === 'other' && note === undefined) {
        return refuse('invalid', 'note-required', cmd.verb);
      }
      const closing = { closedBy: by, closedAt: at, closeOutcome: cmd.outcome, ...(note === undefined ? {} : { closeNote: note }) };
      return { ok: true, event, state: { status: rule.to, ...claim, ...closing, history } };
    }
    case 'unclaim':
    case 'receive':
      return { ok: true, event, state: { status: rule.to, history } };
    case 'take-over': {
      const pending = state.pendingQuestionId === undefined ? {} : { pendingQuestionId: state.pendingQuestionId };
      return { ok: true, event, state: { status: rule.to, claimedBy: by, claimedAt: at, ...pending, history } };
    }
    case 'transfer':
    case 'withdraw': {
      const kept = state.claimedBy && state.claimedAt ? { claimedBy: state.claimedBy, claimedAt: state.claimedAt } : {};
      return { ok: true, event, state: { status: rule.to, ...kept, history } };
    }
    case 'acknowledge':
      if (state.history.some((e) => e.verb === 'acknowledge')) return refuse('conflict', 'already-acknowledged', cmd.verb);
      return { ok: true, event, state: { ...state, history } };
  }
}
