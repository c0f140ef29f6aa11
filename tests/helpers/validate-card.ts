import type * as AdaptiveCards from 'adaptivecards';

/**
 * Checks an Adaptive Card offline with Microsoft's own parser (the `adaptivecards` package), against what Teams renders.
 *
 * The package's `lib/` entry is ES modules without file extensions and does not load in Node; the webpack bundle in
 * `dist/` does. Parsing and validating need no DOM (no `document`), only rendering would.
 */
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** What Teams accepts: schema 1.5, at most 6 actions on a card, messages up to about 28 KB. */
export const TEAMS = { schemaVersion: '1.5', maxActions: 6, maxBytes: 28 * 1024 } as const;

export interface CardCheck {
  /** Unknown element or action types, invalid property values, properties newer than schema 1.5. */
  readonly parseEvents: string[];
  /** Duplicate ids, empty choice sets, too many actions (Teams' 6, not the library's default 5), bad version. */
  readonly validationEvents: string[];
  /** Properties the parser does not know at all (it ignores those silently): paths such as `body[2].bogus`. */
  readonly unknownProperties: string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const describeEvent = (e: AdaptiveCards.IValidationEvent) => `${AC.ValidationEvent[e.event]}: ${e.message}`;

export function checkCard(content: unknown): CardCheck {
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig({ actions: { maxActions: TEAMS.maxActions } });
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(content, context);

  const parseEvents: string[] = [];
  for (let i = 0; i < context.eventCount; i++) parseEvents.push(describeEvent(context.getEventAt(i)));
  const validationEvents = card.validateProperties().validationEvents.map(describeEvent);

  // The parser drops what it does not know, without an event; a round trip shows which properties went missing. A
  // property set to its default value is dropped too, so only names that are not in the object's schema count.
  const unknownProperties: string[] = [];
  droppedProperties(content, card.toJSON(new AC.SerializationContext(AC.Versions.v1_5)), '', undefined, unknownProperties);
  return { parseEvents, validationEvents, unknownProperties };
}

function droppedProperties(source: unknown, output: unknown, path: string, parentKey: string | undefined, found: string[]): void {
  if (Array.isArray(source)) {
    // An element the parser dropped is already a parse event; with a shifted array the pairs would not line up.
    if (!Array.isArray(output) || output.length !== source.length) return;
    source.forEach((item, i) => droppedProperties(item, output[i], `${path}[${i}]`, parentKey, found));
    return;
  }
  if (!isObject(source) || !isObject(output)) return;
  for (const [key, value] of Object.entries(source)) {
    const at = path ? `${path}.${key}` : key;
    if (!(key in output)) {
      // Empty collections (`items: []`) are left out of the output too; they are not in the schemas' property lists.
      const emptyList = Array.isArray(value) && value.length === 0;
      if (!emptyList && !knownProperty(source, parentKey, key)) found.push(at);
      continue;
    }
    // An action's data is the bot's own payload, sent back as it is.
    if (key === 'data' && typeof source.type === 'string' && source.type.startsWith('Action.')) continue;
    droppedProperties(value, output[key], at, key, found);
  }
}

function knownProperty(source: Json, parentKey: string | undefined, key: string): boolean {
  const instance = schemaInstance(source, parentKey);
  if (!instance) return false;
  const schema = instance.getSchema();
  for (let i = 0; i < schema.getCount(); i++) if (schema.getItemAt(i).name === key) return true;
  return false;
}

function schemaInstance(source: Json, parentKey: string | undefined): AdaptiveCards.SerializableObject | undefined {
  const type = source.type;
  if (typeof type === 'string') {
    if (type === 'AdaptiveCard') return new AC.AdaptiveCard();
    if (type === 'Column') return new AC.Column();
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    return context.elementRegistry.createInstance(type, AC.Versions.v1_5) ?? context.actionRegistry.createInstance(type, AC.Versions.v1_5);
  }
  if (parentKey === 'choices') return new AC.Choice();
  if (parentKey === 'facts') return new AC.Fact();
  return undefined;
}

/** Every object in a card's JSON with the given `type`, however deep (actions in an ActionSet, elements in columns). */
export function objectsOfType(content: unknown, type: string): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      if (value.type === type) found.push(value);
      for (const [key, child] of Object.entries(value)) if (key !== 'data') visit(child);
    }
  };
  visit(content);
  return found;
}
