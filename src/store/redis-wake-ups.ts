import type { Redis } from 'ioredis';
import type { WakeUps } from '../domain';
import { jobKeys } from './job-keys';

/** Enough for every instance to catch up after a short hiccup; an instance further behind relies on the sweep. */
const KEEP_WAKE_UPS = 1000;
/** After a failed read (Redis away), wait this long before reading again. */
const RETRY_MS = 1000;

type StreamReply = Array<[key: string, entries: Array<[id: string, fields: string[]]>]> | null;

/**
 * One stream, `<prefix>{wake}`, that every queue write adds an entry to (XADD MAXLEN ~). Each instance reads it with
 * XREAD BLOCK on a connection of its own, from the last entry it saw, so every instance sees every wake-up and waits
 * without a command per queue. A read that times out (after `blockMs`) costs one command; that is the idle cost.
 */
export function createRedisWakeUps(options: { redis: Redis; keyPrefix: string; blockMs: number }): WakeUps {
  const { redis, blockMs } = options;
  const key = jobKeys(options.keyPrefix).wake;
  return {
    async notify(teamId) {
      // After the queue step, not in it: a lost wake-up only delays the job until the next sweep.
      await redis.xadd(key, 'MAXLEN', '~', KEEP_WAKE_UPS, '*', 'q', teamId).catch(() => undefined);
    },
    listen(onWake) {
      // A blocking read holds its connection: it gets one of its own, with a timeout beyond the block.
      const reader = redis.duplicate({ commandTimeout: blockMs + 5000, maxRetriesPerRequest: null, lazyConnect: true });
      reader.on('error', () => undefined); // the main connection reports Redis problems
      let closed = false;
      let started: () => void = () => undefined;
      const ready = new Promise<void>((resolve) => (started = resolve));
      const loop = (async () => {
        // From the newest entry now: whatever was written before is for the caller's sweep to find.
        let lastId = await newestId(reader, key).catch(() => '$');
        started();
        while (!closed) {
          try {
            const reply = (await reader.xread('COUNT', 500, 'BLOCK', blockMs, 'STREAMS', key, lastId)) as StreamReply;
            const entries = reply?.[0]?.[1] ?? [];
            if (entries.length === 0) continue;
            lastId = entries[entries.length - 1]![0];
            const teams = new Set<string>();
            for (const [, fields] of entries) if (fields[0] === 'q' && fields[1]) teams.add(fields[1]);
            onWake([...teams]);
          } catch {
            if (!closed) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
          }
        }
      })();
      return {
        ready,
        async close() {
          closed = true;
          started();
          reader.disconnect();
          await loop;
        },
      };
    },
  };
}

async function newestId(redis: Redis, key: string): Promise<string> {
  const [newest] = (await redis.xrevrange(key, '+', '-', 'COUNT', 1)) as Array<[string, string[]]>;
  return newest?.[0] ?? '0-0';
}
