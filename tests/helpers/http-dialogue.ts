import { randomUUID } from 'node:crypto';
import { messageActivity } from './activities';
import type { CaptureServer } from './capture-server';
import { actionsOf, promptId, type Walkable } from './dialogue';
import { postActivity } from './test-app';

type Json = Record<string, unknown>;

/**
 * The 1:1 dialogue driven through POST /api/messages, reading the bot's cards at the capture server: the whole
 * Teams-facing path (router, middleware, turn runner, state) is in the loop. `url` can change (a restarted bot).
 */
export function httpDialogue(capture: CaptureServer, conversationId = `a:${randomUUID()}`) {
  let url = '';
  const cardsSeen = () =>
    capture.requests
      .filter((r) => r.conversationId === conversationId && r.method === 'POST')
      .map((r) => ({ card: (r.activity.attachments as Array<{ content?: Json }> | undefined)?.[0]?.content, id: r.id }))
      .filter((c): c is { card: Json; id: string | undefined } => c.card !== undefined);

  const post = async (fields: Json) => {
    const res = await postActivity(url, { ...messageActivity({ serviceUrl: capture.serviceUrl, conversationId, text: '' }), ...fields });
    if (res.status !== 200) throw new Error(`bot answered ${res.status}: ${res.body}`);
  };

  const lastCard = (): Json => {
    const cards = cardsSeen();
    const card = cards[cards.length - 1];
    if (!card) throw new Error('no card yet');
    return card.card;
  };

  const driver: Walkable & { useBot(next: string): void; texts(): string[] } = {
    useBot: (next) => void (url = next),
    step: () => promptId(lastCard()),
    lastCard,
    say: (text) => post({ text }),
    press: async (match, extra = {}) => {
      const data = actionsOf(lastCard())
        .map((a) => a.data as Json)
        .find((d) => d && match(d));
      if (!data) throw new Error(`no such button on card ${promptId(lastCard())}`);
      // As Teams does: a press on a card names the card's message.
      const replyToId = cardsSeen().at(-1)?.id;
      await post({ value: { ...data, ...extra }, ...(replyToId ? { replyToId } : {}) });
    },
    texts: () => capture.texts(conversationId),
  };
  return driver;
}
