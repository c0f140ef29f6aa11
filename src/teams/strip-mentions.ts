/** The text without Teams' `<at>…</at>` mention tags: what the person typed after naming the bot. */
export function stripMentions(text: string): string {
  return text.replace(/<at>[^<]*<\/at>/gi, ' ').trim();
}
