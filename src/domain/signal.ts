import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AfwegingAnswersSchema, OUTCOMES, URGENCIES, WEIGHING_REASONS } from './afweging';
import { TeamIdSchema } from './routing';
import { AgeBandSchema } from './signal-checklist';
import {
  ActorSchema,
  LifecycleDetailsSchema,
  LifecycleStatusSchema,
  TransferReasonSchema,
  WithdrawReasonSchema,
  lifecycleOf,
  lifecycleProblems,
} from './signal-lifecycle';
import { ID_ALPHABET } from './ids';
import { SignalQuestionSchema } from './signal-question';
import { FollowUpSchema } from './follow-up';
import { ErasureSchema } from './retention';

export const PROFESSIONS = ['leerkracht', 'kinderopvang', 'huisarts'] as const;
export const ProfessionSchema = z.enum(PROFESSIONS);
export type Profession = z.infer<typeof ProfessionSchema>;

/** Roadmap: the phase the wijkteam is working in with the family. Optional until the card sets it. */
export const PHASES = ['directe-veiligheid', 'stabiele-veiligheid', 'herstel'] as const;
export const PhaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof PhaseSchema>;

export const HOUSEHOLD_ROLES = ['moeder', 'vader', 'stiefouder', 'broers-zussen', 'grootouder', 'andere-volwassene'] as const;
export const NETWORK_ROLES = [
  'grootouder',
  'familielid',
  'buren',
  'sportcoach',
  'leerkracht-mentor',
  'vrienden-gezin',
  'geloofsgemeenschap',
  'onbekend',
] as const;
export const NOT_TALKED_REASONS = ['unsafe-child', 'unsafe-others', 'trust-relationship', 'not-yet-possible'] as const;

/** Free text is capped here, and the dialogue says so when it asks. */
export const TEXT_LIMITS = { organisation: 100, observation: 2000, when: 200, childWords: 1000, childName: 40, parentsContact: 200 } as const;

const text = (max: number) => z.string().trim().min(1).max(max);

/** Where the signaller can be reached proactively (issue: the signaller stays involved). */
const SignallerReferenceSchema = z.strictObject({
  serviceUrl: z.string().url(),
  conversationId: z.string().min(1),
  channelId: z.string().min(1),
  tenantId: z.string().optional(),
  botId: z.string().min(1),
  userId: z.string().min(1),
  /** The bot's summary card in the signaller's chat (the card "Versturen" was pressed on), replaced when purged. */
  summaryActivityId: z.string().min(1).max(200).optional(),
});

const SignallerSchema = z.strictObject({
  aadObjectId: z.string().optional(),
  profession: ProfessionSchema,
  organisation: text(TEXT_LIMITS.organisation),
  consultedAandachtsfunctionaris: z.boolean(),
  willingToBeContacted: z.boolean(),
  reference: SignallerReferenceSchema,
});

const ChildSchema = z.strictObject({
  /** The child's age band; for a GP's kindcheck, the oldest child's (consent follows the oldest). */
  ageBand: AgeBandSchema,
  /** A GP's kindcheck: the age band of each child at home, one signal per family (since schema version 3). */
  bands: z.array(AgeBandSchema).min(1).max(12).optional(),
  sixteenOrOlder: z.boolean().optional(),
  pc4: z.string().regex(/^[1-9]\d{3}$/),
  household: z.array(z.enum(HOUSEHOLD_ROLES)),
});

const ObservationsSchema = z.strictObject({
  codes: z.array(z.string().regex(/^(?:0-3|4-11|12-17)\.[LKIOS]\.\d{2}$/)),
  kindcheckReasons: z.array(z.string().regex(/^V\.\d{2}$/)).optional(),
  text: text(TEXT_LIMITS.observation),
  when: text(TEXT_LIMITS.when),
  source: z.enum(['first-hand', 'told']),
  disclosure: z.strictObject({ told: z.boolean(), words: text(TEXT_LIMITS.childWords).optional() }),
});

const MeldcodeStepsSchema = z.strictObject({
  colleagueConsulted: z.boolean(),
  veiligThuisAdvice: z.boolean(),
  talkedWith: z.enum(['parents', 'child', 'both', 'not-yet']),
  notTalkedReason: z.enum(NOT_TALKED_REASONS).optional(),
});

const AfwegingSchema = z.strictObject({
  answers: AfwegingAnswersSchema,
  outcome: z.enum(OUTCOMES),
  urgency: z.enum(URGENCIES),
  meldnorm: z.boolean(),
  reasons: z.array(z.enum(WEIGHING_REASONS)),
  /** Question 5 is asked on this date, once help has had time to work. */
  followUpDate: z.iso.date(),
});

const ConsentSchema = z.strictObject({
  needed: z.strictObject({ parents: z.boolean(), child: z.boolean() }),
  parents: z.boolean().optional(),
  child: z.boolean().optional(),
  parentsInformed: z.boolean(),
  /** A hand-over was asked for but consent was missing, so this became a consultation. */
  handoverRefused: z.boolean(),
});

const IdentitySchema = z.strictObject({
  childName: text(TEXT_LIMITS.childName),
  birthYear: z.number().int().min(1990).max(2100),
  pc6: z.string().regex(/^[1-9]\d{3}[A-Z]{2}$/),
  houseNumber: z.string().regex(/^\d{1,5}[-A-Za-z0-9]{0,5}$/),
  parentsContact: text(TEXT_LIMITS.parentsContact),
});

/** The note is content (why, in the worker's words): only here and in Details, never in audit, thread or card. */
export const TRANSFER_NOTE_MAX = 500;
const TeamRefSchema = z.strictObject({ teamId: TeamIdSchema, teamName: z.string().min(1).max(80) });
export const TransferSchema = z.strictObject({
  at: z.iso.datetime(),
  by: ActorSchema,
  from: TeamRefSchema,
  to: TeamRefSchema,
  reason: TransferReasonSchema,
  note: z.string().trim().min(1).max(TRANSFER_NOTE_MAX).optional(),
});
export type Transfer = z.infer<typeof TransferSchema>;

/** What the signaller adds after sending: content, so only in the sealed record and Details. */
export const ADDITION_MAX = 1000;
export const AdditionSchema = z.strictObject({
  id: z.string().regex(/^a_[a-z0-9]{12}$/),
  at: z.iso.datetime(),
  text: z.string().trim().min(1).max(ADDITION_MAX),
});
export type Addition = z.infer<typeof AdditionSchema>;

/** Why and when the signaller withdrew it; the note is content (sealed record and Details only). */
export const WITHDRAW_NOTE_MAX = 500;
export const WithdrawalSchema = z.strictObject({
  at: z.iso.datetime(),
  reason: WithdrawReasonSchema,
  note: z.string().trim().min(1).max(WITHDRAW_NOTE_MAX).optional(),
});
export type Withdrawal = z.infer<typeof WithdrawalSchema>;

/**
 * The stored shape's version (see `schemaVersion` below): 2 since afweging question 1 records doubt as doubt, 3 since
 * a kindcheck records the age band of each child, 4 since the claim deadline is fixed at submission (in the team's
 * working time) and a signal can move between teams, 5 since the signaller can add information, withdraw, and
 * answer the follow-up of question 5, 6 since a signal past its deadline and unclaimed is brought up again in its
 * channel (`escalatedAt`).
 */
export const SIGNAL_SCHEMA_VERSION = 6 as const;

/** "sig_" and twenty base-36 characters (see deriveSignalId): what card buttons and jobs carry to name a signal. */
export const SignalIdSchema = z.string().regex(/^sig_[a-z0-9]{20}$/);

const base = {
  id: SignalIdSchema,
  reference: z.string().regex(/^WS-\d{4}-\d{6}$/),
  /**
   * The version of the stored shape. Any change to what a stored signal looks like (a field added, renamed, removed
   * or narrowed) bumps it and adds the upgrade step from the previous version in src/store/signal-codec.ts, the one
   * place that reads every earlier version; records are only ever written in the current version.
   */
  schemaVersion: z.literal(SIGNAL_SCHEMA_VERSION),
  createdAt: z.iso.datetime(),
  /** When a team member should have claimed it: fixed at submission, kept when it moves to another team. */
  claimDueAt: z.iso.datetime(),
  /** When the overdue check found it unclaimed past claimDueAt (decided once; the card then says "te laat"). */
  overdueAt: z.iso.datetime().optional(),
  /** When it was last brought up again in its channel, past its deadline and unclaimed (decided once per interval). */
  escalatedAt: z.iso.datetime().optional(),
  language: z.enum(['nl', 'en']),
  route: z.enum(['home', 'kindcheck']),
  acute: z.boolean(),
  signaller: SignallerSchema,
  child: ChildSchema,
  observations: ObservationsSchema,
  steps: MeldcodeStepsSchema,
  afweging: AfwegingSchema,
  consent: ConsentSchema,
  network: z.strictObject({ protectiveRoles: z.array(z.enum(NETWORK_ROLES)) }),
  routing: z.strictObject({ teamId: TeamIdSchema, teamName: z.string(), reason: z.enum(['pc6', 'pc4', 'fallback-unknown-postcode']) }),
  /** The lifecycle status, stored here only; a submitted signal is 'new'. */
  status: LifecycleStatusSchema,
  /** Who claimed or closed it, when, and the history; absent until the first transition (see lifecycleOf). */
  lifecycle: LifecycleDetailsSchema.optional(),
  phase: PhaseSchema.optional(),
  /**
   * What the intake worker asked the signaller, and the answers: personal content, so only here in the sealed record
   * (the lifecycle, the audit trail and the jobs name the question id). Absent until the first question.
   */
  questions: z.array(SignalQuestionSchema).optional(),
  /** Every move to another team, oldest first; the last one's `to` is where a transferred copy went. */
  transfers: z.array(TransferSchema).max(20).optional(),
  /** What the signaller added after sending, oldest first. */
  additions: z.array(AdditionSchema).max(20).optional(),
  /** Present once the signaller withdrew it (status 'withdrawn'). */
  withdrawal: WithdrawalSchema.optional(),
  /** Afweging question 5 on the follow-up date: asked, answered or undeliverable (see follow-up.ts). */
  followUp: FollowUpSchema.optional(),
  /** An admin asked to erase it now (see retention.ts): codes only. */
  erasure: ErasureSchema.optional(),
  /**
   * Past its retention but with the follow-up of question 5 still open: the content is gone and only what the
   * follow-up needs is left (see redactedForFollowUp), until it is answered or found undeliverable.
   */
  redactedAt: z.iso.datetime().optional(),
};

/**
 * A consultation carries no names: strict objects reject any field not listed, so an `identity` (or a name slipped
 * into `child`) makes it invalid. A hand-over carries identity, only with recorded consent.
 */
export const SignalSchema = z
  .discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('consultation'), ...base }),
    z.strictObject({ mode: z.literal('handover'), ...base, identity: IdentitySchema }),
  ])
  .superRefine((signal, ctx) => {
    // The status and the lifecycle details must tell the same story (e.g. 'claimed' needs who and when).
    for (const problem of lifecycleProblems(lifecycleOf(signal))) {
      const path = problem.path[0] === 'status' ? ['status'] : ['lifecycle', ...problem.path];
      ctx.addIssue({ code: 'custom', path, message: problem.message });
    }
    if ((signal.status === 'withdrawn') !== (signal.withdrawal !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['withdrawal'], message: 'withdrawal goes with status withdrawn, and only with it' });
    }
    // An answer finds its question by id, so an id is used once.
    const seen = new Set<string>();
    signal.questions?.forEach((question, index) => {
      if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: 'question id used twice' });
      seen.add(question.id);
    });
  });
export type Signal = z.infer<typeof SignalSchema>;

/** The signal id follows from the draft, so a second "send" of the same draft cannot create a second signal. */
export function deriveSignalId(draftId: string): string {
  const digest = createHash('sha256').update(`signal:${draftId}`, 'utf8').digest();
  let id = '';
  for (const byte of digest.subarray(0, 20)) id += ID_ALPHABET[byte % ID_ALPHABET.length];
  return `sig_${id}`;
}

export function formatReference(year: number, sequence: number): string {
  return `WS-${year}-${String(sequence).padStart(6, '0')}`;
}
