import type { z } from 'zod';

/** Shared by the bot's configuration and the packaging script, so both read the environment alike. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An empty or blank variable counts as unset. */
export const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** One line per problem, `NAME: what is wrong`; zod messages here never contain the value. */
export function issueLines(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join('.') || 'environment'}: ${i.message}`);
}
