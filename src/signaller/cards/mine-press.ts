import { z } from 'zod';
import { ADDITION_MAX, SignalIdSchema, TeamIdSchema, WITHDRAW_NOTE_MAX } from '../../domain';

/** What the buttons of "mijn signalen" and its forms send back (Action.Submit in the 1:1 chat). */
export const MINE_WS = 'mine';
export const MINE_VERBS = ['addInfo', 'addInfoSend', 'withdraw', 'withdrawConfirm', 'record'] as const;
export type MineVerb = (typeof MINE_VERBS)[number];

export const MinePressSchema = z.object({
  ws: z.literal(MINE_WS),
  verb: z.enum(MINE_VERBS),
  signalId: SignalIdSchema,
  teamId: TeamIdSchema,
  info: z.string().trim().max(ADDITION_MAX).optional(),
  reason: z.string().trim().max(40).optional(),
  note: z.string().trim().max(WITHDRAW_NOTE_MAX).optional(),
  /** Pressed on the danger check: the signaller says there is no direct danger now. */
  noDangerNow: z.literal(true).optional(),
  /** Pressed on the identifying check: the signaller says it is not a name. */
  notIdentifying: z.literal(true).optional(),
});
export type MinePress = z.infer<typeof MinePressSchema>;

/** The button data naming one signal where it is now. */
export const minePress = (verb: MineVerb, where: { readonly teamId: string; readonly signalId: string }) => ({ ws: MINE_WS, verb, ...where });

export const isMinePress = (value: unknown): boolean => typeof value === 'object' && value !== null && (value as { ws?: unknown }).ws === MINE_WS;
