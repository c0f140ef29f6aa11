import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, ROOT, run } from '../helpers/bot-process';
import { freePort } from '../helpers/redis-server';
import { accepts, killGroup } from './processes';
import { until } from '../helpers/until';

let started: ChildProcess[] = [];
afterEach(() => {
  started.forEach(killGroup);
  started = [];
});

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/**
 * A process manager (systemd, a container runtime, App Service) stops `npm run serve` by sending SIGTERM to the npm
 * process only. npm passes it on to its child, the shell running the script; a shell that merely waits for node dies
 * and leaves the bot listening, orphaned. The scripts `exec` node, so node itself gets the signal and stops gracefully.
 */
describe('SIGTERM to npm', () => {
  it('npm run serve: the bot stops gracefully and its port is free again', async () => {
    const port = await freePort();
    const proc = run('npm', ['run', 'serve'], cleanEnv({ BOT_LOCAL_MODE: 'true', PORT: String(port) }));
    started.push(proc.child);
    let exited = false;
    void proc.exited.then(() => (exited = true));
    await until(
      async () =>
        exited ||
        (await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.status === 200,
          () => false,
        )),
      10_000,
      () => `no /healthz:\n${proc.output()}`,
    );
    expect(exited).toBe(false);

    process.kill(proc.child.pid!, 'SIGTERM'); // the npm process, not its process group
    await until(
      async () => !(await accepts(port, '127.0.0.1')),
      5_000,
      () => `port ${port} still accepts connections:\n${proc.output()}`,
    );
    expect(await proc.exited).toBe(0);
    expect(proc.output()).toContain('"msg":"stopped"');
  }, 15_000);

  // `npm start` takes tsc's time; it runs the bot the same way, which these check on the script's text.
  it.each(['start', 'serve', 'playground'])('npm run %s hands the process over to node (exec) as its last step', (name) => {
    expect(scripts[name]).toMatch(/(^|&& )exec node [^&|;]+$/);
  });
});

describe('a fresh clone', () => {
  // README's commands; `npm run serve` is production and runs what `npm run build` made, so it installs nothing.
  it.each(['start', 'test', 'build', 'package', 'playground'])('npm run %s installs the dependencies first', (name) => {
    expect(scripts[`pre${name}`]).toBe('node scripts/ensure-deps.js');
  });
});
