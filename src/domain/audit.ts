import { z } from 'zod';

export const AUDIT_ACTIONS = [
  'signal-submitted',
  'signal-viewed',
  'signal-claimed',
  'signal-question-asked',
  'signal-question-answered',
  'signal-closed',
  'signal-reopened',
  'signal-unclaimed',
  'signal-taken-over',
  'signal-transferred-out',
  'signal-transferred-in',
  'signal-phase-set',
  'signal-copied',
  'signal-overdue',
  'signal-escalated',
  'duty-set',
  'signal-added-to',
  'signal-withdrawn',
  'signal-withdrawal-seen',
  'follow-up-asked',
  'follow-up-answered',
  'follow-up-undeliverable',
  'erasure-requested',
  'signal-purged',
  'signal-redacted',
  'channel-linked',
  'channel-unlinked',
  'action-refused',
] as const;

/**
 * Who did what, when: ids only. No message text, no names of the family, no notes: the audit trail is kept longer
 * than the signals themselves, so it must hold nothing that needs purging.
 */
export const AuditEventSchema = z.strictObject({
  at: z.iso.datetime(),
  action: z.enum(AUDIT_ACTIONS),
  /** The Entra object id of the person, or 'system'. */
  actor: z.string().min(1),
  teamId: z.string().min(1),
  signalId: z.string().optional(),
  /** A code, never free text: e.g. 'wrong-channel', 'not-admin'. */
  reason: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
