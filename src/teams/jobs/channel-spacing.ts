/**
 * Teams limits posts per channel (7 per second, 60 per 30 seconds), thread replies included: each post in a channel
 * waits until `spacingMs` after the previous one there.
 */
export function createChannelSpacing(spacingMs: number): (channelId: string) => Promise<void> {
  const channelFree = new Map<string, number>();
  return async (channelId) => {
    const wait = (channelFree.get(channelId) ?? 0) - Date.now();
    channelFree.set(channelId, Math.max(Date.now(), channelFree.get(channelId) ?? 0) + spacingMs);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
}

/** The channel of a thread (`<channel>;messageid=<root>`). */
export const channelOfThread = (conversationId: string): string => conversationId.split(';')[0] ?? conversationId;
