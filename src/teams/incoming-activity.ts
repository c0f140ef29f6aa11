import type { Activity } from 'botbuilder';
import { z } from 'zod';

/**
 * The fields of an incoming activity the bot relies on. Everything else passes through untouched for botbuilder;
 * what the bot reads beyond this is parsed where it is used (tenant, card values).
 */
const IncomingActivitySchema = z.looseObject({
  type: z.string().min(1),
  id: z.string().min(1).max(512).optional(),
  channelId: z.string().min(1),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  from: z.looseObject({ id: z.string().min(1) }),
  recipient: z.looseObject({ id: z.string().min(1) }),
  text: z.string().max(28_000).optional(),
  locale: z.string().max(20).optional(),
});

export function parseIncomingActivity(body: unknown): Activity | undefined {
  const parsed = IncomingActivitySchema.safeParse(body);
  // The schema checks what we use; botbuilder's Activity type describes the rest, which we pass on as received.
  return parsed.success ? (parsed.data as unknown as Activity) : undefined;
}
