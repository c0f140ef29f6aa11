import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * `npm run playground`: the bot in local mode plus Microsoft 365 Agents Playground pointed at it, with the made-up
 * people and team of config/playground.yml. Ctrl-C (or SIGTERM) stops both; if either stops, the other is stopped
 * too, and a failure of either makes this exit non-zero.
 *
 * The Playground does not refuse a port that is taken: it silently listens on another one and says so only in its
 * "Listening on N" line. So both ports are checked before anything starts, and the URL is printed only once the
 * bot answers /healthz and the Playground has said where it listens.
 */
const root = join(__dirname, '..', '..');

/** Sanne Bakker (beheerder) in config/playground.yml: the bot lets her link the Intake channel. */
export const PLAYGROUND_ADMIN_AAD_OBJECT_ID = '00000000-0000-4000-8000-000000000201';
/** Anna de Vries, the Playground's own user (who types in its window), is also a coordinator: "status" works by hand. */
export const PLAYGROUND_COORDINATOR_AAD_OBJECT_ID = '00000000-0000-4000-8000-000000000101';
export const PLAYGROUND_CONFIG = join(root, 'config', 'playground.yml');
export const PLAYGROUND_ROUTING = join(root, 'config', 'playground-routing.json');

/** How long children get to stop after SIGTERM before they are killed (the bot waits up to SHUTDOWN_GRACE_SECONDS). */
const STOP_TIMEOUT_MS = 20_000;

interface PortSpec {
  readonly port: number;
  readonly variable: 'PORT' | 'PLAYGROUND_PORT';
  readonly whose: string;
  /** The addresses the process will listen on; a port is free only if all of them are. */
  readonly hosts: readonly (string | undefined)[];
}

function parsePort(variable: 'PORT' | 'PLAYGROUND_PORT', fallback: number): number {
  const text = process.env[variable]?.trim();
  if (!text) return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    console.error(`${variable}=${text} is not a port number (1-65535).`);
    process.exit(1);
  }
  return port;
}

/** Listens on the port for a moment. "taken" also covers ports this user may not open. */
function probe(port: number, host: string | undefined): Promise<'free' | 'taken' | 'no-such-address'> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'EADDRNOTAVAIL' || err.code === 'EAFNOSUPPORT' ? 'no-such-address' : 'taken'));
    server.listen({ port, host }, () => server.close(() => resolve('free')));
  });
}

async function isTaken(spec: PortSpec): Promise<boolean> {
  for (const host of spec.hosts) if ((await probe(spec.port, host)) === 'taken') return true;
  return false;
}

const children = new Map<string, ChildProcess>();
let exitCode: number | undefined;

function stopAll(code: number): void {
  if (exitCode !== undefined) {
    exitCode = Math.max(exitCode, code);
    return;
  }
  exitCode = code;
  if (children.size === 0) process.exit(exitCode);
  for (const child of children.values()) child.kill('SIGTERM');
  setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
  }, STOP_TIMEOUT_MS).unref();
}

function start(name: string, args: string[], env: NodeJS.ProcessEnv, stdout: 'inherit' | 'pipe'): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', stdout, 'inherit'] });
  children.set(name, child);
  child.once('exit', (code, signal) => {
    children.delete(name);
    if (exitCode === undefined) {
      // A child that stops on its own is a failure unless it exited 0 or was stopped like we would stop it (Ctrl-C
      // reaches every process in the terminal's foreground group, possibly before it reaches us).
      const failed = !(code === 0 || signal === 'SIGINT' || signal === 'SIGTERM');
      console.error(`${name} stopped (${signal ? `signal ${signal}` : `exit code ${code}`}); stopping the rest.`);
      if (name === 'Agents Playground' && failed) console.error(`The Playground's log: ${playgroundLog}`);
      stopAll(failed ? 1 : 0);
    } else if (code !== null && code !== 0) {
      stopAll(code);
    }
    if (children.size === 0 && exitCode !== undefined) process.exit(exitCode);
  });
  return child;
}

const playgroundLog = process.env.M365_AGENTS_PLAYGROUND_LOGFILE ?? join(root, 'devTools', 'm365agentsplayground.log');

async function waitForBot(url: string, bot: ChildProcess): Promise<boolean> {
  for (;;) {
    if (bot.exitCode !== null || bot.signalCode !== null || exitCode !== undefined) return false;
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(): Promise<void> {
  const botPort = parsePort('PORT', 3978);
  const playgroundPort = parsePort('PLAYGROUND_PORT', 56150);
  if (botPort === playgroundPort) {
    console.error(`PORT and PLAYGROUND_PORT are both ${botPort}; the bot and the Playground need a port each.`);
    process.exit(1);
  }
  const specs: PortSpec[] = [
    // Local mode listens on 127.0.0.1 only, and the Playground calls the bot there.
    { port: botPort, variable: 'PORT', whose: "the bot's port", hosts: ['127.0.0.1'] },
    // The Playground listens on all interfaces; the browser may reach localhost over IPv4 or IPv6.
    { port: playgroundPort, variable: 'PLAYGROUND_PORT', whose: "the Agents Playground's port", hosts: [undefined, '127.0.0.1', '::1'] },
  ];
  const taken: PortSpec[] = [];
  for (const spec of specs) if (await isTaken(spec)) taken.push(spec);
  if (taken.length > 0) {
    for (const spec of taken) {
      console.error(`Port ${spec.port} is in use (${spec.whose}); stop what uses it or set ${spec.variable}=<another port>.`);
    }
    process.exit(1);
  }

  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  process.on('SIGHUP', () => stopAll(0));

  const bot = start(
    'The bot',
    ['--disable-warning=DEP0111', '--env-file=local.env', 'dist/src/index.js'],
    {
      PORT: String(botPort),
      // Shell settings win, as with `npm start`; without them the bot gets the Playground's made-up admin and teams.
      ADMIN_AAD_OBJECT_IDS: process.env.ADMIN_AAD_OBJECT_IDS ?? PLAYGROUND_ADMIN_AAD_OBJECT_ID,
      COORDINATOR_AAD_OBJECT_IDS: process.env.COORDINATOR_AAD_OBJECT_IDS ?? PLAYGROUND_COORDINATOR_AAD_OBJECT_ID,
      ROUTING_FILE: process.env.ROUTING_FILE ?? PLAYGROUND_ROUTING,
    },
    'inherit',
  );
  const playground = start(
    'Agents Playground',
    [
      require.resolve('@microsoft/m365agentsplayground/cli.js'),
      '-e',
      `http://127.0.0.1:${botPort}/api/messages`,
      '-c',
      'msteams',
      '--disable-telemetry',
      '-p',
      String(playgroundPort),
    ],
    {
      TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH ?? PLAYGROUND_CONFIG,
    },
    'pipe',
  );

  // With its stdout not a terminal the Playground prints only "Listening on N" there; everything else goes to its log.
  const listening = new Promise<number | undefined>((resolve) => {
    const lines = createInterface({ input: playground.stdout! });
    lines.on('line', (line) => {
      const match = /^Listening on (\d+)\s*$/.exec(line);
      if (match) resolve(Number(match[1]));
      else console.log(line);
    });
    lines.once('close', () => resolve(undefined));
  });

  const [port, botUp] = await Promise.all([listening, waitForBot(`http://127.0.0.1:${botPort}`, bot)]);
  if (port === undefined || !botUp || exitCode !== undefined) return;
  if (port !== playgroundPort) {
    console.error(`Port ${playgroundPort} was taken after all; the Playground listens on ${port} instead.`);
  }
  console.log(`Agents Playground: open http://localhost:${port} and type "hulp" (Ctrl-C stops bot and Playground).`);
  if (!process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH) {
    console.log(
      'You are Anna de Vries (leerkracht). To link the Intake channel as Sanne Bakker (beheerder), in another terminal:\n' +
        `  ${port === 56150 ? '' : `PLAYGROUND_PORT=${port} `}npm run playground:say -- sanne intake "koppel wijkteam noord bevestig"`,
    );
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error('npm run playground failed:', err instanceof Error ? err.message : err);
    stopAll(1);
  });
}
