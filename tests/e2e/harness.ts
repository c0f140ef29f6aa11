import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAYGROUND_ADMIN_AAD_OBJECT_ID, PLAYGROUND_COORDINATOR_AAD_OBJECT_ID } from '../../scripts/playground';
import { startLocalEntra, type LocalEntra } from '../../scripts/tab-host/local-entra';
import { cleanEnv, ROOT, run, startBotProcess, type BotProcess } from '../helpers/bot-process';
import { freePort, startRedisServer, type RedisServer } from '../helpers/redis-server';
import { killGroup } from '../scripts/processes';
import { playgroundClient, readPlaygroundConfig, type PlaygroundClient } from './playground-client';

/**
 * Everything the journey runs against, on free ports: a throwaway redis-server, the bot as `npm run serve` runs it
 * (dist/src/index.js: Redis, encrypted state, the Playground's routing, admin and coordinator, the tab's sign-in against a
 * local stand-in for Entra) and Microsoft's Agents
 * Playground pointed at it. The bot runs in local mode because the Playground sends no Bot Framework token.
 * `stop()` ends whatever was started, also after a start that failed halfway.
 */
export interface Harness {
  readonly bot: BotProcess;
  readonly playground: { readonly url: string; readonly log: string; readonly output: () => string };
  readonly client: PlaygroundClient;
  /** Entra's sign-in keys on loopback: the coordinators' tab gets its tokens here (audience TAB_SSO_APP_ID). */
  readonly entra: LocalEntra;
  stop(): Promise<void>;
}

/** Made up: the app registration the tab's SSO tokens are issued for. */
export const TAB_SSO_APP_ID = '00000000-0000-4000-8000-0000000000ab';

const PLAYGROUND_CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');
// scripts/playground.ts exports these paths too, but relative to its compiled place in dist/.
const PLAYGROUND_CONFIG = join(ROOT, 'config', 'playground.yml');
const PLAYGROUND_ROUTING = join(ROOT, 'config', 'playground-routing.json');
const READY_MS = 30_000;
/**
 * Anna de Vries, the Playground's `currentUser` in config/playground.yml, is also the coordinator. The Playground's
 * window and its client API always speak as her, and put her `aadObjectId` from that file in `from.aadObjectId`; hers
 * is the only 1:1 chat with the bot, where a coordinator types "status". The journey checks that the Playground still
 * gives her this id. Her steps as a signaller type "mijn signalen", which lists her own signals whoever she is.
 */
export { PLAYGROUND_COORDINATOR_AAD_OBJECT_ID };
/** The Playground's and the bot's logs of the latest run, with the screenshots (git-ignored). */
const LOGS = join(ROOT, 'test-results', 'e2e');

export async function startHarness(): Promise<Harness> {
  const stops: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const s of stops.splice(0).reverse()) await s();
  };
  try {
    const redis = await startRedisServer();
    stops.push(() => redis.stop());
    const entra = await startLocalEntra();
    stops.push(() => entra.close());
    const bot = await startBot(redis, entra);
    // The journey needs no graceful shutdown (tests/scripts/sigterm.test.ts covers that): kill, and fast. What the
    // bot logged stays beside the Playground's log, for a failure to be read afterwards.
    stops.push(async () => {
      await bot.stop('SIGKILL');
      writeFileSync(join(LOGS, 'bot.log'), bot.output());
    });
    const playground = await startPlayground(bot.url);
    stops.push(() => killGroup(playground.child));
    const client = playgroundClient(playground.url, await readPlaygroundConfig(playground.url));
    return { bot, playground, client, entra, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function startBot(redis: RedisServer, entra: LocalEntra): Promise<BotProcess> {
  return freePort().then((port) =>
    startBotProcess(
      port,
      cleanEnv({
        PORT: String(port),
        BOT_LOCAL_MODE: 'true',
        REDIS_URL: redis.url,
        STATE_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
        ROUTING_FILE: PLAYGROUND_ROUTING,
        ADMIN_AAD_OBJECT_IDS: PLAYGROUND_ADMIN_AAD_OBJECT_ID,
        COORDINATOR_AAD_OBJECT_IDS: PLAYGROUND_COORDINATOR_AAD_OBJECT_ID,
        TAB_SSO_APP_ID,
        TAB_OPENID_METADATA_URL: entra.metadataUrl,
      }),
    ),
  );
}

/**
 * The Playground as scripts/playground.ts starts it. It never refuses a port that is taken: it picks another and
 * says which only in its "Listening on N" line, so that line is where its address comes from.
 */
async function startPlayground(botUrl: string): Promise<{ url: string; log: string; child: ChildProcess; output: () => string }> {
  mkdirSync(LOGS, { recursive: true });
  const log = join(LOGS, 'playground.log');
  const env = cleanEnv({ TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_CONFIG_PATH: PLAYGROUND_CONFIG, M365_AGENTS_PLAYGROUND_LOGFILE: log });
  delete env.TEAMS_APP_TEST_TOOL_CONFIG_PATH;
  const proc = run('node', [PLAYGROUND_CLI, '-e', `${botUrl}/api/messages`, '-c', 'msteams', '--disable-telemetry', '-p', String(await freePort())], env);
  try {
    const port = await lineOf(proc.child, /^Listening on (\d+)\s*$/m, READY_MS);
    return { url: `http://localhost:${port}`, log, child: proc.child, output: proc.output };
  } catch (err) {
    killGroup(proc.child);
    throw new Error(`${(err as Error).message}\nIts output:\n${proc.output()}\nIts log: ${log}`);
  }
}

/** The first capture of `pattern` in what the process prints, as soon as it prints it. */
function lineOf(child: ChildProcess, pattern: RegExp, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => done(new Error(`the Agents Playground did not say where it listens within ${ms} ms`)), ms);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match) done(undefined, match[1]);
    };
    const onExit = (code: number | null) => done(new Error(`the Agents Playground exited (${code}) before it listened`));
    function done(err?: Error, value?: string) {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(value!);
    }
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}
