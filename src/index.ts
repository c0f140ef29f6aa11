import { parseConfig } from './config/config';
import { createLogger } from './log';
import { createApp } from './server';
import { loadRoutingFile } from './config/routing-file';
import { createStores } from './store/create-stores';
import { systemClock } from './system-clock';

/** The one place that reads process.env. */
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

  const stores = createStores(config, systemClock, log);
  const app = createApp({
    config,
    ...stores,
    routing: routing?.table,
    clock: systemClock,
    log,
    notifier: config.notifier,
  });
  await app.start();

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    app.stop().then(
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
