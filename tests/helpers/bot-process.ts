import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './redis-server';

export const ROOT = join(__dirname, '..', '..');

export interface BotProcess {
  readonly url: string;
  readonly child: ChildProcess;
  output(): string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The environment a newcomer has: ours, minus anything that would configure the bot behind the test's back. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(Microsoft|BOT_|REDIS_|STATE_|ALLOW|PORT$|LOG_LEVEL$|SHUTDOWN_)/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs a command in its own process group (npm start spawns children) and collects what it prints. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  // 'close', not 'exit': only then has everything the process printed been read.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function startBotProcess(
  port: number,
  env: NodeJS.ProcessEnv,
  command: [string, ...string[]] = ['node', 'dist/src/index.js'],
): Promise<BotProcess> {
  const [cmd, ...args] = command;
  const proc = run(cmd, args, env);
  const url = `http://127.0.0.1:${port}`;
  let exitCode: number | null | undefined;
  void proc.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`bot exited with ${exitCode} before it answered /healthz:\n${proc.output()}`);
    if (Date.now() > deadline) throw new Error(`bot did not answer /healthz in time:\n${proc.output()}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    child: proc.child,
    output: proc.output,
    async stop(signal = 'SIGTERM') {
      if (exitCode === undefined && proc.child.pid) process.kill(-proc.child.pid, signal);
      return proc.exited;
    },
  };
}

/** Starts bots on free ports and remembers them, so a test's afterEach can kill whatever still runs. */
export function botProcesses() {
  const running: BotProcess[] = [];
  return {
    async start(env: Record<string, string>, command?: [string, ...string[]]): Promise<BotProcess> {
      const port = await freePort();
      const bot = await startBotProcess(port, cleanEnv({ ...env, PORT: String(port) }), command);
      running.push(bot);
      return bot;
    },
    killAll: async () => void (await Promise.all(running.splice(0).map((bot) => bot.stop('SIGKILL')))),
  };
}
