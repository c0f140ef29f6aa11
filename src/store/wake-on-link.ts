import type { ChannelLinks, WakeUps } from '../domain';

/**
 * Linking a channel wakes its queue, so signals that waited for a channel go out at once rather than at their next
 * look. After the link is stored, like every wake-up: a lost one only delays them.
 */
export function wakeOnLink(links: ChannelLinks, wakeUps: Pick<WakeUps, 'notify'>): ChannelLinks {
  return {
    async link(link) {
      await links.link(link);
      await wakeUps.notify(link.teamId);
    },
    unlink: (teamId) => links.unlink(teamId),
    get: (teamId) => links.get(teamId),
    teamOfChannel: (channelId) => links.teamOfChannel(channelId),
  };
}
