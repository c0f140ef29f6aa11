import { textsFor } from '../../src/texts';

/** Every plain sentence of a language's texts (functions, which fill in names and dates, are left out). */
function sentences(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => sentences(inner, path ? `${path}.${key}` : key));
}

describe('English wording', () => {
  // Seen in the Agents Playground's summary card: "Child told itself: No", a word-for-word "Kind vertelde zelf".
  it('never calls the child "it": a child discloses, it does not "tell itself"', () => {
    const found = sentences(textsFor('en-US')).filter(([, text]) => /\bitself\b/i.test(text));
    expect(found).toEqual([]);
  });
});
