import { ChannelLinkSchema, OnDutySchema, type ChannelLink, type ChannelLinks, type DutyRosters, type OnDuty } from '../domain';

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

export function createMemoryDutyRosters(): DutyRosters {
  const rosters = new Map<string, OnDuty>();
  return {
    get: async (teamId) => rosters.get(teamId),
    async set(teamId, people) {
      rosters.set(teamId, OnDutySchema.parse(people));
    },
  };
}
