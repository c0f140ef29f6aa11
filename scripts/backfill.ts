import { Redis } from 'ioredis';
import { parseConfig } from '../src/config/config';
import { loadRoutingFile } from '../src/config/routing-file';
import { FALLBACK_ONLY_ROUTING, figureCalendarOf } from '../src/domain';
import { backfillIndexes, rebuildFigures } from '../src/store/backfill';
import { createRedisQueueFigures } from '../src/store/redis-figures';
import { createRedisReminderSchedule } from '../src/store/redis-reminder-schedule';
import { createSignalCodec } from '../src/store/signal-codec';
import { createValueCipher } from '../src/store/value-cipher';

/**
 * `npm run backfill`: once after upgrading to the release that added the reference and signaller indexes, the
 * follow-up and purge schedules and the coordinators' queue figures (see src/store/backfill.ts).
 * `npm run rebuild-figures` (`--figures-only`): the queue figures alone, recomputed from the records. Reads the same
 * environment as the bot (REDIS_URL, REDIS_KEY_PREFIX, STATE_ENCRYPTION_KEYS, ROUTING_FILE, RETENTION_DAYS). Prints
 * counts, never content.
 */
async function main(): Promise<void> {
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    console.error('backfill cannot start; fix the environment:');
    for (const problem of parsed.problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  const { config } = parsed;
  if (!config.redis) {
    console.error('backfill needs REDIS_URL: without Redis there is nothing stored to backfill.');
    process.exit(1);
  }
  const routing = config.routingFile ? loadRoutingFile(config.routingFile) : undefined;
  if (routing && !routing.ok) {
    console.error('backfill cannot start; fix the routing file:');
    for (const problem of routing.problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  const table = routing?.table ?? FALLBACK_ONLY_ROUTING;
  const redis = new Redis(config.redis.url, { maxRetriesPerRequest: 1 });
  const keyPrefix = config.redis.keyPrefix;
  const codec = createSignalCodec(createValueCipher(config.encryption));
  const teams = table.teams.map((t) => t.id);
  try {
    if (!process.argv.includes('--figures-only')) {
      const result = await backfillIndexes({
        redis,
        keyPrefix,
        codec,
        teams,
        followUps: createRedisReminderSchedule({ redis, keyPrefix, name: 'followups' }),
        purges: createRedisReminderSchedule({ redis, keyPrefix, name: 'purges' }),
        retentionMs: config.retentionMs,
      });
      console.log(`backfill done: ${result.signals} signals indexed and scheduled, ${result.unreadable} records that could not be opened`);
    }
    const figures = createRedisQueueFigures({ redis, keyPrefix });
    const rebuilt = await rebuildFigures({ redis, keyPrefix, codec, teams, figures, calendar: figureCalendarOf(table), now: Date.now() });
    console.log(`queue figures rebuilt for ${teams.length} queues from ${rebuilt.signals} signals (${rebuilt.unreadable} records could not be opened)`);
  } finally {
    await redis.quit();
  }
}

main().catch((err: unknown) => {
  console.error('backfill failed:', err instanceof Error ? err.message : 'unknown error');
  process.exit(1);
});
