import type { Redis } from 'ioredis';
import type { AuditLog, ChannelLink, ChannelLinks } from '../../src/domain';
import { createMemoryAuditLog } from '../../src/store/memory-audit-log';
import { createMemoryChannelLinks } from '../../src/store/memory-channel-links';
import { createRedisAuditLog } from '../../src/store/redis-audit-log';
import { createRedisChannelLinks } from '../../src/store/redis-channel-links';
import { connectRedis, uniquePrefix } from '../helpers/redis';

let redis: Redis;
beforeAll(() => {
  redis = connectRedis();
});
afterAll(async () => {
  await redis.quit();
});

const link = (teamId: string, channelId: string): ChannelLink => ({
  teamId,
  serviceUrl: 'https://smba.example.invalid/emea/',
  tenantId: '7a1e3b52-0c4d-4e8f-9a6b-2d5c8f1e0a93',
  msTeamId: '19:team@thread.tacv2',
  channelId,
  botId: '28:bot',
  linkedBy: 'admin-object-id',
  linkedAt: '2026-11-23T09:00:00.000Z',
});

describe.each<[string, () => { links: ChannelLinks; audit: AuditLog }]>([
  ['memory', () => ({ links: createMemoryChannelLinks(), audit: createMemoryAuditLog() })],
  [
    'redis',
    () => {
      const keyPrefix = uniquePrefix();
      return { links: createRedisChannelLinks({ redis, keyPrefix }), audit: createRedisAuditLog({ redis, keyPrefix }) };
    },
  ],
])('%s channel links and audit log', (_name, make) => {
  it('links, finds both ways, relinks to another channel, unlinks', async () => {
    const { links } = make();
    await links.link(link('noord', '19:intake-a@thread.tacv2'));
    expect(await links.get('noord')).toMatchObject({ channelId: '19:intake-a@thread.tacv2' });
    expect(await links.teamOfChannel('19:intake-a@thread.tacv2')).toBe('noord');

    await links.link(link('noord', '19:intake-b@thread.tacv2'));
    expect(await links.teamOfChannel('19:intake-a@thread.tacv2')).toBeUndefined();
    expect(await links.teamOfChannel('19:intake-b@thread.tacv2')).toBe('noord');

    expect(await links.unlink('noord')).toMatchObject({ channelId: '19:intake-b@thread.tacv2' });
    expect(await links.get('noord')).toBeUndefined();
    expect(await links.teamOfChannel('19:intake-b@thread.tacv2')).toBeUndefined();
    expect(await links.unlink('noord')).toBeUndefined();
  });

  it('keeps teams apart', async () => {
    const { links } = make();
    await links.link(link('noord', '19:n@thread.tacv2'));
    await links.link(link('zuid', '19:z@thread.tacv2'));
    expect(await links.teamOfChannel('19:z@thread.tacv2')).toBe('zuid');
    expect(await links.get('noord')).toMatchObject({ channelId: '19:n@thread.tacv2' });
  });

  it('records audit events per team, in order, and refuses free text', async () => {
    const { audit } = make();
    await audit.record({ at: '2026-11-23T09:00:00.000Z', action: 'channel-linked', actor: 'admin', teamId: 'noord' });
    await audit.record({ at: '2026-11-23T09:01:00.000Z', action: 'action-refused', actor: 'x', teamId: 'noord', reason: 'not-admin' });
    await audit.record({ at: '2026-11-23T09:02:00.000Z', action: 'channel-linked', actor: 'admin', teamId: 'zuid' });
    expect((await audit.list('noord')).map((e) => e.action)).toEqual(['channel-linked', 'action-refused']);
    await expect(
      audit.record({ at: '2026-11-23T09:03:00.000Z', action: 'action-refused', actor: 'x', teamId: 'noord', reason: 'Jantje de Vries' }),
    ).rejects.toThrow();
    await expect(audit.record({ at: '2026-11-23T09:03:00.000Z', action: 'signal-viewed', actor: 'x', teamId: 'noord', note: 'x' } as never)).rejects.toThrow();
  });
});
