import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { parseConfig } from './config/config';
import { loadRoutingFile } from './config/routing-file';
import { FALLBACK_ONLY_ROUTING } from './domain';
import { coordinationJobs } from './coordination/jobs/daily-summary';
import { intakeJobs } from './intake/jobs';
import { signallerJobs } from './signaller/jobs/follow-ups';
import { createLogger } from './runtime/log';
import { createApp } from './server';
import { createStores } from './store/create-stores';
import { systemClock } from './runtime/system-clock';
import { createAdapter } from './teams/adapter';
import { createBackgroundWork } from './teams/jobs/background-work';

/** The composition root and the one place that reads process.env: stores, the HTTP app, the background work. */
async function main(): Promise<void> {
  const result = parseConfig(process.env);
  if (!result.ok) {
    console.error('wijksignaal cannot start; fix these settings (see README, "Configuration"):');
    for (const problem of result.problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  const { config } = result;
  const log = createLogger({ level: config.logLevel });

  if (config.mode === 'local') {
    log.warn('LOCAL MODE: no Bot Framework authentication. Listening on 127.0.0.1 only. Never use this in production.');
  }
  if (!config.redis) {
    log.warn('No REDIS_URL: conversations are kept in memory. Nothing survives a restart.');
  } else if ('plaintext' in config.encryption) {
    log.warn('ALLOW_PLAINTEXT_STATE: conversation state is stored in Redis unencrypted. Local development only.');
  }

  const routing = config.routingFile ? loadRoutingFile(config.routingFile) : undefined;
  if (routing && !routing.ok) {
    console.error('wijksignaal cannot start; fix the routing file:');
    for (const problem of routing.problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  if (!routing) log.warn('No ROUTING_FILE: every signal goes to one fallback intake (Centrale intake wijkteams).');

  if (config.notifier.pollMsIgnored) {
    log.warn('NOTIFIER_POLL_MS is no longer used and can be removed: the notifier waits for wake-ups instead of polling (see NOTIFIER_STALE_SECONDS).');
  }
  const table = routing?.table ?? FALLBACK_ONLY_ROUTING;
  const stores = createStores(config, systemClock, log, table);
  const adapter = createAdapter(config.botAuth);
  const app = createApp({ config, ...stores, adapter, routing: table, clock: systemClock, log });
  const jobs = createBackgroundWork({
    adapter,
    appId: config.botAuth.MicrosoftAppId ?? '',
    queue: stores.notifications,
    wakeUps: stores.wakeUps,
    leases: stores.leases,
    queues: table.teams.map((team) => team.id),
    registrations: [
      intakeJobs({
        ...stores,
        routing: table,
        clock: systemClock,
        log: log.child({ part: 'notifier' }),
        acuteReminderMs: config.notifier.acuteReminderMs,
        escalationIntervalMs: config.escalationIntervalMs,
        retentionMs: config.retentionMs,
        auditRetentionMs: config.auditRetentionMs,
      }),
      signallerJobs({ ...stores, routing: table, clock: systemClock, log: log.child({ part: 'notifier' }) }),
      coordinationJobs({ ...stores, routing: table, dailySummaryMinute: config.dailySummaryMinute, clock: systemClock, log: log.child({ part: 'notifier' }) }),
    ],
    instanceId: `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`,
    staleMs: config.notifier.staleMs,
    clock: systemClock,
    log,
  });
  await app.start();
  jobs.start();

  /** Turns in flight first, then the background work's pass in progress, then the stores. */
  const stop = async () => {
    await app.stop();
    await jobs.stop();
    await stores.conversations.close();
    log.info('stopped');
  };

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error('wijksignaal failed to start:', err instanceof Error ? err.message : 'unknown error');
  process.exit(1);
});
