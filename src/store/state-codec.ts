import { z } from 'zod';
import {
  ConversationItemsSchema,
  DomainError,
  InvokeAnswerSchema,
  TurnOutboxSchema,
  type ConversationItems,
  type HeldReply,
  type InvokeAnswer,
  type TurnOutbox,
} from '../domain';
import type { ValueCipher } from './value-cipher';

/** A done mark whose replies went out; it still says "this activity was committed". */
export const DELIVERED = 'delivered';

/** Both stores serialise through here, so the in-memory twin copies and validates exactly like Redis. */
export function createStateCodec(cipher: ValueCipher) {
  return {
    encodeItems: (items: ConversationItems, context: string) => cipher.seal(JSON.stringify(items), context),
    decodeItems: (sealed: string, context: string): ConversationItems =>
      parseStored(ConversationItemsSchema, cipher.open(sealed, context), 'conversation state'),
    encodeOutbox: (replies: readonly HeldReply[], context: string) =>
      replies.length === 0 ? DELIVERED : cipher.seal(JSON.stringify({ replies: [...replies] } satisfies TurnOutbox), context),
    /** The replies still to deliver: all of them minus the `sent` that already went out. */
    decodeOutbox: (stored: string, sent: number, context: string): readonly HeldReply[] =>
      stored === DELIVERED ? [] : parseStored(TurnOutboxSchema, cipher.open(stored, context), 'turn outbox').replies.slice(sent),
    encodeInvoke: (answer: InvokeAnswer | undefined, context: string) => (answer === undefined ? '' : cipher.seal(JSON.stringify(answer), `${context}:invoke`)),
    decodeInvoke: (stored: string | null | undefined, context: string): InvokeAnswer | undefined =>
      stored ? parseStored(InvokeAnswerSchema, cipher.open(stored, `${context}:invoke`), 'invoke answer') : undefined,
  };
}

export type StateCodec = ReturnType<typeof createStateCodec>;

function parseStored<T>(schema: z.ZodType<T>, text: string, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new DomainError('invalid', `stored ${what} is not JSON`, { cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DomainError('invalid', `stored ${what} has an unexpected shape`);
  return parsed.data;
}
