import { z } from 'zod';
import { PENDING } from './flow/draft';

/**
 * What a button in the 1:1 dialogue sends back (Action.Submit `data`). Every button carries the draft it belongs to
 * and, for answers, the question: a press on an older card is recognised and answered, never applied.
 */
export const CardActionSchema = z.discriminatedUnion('ws', [
  z.looseObject({ ws: z.literal('answer'), draft: z.string(), step: z.string(), value: z.string().optional() }),
  // A card with several fields: its inputs come along as q:<question id>.
  z.looseObject({ ws: z.literal('group'), draft: z.string(), group: z.string() }),
  z.object({ ws: z.literal('danger'), draft: z.string() }),
  z.object({ ws: z.literal('confirm'), draft: z.string(), about: z.enum(PENDING), value: z.enum(['ja', 'nee']) }),
  z.object({ ws: z.literal('change'), draft: z.string(), part: z.string() }),
  z.object({ ws: z.literal('send'), draft: z.string() }),
]);
export type CardAction = z.infer<typeof CardActionSchema>;

/** The value of a submit, or undefined when the message is not a card press of ours. */
export function parseCardAction(value: unknown): CardAction | undefined {
  const parsed = CardActionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Multi-select inputs are named sel_<group>; Teams merges them into the data as comma-separated values. */
export function selectedValues(action: Record<string, unknown>): string[] {
  return Object.entries(action)
    .filter(([key, value]) => key.startsWith('sel_') && typeof value === 'string')
    .flatMap(([, value]) => String(value).split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}
