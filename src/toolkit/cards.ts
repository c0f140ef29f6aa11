/**
 * The card toolkit every feature builds its Adaptive Cards with: the JSON building blocks (schema 1.5, what Teams
 * renders), one `adaptiveCard()` attachment, buttons whose data is typed, and the answers an invoke handler returns.
 * Plain JSON and no botbuilder, so features stay free of the Bot Framework SDK.
 */

export type CardJson = Record<string, unknown>;

export const ADAPTIVE_CARD_VERSION = '1.5';
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * Teams takes messages (and invoke responses) up to about 28 KB, envelope included; a card's JSON stays under this,
 * leaving 4 KB for the rest.
 */
export const CARD_BYTE_BUDGET = 24 * 1024;

/** The card's JSON in UTF-8 bytes, as it goes over the wire. */
export function byteSize(card: CardJson): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** A card as a message attachment. */
export interface CardAttachment {
  readonly contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  readonly content: CardJson;
}

export function adaptiveCard(content: CardJson): CardAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content };
}

/** The card itself: schema, version, the text shown where the card cannot be, body and actions. */
export const cardJson = (body: CardJson[], actions: CardJson[], fallbackText: string): CardJson => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: ADAPTIVE_CARD_VERSION,
  fallbackText,
  body,
  actions,
});

export const textBlock = (text: string, extra: CardJson = {}): CardJson => ({ type: 'TextBlock', text, wrap: true, ...extra });

/** A card that only says something, quietly, with no buttons (e.g. what replaces a removed card). */
export const noticeCard = (text: string): CardJson => cardJson([textBlock(text, { id: 'title', isSubtle: true })], [], text);

/** A required choice shown as radio buttons, with the message Teams shows when nothing is chosen. */
export function choiceSet(
  id: string,
  label: string,
  required: string,
  options: ReadonlyArray<readonly [value: string, title: string]>,
  value?: string,
): CardJson {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    style: 'expanded',
    isRequired: true,
    errorMessage: required,
    choices: options.map(([v, title]) => ({ title, value: v })),
    ...(value ? { value } : {}),
  };
}

export const heading = (text: string): CardJson => textBlock(text, { weight: 'Bolder', size: 'Medium', separator: true, spacing: 'Medium' });

/** Facts without a value are left out. */
export const factSet = (facts: ReadonlyArray<readonly [string, string | undefined]>): CardJson => ({
  type: 'FactSet',
  facts: facts.filter((f): f is readonly [string, string] => f[1] !== undefined && f[1] !== '').map(([title, value]) => ({ title, value })),
});

/**
 * Control characters other than line breaks and tabs have no place on a card, and a lone surrogate is no character:
 * JSON writes either as a six-byte escape, so a long text of them would blow the message size.
 */
export const clean = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/**
 * Text someone typed, shown as typed: a TextRun is not markdown, so "**", "[link](...)" and "- " stay plain text.
 * Paragraphs become RichTextBlocks (a TextRun has no line break); at most `maxParagraphs`, the rest joined with " / ".
 */
export function typedText(label: string, text: string, maxParagraphs = 1): CardJson[] {
  const lines = clean(text)
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean);
  const paragraphs = lines.length <= maxParagraphs ? lines : [...lines.slice(0, maxParagraphs - 1), lines.slice(maxParagraphs - 1).join(' / ')];
  return [
    textBlock(label, { weight: 'Bolder', spacing: 'Small' }),
    ...paragraphs.map((line, i) => ({ type: 'RichTextBlock', spacing: i === 0 ? 'None' : 'Small', inlines: [{ type: 'TextRun', text: line }] })),
  ];
}

/**
 * A button on a shared (channel) card: Action.Execute whose data is `data` (the verb is the action's own), with an
 * Action.Submit fallback for clients without Universal Actions that carries the verb in its data. `extra` (style,
 * isEnabled, tooltip, associatedInputs) applies to both. `fallback` on an action is part of the schema since 1.2.
 */
export function executeButton<V extends string, D extends CardJson>(verb: V, title: string, data: D, extra: CardJson = {}): CardJson {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    ...extra,
    fallback: { type: 'Action.Submit', title, data: { verb, ...data }, ...extra },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What a press of an {@link executeButton} brings, from either shape it arrives in: the `adaptiveCard/action`
 * invoke's value (`{ action: { type: 'Action.Execute', verb, data } }`, where the verb is the action's, never one
 * smuggled into `data`) or an Action.Submit fallback's message value (`{ verb, ...data }`). Parse it with zod.
 */
export function executePayload(value: unknown): unknown {
  const action = isObject(value) && isObject(value.action) && value.action.type === 'Action.Execute' ? value.action : undefined;
  return action ? { ...(isObject(action.data) ? action.data : {}), verb: action.verb } : value;
}

/**
 * What an invoke handler returns: a card that replaces the presser's view, or a message shown to the presser
 * only. The Teams glue puts it in the HTTP response; a Submit fallback (a message) gets it as a reply instead.
 */
export type InvokeReply = { readonly card: CardJson } | { readonly text: string };

/** The invoke response body Teams expects for an `adaptiveCard/action`. */
export function invokeResponseBody(reply: InvokeReply): { statusCode: 200; type: string; value: unknown } {
  return 'card' in reply
    ? { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: reply.card }
    : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: reply.text };
}

/** An @mention in a message: `<at>name</at>` in the text and an entity naming whom. */
export interface Mention {
  readonly type: 'mention';
  readonly text: string;
  readonly mentioned: { readonly id: string; readonly name: string };
}

/** `text` preceded by an @mention of each person; names are cleaned so they cannot break out of their tag. */
export function withMentions(people: ReadonlyArray<{ readonly id: string; readonly name: string }>, text: string): { text: string; entities: Mention[] } {
  const entities = people.map((p): Mention => {
    const name = clean(p.name).replace(/[<>&]/g, '');
    return { type: 'mention', text: `<at>${name}</at>`, mentioned: { id: p.id, name } };
  });
  return { text: [...entities.map((e) => e.text), text].join(' '), entities };
}
