import { z } from 'zod';
import { CLOSE_NOTE_MAX, SIGNAL_QUESTION_MAX, SignalIdSchema, TRANSFER_NOTE_MAX } from '../../domain';
import { executePayload } from '../../toolkit/cards';

export const SIGNAL_CARD_VERBS = [
  'signal.details',
  'signal.claim',
  'signal.ask',
  /** The (disabled) button shown instead of "ask" when the signaller does not want to be contacted. */
  'signal.noContact',
  'signal.close',
  'signal.reopen',
  'signal.closeConfirm',
  'signal.askSend',
  'signal.cancel',
  'signal.unclaim',
  /** The forms behind "Overnemen", "Overdragen" and "Fase", and what they send. */
  'signal.takeOver',
  'signal.takeOverConfirm',
  'signal.transfer',
  'signal.transferConfirm',
  'signal.phase',
  'signal.phaseSet',
  /** From Details: the plain text for intake's own registration (audited). */
  'signal.copy',
  /** On a card the signaller withdrew: intake has seen it. */
  'signal.acknowledge',
] as const;
export const SignalCardVerbSchema = z.enum(SIGNAL_CARD_VERBS);
export type SignalCardVerb = z.infer<typeof SignalCardVerbSchema>;

/**
 * What comes back from a card: the verb, the signal id and the card version the presser saw, plus the form fields of
 * the close and ask cards (`outcome` and `note` from {@link closeCard}, `question` from {@link askCard}). Strict:
 * anything else is refused. The outcome is checked against the close outcomes by the lifecycle command, so an empty
 * choice gets the lifecycle's own message.
 */
export const SignalCardActionSchema = z.strictObject({
  verb: SignalCardVerbSchema,
  signalId: SignalIdSchema,
  cardVersion: z.number().int().min(0),
  outcome: z.string().trim().max(40).optional(),
  note: z.string().trim().max(CLOSE_NOTE_MAX).optional(),
  question: z.string().trim().max(SIGNAL_QUESTION_MAX).optional(),
  /** The transfer form: the target team and the note (the reason comes in `reason`, also used by take-over). */
  team: z.string().trim().max(40).optional(),
  reason: z.string().trim().max(40).optional(),
  transferNote: z.string().trim().max(TRANSFER_NOTE_MAX).optional(),
  phase: z.string().trim().max(40).optional(),
});
export type SignalCardAction = z.infer<typeof SignalCardActionSchema>;

/**
 * Reads either shape a press arrives in: the `adaptiveCard/action` invoke's value (`{ action: { type:
 * 'Action.Execute', verb, data } }`, where the verb is the action's, never one smuggled into `data`) or an
 * Action.Submit fallback's message value (`{ verb, signalId, cardVersion, ... }`).
 */
export function parseSignalCardAction(value: unknown) {
  return SignalCardActionSchema.safeParse(executePayload(value));
}
