import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { queueKeys } from './signal-keys';
import { ChannelLinkSchema, OnDutySchema, type ChannelLink, type ChannelLinks, type DutyRosters } from '../domain';

/**
 * The link sits under the queue's hash tag (the notifier reads it with the queue); the reverse index (channel →
 * team) has its own key. Linking is rare and done by an admin, so the two writes need not be one atomic step:
 * the forward key is written last and is the truth; a stale reverse entry is ignored when it disagrees.
 */
const linkKey = (prefix: string, teamId: string) => queueKeys(prefix, teamId).channel;
const reverseKey = (prefix: string, channelId: string) => `${prefix}channel:${createHash('sha256').update(channelId, 'utf8').digest('base64url').slice(0, 22)}`;

export function createRedisChannelLinks(options: { redis: Redis; keyPrefix: string }): ChannelLinks {
  const { redis, keyPrefix: p } = options;
  const get = async (teamId: string): Promise<ChannelLink | undefined> => {
    const raw = await redis.get(linkKey(p, teamId));
    const parsed = raw === null ? undefined : ChannelLinkSchema.safeParse(JSON.parse(raw));
    return parsed?.success ? parsed.data : undefined;
  };
  return {
    get,
    async link(link) {
      const valid = ChannelLinkSchema.parse(link);
      const previous = await get(valid.teamId);
      if (previous && previous.channelId !== valid.channelId) await redis.del(reverseKey(p, previous.channelId));
      await redis.set(reverseKey(p, valid.channelId), valid.teamId);
      await redis.set(linkKey(p, valid.teamId), JSON.stringify(valid));
    },
    async unlink(teamId) {
      const previous = await get(teamId);
      await redis.del(linkKey(p, teamId));
      if (previous) await redis.del(reverseKey(p, previous.channelId));
      return previous;
    },
    async teamOfChannel(channelId) {
      const teamId = await redis.get(reverseKey(p, channelId));
      if (teamId === null) return undefined;
      return (await get(teamId))?.channelId === channelId ? teamId : undefined;
    },
  };
}

/** Who is on duty, beside the queue's link under its hash tag: one small JSON value, set by "dienst". */
export function createRedisDutyRosters(options: { redis: Redis; keyPrefix: string }): DutyRosters {
  const key = (teamId: string) => `${options.keyPrefix}{q:${teamId}}:duty`;
  return {
    async get(teamId) {
      const raw = await options.redis.get(key(teamId));
      const parsed = raw === null ? undefined : OnDutySchema.safeParse(JSON.parse(raw));
      return parsed?.success ? parsed.data : undefined;
    },
    async set(teamId, people) {
      await options.redis.set(key(teamId), JSON.stringify(OnDutySchema.parse(people)));
    },
  };
}
