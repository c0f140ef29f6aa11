import { ChannelLinkSchema, type ChannelLink, type ChannelLinks } from '../domain';

export function createMemoryChannelLinks(): ChannelLinks {
  const links = new Map<string, ChannelLink>();
  return {
    get: async (teamId) => links.get(teamId),
    async link(link) {
      links.set(link.teamId, ChannelLinkSchema.parse(link));
    },
    async unlink(teamId) {
      const previous = links.get(teamId);
      links.delete(teamId);
      return previous;
    },
    teamOfChannel: async (channelId) => [...links.values()].find((l) => l.channelId === channelId)?.teamId,
  };
}
