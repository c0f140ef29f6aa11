import type { ConversationStore } from '../../src/domain';
import { createMemoryConversationStore } from '../../src/store/memory-conversation-store';
import { createStateCodec } from '../../src/store/state-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import { fakeClock } from './fake-clock';

/**
 * The real memory store, except that the next commit in a chosen conversation loses the compare-and-set, as when
 * another turn of that conversation committed first: the turn runner then runs the turn again.
 */
export function losingStore(): { store: ConversationStore; loseNextCommitIn(conversationId: string): void; pending(): boolean } {
  let loseIn: string | undefined;
  const inner = createMemoryConversationStore({
    codec: createStateCodec(createValueCipher({ plaintext: true })),
    clock: fakeClock(),
    stateTtlMs: 14 * 24 * 3_600_000,
    doneTtlMs: 60_000,
  });
  return {
    store: {
      ...inner,
      async commit(input) {
        if (input.conversationId !== loseIn) return inner.commit(input);
        loseIn = undefined;
        return 'conflict';
      },
    },
    loseNextCommitIn: (conversationId) => void (loseIn = conversationId),
    pending: () => loseIn !== undefined,
  };
}
