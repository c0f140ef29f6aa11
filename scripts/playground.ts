import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * `npm run playground`: the bot in local mode plus Microsoft 365 Agents Playground pointed at it. Ctrl-C stops both;
 * if either stops, the other is stopped too.
 */
const root = join(__dirname, '..', '..');
const botPort = process.env.PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';

const children: ChildProcess[] = [];
const start = (command: string, args: string[], env: NodeJS.ProcessEnv) => {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  child.once('exit', (code) => stopAll(code ?? 0));
  children.push(child);
};

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

start(process.execPath, ['--disable-warning=DEP0111', '--env-file=local.env', 'dist/src/index.js'], { PORT: botPort });
start(
  process.execPath,
  [
    require.resolve('@microsoft/m365agentsplayground/cli.js'),
    '-e',
    `http://127.0.0.1:${botPort}/api/messages`,
    '-c',
    'msteams',
    '--disable-telemetry',
    '-p',
    playgroundPort,
  ],
  { TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? 'none' },
);
console.log(`Agents Playground: open http://localhost:${playgroundPort} and type "hulp" (Ctrl-C stops bot and Playground).`);
