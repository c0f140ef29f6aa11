import { z } from 'zod';
import { FOLLOW_UP_ANSWERS, FOLLOW_UP_NOTE_MAX, SignalIdSchema, TeamIdSchema, type Signal } from '../../domain';
import { cardJson, choiceSet, textBlock, type CardJson } from '../../toolkit/cards';
import type { Texts } from '../../texts';
import { formatLongDate } from '../../texts/dates';

/** What the follow-up card's button sends back (Action.Submit in the 1:1 chat). */
export const FOLLOW_UP_WS = 'followup';
export const FollowUpPressSchema = z.object({
  ws: z.literal(FOLLOW_UP_WS),
  signalId: SignalIdSchema,
  teamId: TeamIdSchema,
  answer: z.string().trim().max(20).optional(),
  note: z.string().trim().max(FOLLOW_UP_NOTE_MAX).optional(),
  noDangerNow: z.literal(true).optional(),
  notIdentifying: z.literal(true).optional(),
});
export type FollowUpPress = z.infer<typeof FollowUpPressSchema>;

export const isFollowUpPress = (value: unknown): boolean => typeof value === 'object' && value !== null && (value as { ws?: unknown }).ws === FOLLOW_UP_WS;

/** Afweging question 5 in the signaller's chat, in their language: yes, no or don't know, and an optional note. */
export function followUpCard(signal: Signal, texts: Texts): CardJson {
  const t = texts.mine.followUp;
  const sent = formatLongDate(Date.parse(signal.createdAt), texts.intake.signalCard.language);
  return cardJson(
    [
      textBlock(t.title(signal.reference), { id: 'title', size: 'Medium', weight: 'Bolder' }),
      textBlock(t.intro(sent, signal.routing.teamName)),
      choiceSet(
        'answer',
        t.question,
        t.chooseAnswer,
        FOLLOW_UP_ANSWERS.map((a) => [a, t.answers[a]]),
      ),
      ...(signal.mode === 'consultation' ? [textBlock(texts.mine.addInfo.noNames, { isSubtle: true })] : []),
      { type: 'Input.Text', id: 'note', label: t.noteLabel(FOLLOW_UP_NOTE_MAX), isMultiline: true, maxLength: FOLLOW_UP_NOTE_MAX },
    ],
    [{ type: 'Action.Submit', title: t.send, data: { ws: FOLLOW_UP_WS, signalId: signal.id, teamId: signal.routing.teamId } }],
    t.title(signal.reference),
  );
}
