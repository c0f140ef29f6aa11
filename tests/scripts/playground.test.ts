import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAYGROUND_ADMIN_AAD_OBJECT_ID } from '../../scripts/playground';
import { cleanEnv, run } from '../helpers/bot-process';
import { freePort } from '../helpers/redis-server';
import { accepts, closeServer, holdPort, killGroup } from './processes';
import { until } from '../helpers/until';

/** `npm run playground` is `tsc` and then this; the test run has compiled dist/ already. */
const PLAYGROUND = ['dist/scripts/playground.js'];

let started: ChildProcess[] = [];
const held: Server[] = [];
afterEach(async () => {
  started.forEach(killGroup);
  started = [];
  await Promise.all(held.splice(0).map(closeServer));
});

async function ports(): Promise<{ bot: number; playground: number }> {
  const bot = await freePort();
  let playground = await freePort();
  while (playground === bot) playground = await freePort();
  return { bot, playground };
}

/** A newcomer's environment: nothing that configures the bot or the Playground behind the script's back. */
function env(p: { bot: number; playground: number }, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = cleanEnv({
    PORT: String(p.bot),
    PLAYGROUND_PORT: String(p.playground),
    TEAMSAPPTESTER_BROWSER: 'none',
    // Its own log file, so parallel runs do not share (and truncate) ./devTools/m365agentsplayground.log.
    M365_AGENTS_PLAYGROUND_LOGFILE: join(mkdtempSync(join(tmpdir(), 'ws-playground-')), 'playground.log'),
    ...extra,
  });
  for (const key of ['ADMIN_AAD_OBJECT_IDS', 'ROUTING_FILE', 'M365_AGENTS_PLAYGROUND_CONFIG_PATH', 'TEAMS_APP_TEST_TOOL_CONFIG_PATH']) {
    if (!(key in extra)) delete base[key];
  }
  return base;
}

function startPlayground(environment: NodeJS.ProcessEnv) {
  const proc = run('node', PLAYGROUND, environment);
  started.push(proc.child);
  return proc;
}

async function startUntilUrl(p: { bot: number; playground: number }) {
  const environment = env(p);
  const proc = startPlayground(environment);
  const url = `http://localhost:${p.playground}`;
  let exited = false;
  void proc.exited.then(() => (exited = true));
  await until(
    () => exited || proc.output().includes(`open ${url} `),
    20_000,
    () => `no URL printed:\n${proc.output()}`,
  );
  if (exited) throw new Error(`npm run playground stopped before it printed the URL:\n${proc.output()}`);
  return { ...proc, url, log: environment.M365_AGENTS_PLAYGROUND_LOGFILE! };
}

describe('npm run playground', () => {
  it.each([
    ['the bot', 'bot', 'PORT', '127.0.0.1'],
    ["the Agents Playground's", 'playground', 'PLAYGROUND_PORT', undefined],
  ] as const)(
    'refuses to start when %s port is taken, naming the port and the variable to set',
    async (_whose, which, variable, host) => {
      const p = await ports();
      held.push(await holdPort(p[which], host));
      const proc = startPlayground(env(p));

      const code = await proc.exited;
      expect(code).not.toBe(0);
      expect(code).not.toBeNull();
      expect(proc.output()).toContain(`Port ${p[which]} is in use`);
      expect(proc.output()).toContain(`${variable}=`);
      // Nothing was started: no URL, and the other port is still free.
      expect(proc.output()).not.toContain('open http');
      const other = which === 'bot' ? p.playground : p.bot;
      expect(await accepts(other, '127.0.0.1')).toBe(false);
    },
    15_000,
  );

  it('prints the URL where the Playground listens once the bot answers, and SIGTERM stops both', async () => {
    const p = await ports();
    const pg = await startUntilUrl(p);

    expect(pg.output()).toContain(`Agents Playground: open http://localhost:${p.playground} and type "hulp"`);
    expect((await fetch(`http://127.0.0.1:${p.bot}/healthz`)).status).toBe(200);
    expect((await fetch(pg.url)).status).toBe(200);

    // The npm process forwards SIGTERM to the script; the script must pass it on to the bot and the Playground.
    pg.child.kill('SIGTERM');
    expect(await pg.exited).toBe(0);
    await until(
      async () => !(await accepts(p.bot, '127.0.0.1')) && !(await accepts(p.playground, '127.0.0.1')),
      5_000,
      () => 'a port still accepts connections',
    );
    expect(pg.output()).toContain('"msg":"stopped"');
  }, 30_000);

  it('exits non-zero and stops the Playground when the bot cannot start', async () => {
    const p = await ports();
    // Local mode (local.env) together with an app id is refused by the bot's configuration check.
    const proc = startPlayground(env(p, { MicrosoftAppId: '11111111-2222-4333-8444-555555555555' }));

    expect(await proc.exited).not.toBe(0);
    expect(proc.output()).toContain('BOT_LOCAL_MODE: local mode runs without authentication');
    expect(proc.output()).not.toContain('open http');
    await until(
      async () => !(await accepts(p.playground, '127.0.0.1')),
      5_000,
      () => 'the Playground still listens',
    );
  }, 15_000);

  it('gives the Playground the made-up people and team of config/playground.yml, and the admin can link the Intake channel', async () => {
    const p = await ports();
    const pg = await startUntilUrl(p);

    const { config } = (await (await fetch(`${pg.url}/_internal/v1/testConfig`)).json()) as {
      config: {
        currentUser: { name: string };
        users: { name: string; aadObjectId: string }[];
        teams: { name: string; channels: { id: string; name: string }[] }[];
      };
    };
    expect(config.currentUser.name).toMatch(/leerkracht/);
    expect(config.users).toHaveLength(5);
    expect(config.users.find((u) => u.aadObjectId === PLAYGROUND_ADMIN_AAD_OBJECT_ID)?.name).toMatch(/beheerder/);
    expect(config.users.filter((u) => /intake/.test(u.name)).length).toBeGreaterThanOrEqual(2);
    expect(config.teams.map((t) => t.name)).toEqual(['Wijkteam Noord']);
    expect(config.teams[0]!.channels.map((c) => c.name)).toEqual(['General', 'Intake']);
    const intake = config.teams[0]!.channels[1]!.id;

    // What the bot answers in the Intake channel: the Playground's log records every message the bot posts.
    const botMessages = (): string[] =>
      existsSync(pg.log)
        ? readFileSync(pg.log, 'utf8')
            .split('\n')
            .flatMap((line) => {
              const at = line.indexOf('{"action":"createMessage"');
              if (at < 0) return [];
              try {
                const event = JSON.parse(line.slice(at)) as { actionConversationId: string; message: { from: { id: string }; text?: string } };
                return event.actionConversationId.startsWith(intake) && event.message.from.id === '28:wijksignaal' ? [event.message.text ?? ''] : [];
              } catch {
                return [];
              }
            })
        : [];
    const say = async (who: string, text: string): Promise<string> => {
      const before = botMessages().length;
      const proc = run('node', ['dist/scripts/playground-say.js', who, 'intake', text], env(p));
      started.push(proc.child);
      expect(await proc.exited).toBe(0);
      await until(
        () => botMessages().length > before,
        5_000,
        () => `no answer to ${who}: ${text}\n${proc.output()}`,
      );
      return botMessages()[before]!;
    };

    expect(await say('eva', 'welk wijkteam')).not.toContain('Wijkteam Noord');
    expect(await say('anna', 'koppel wijkteam noord')).not.toContain('Wijkteam Noord'); // the teacher is no admin
    // The Playground does not say the channel is private, so the admin is warned and confirms.
    const warning = await say('beheerder', 'koppel wijkteam noord');
    expect(warning).toContain('niet zien of dit een privékanaal is');
    expect(await say('eva', 'welk wijkteam')).not.toContain('Wijkteam Noord');
    expect(await say('beheerder', 'koppel wijkteam noord bevestig')).toContain('Wijkteam Noord');
    expect(await say('eva', 'welk wijkteam')).toContain('Wijkteam Noord');
  }, 30_000);
});
