import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { parseConfig } from '../src/config/config';
import { loadRoutingFile } from '../src/config/routing-file';
import { createLogger } from '../src/runtime/log';
import { systemClock } from '../src/runtime/system-clock';
import { createApp } from '../src/server';
import { createStores } from '../src/store/create-stores';
import { createAdapter } from '../src/teams/adapter';
import { hostTab, type TeamsTheme } from './tab-host/fake-teams-host';
import { startLocalEntra } from './tab-host/local-entra';
import { sampleFigures, sampleLinks } from './tab-host/sample-figures';

// Made-up ids: a tenant, the tab's app registration, and the coordinator Teams says is signed in.
export const PREVIEW_TENANT = '00000000-0000-4000-8000-0000000000aa';
export const PREVIEW_APP_ID = '00000000-0000-4000-8000-0000000000ab';
export const PREVIEW_COORDINATOR = '00000000-0000-4000-8000-0000000000c1';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const THEMES: readonly TeamsTheme[] = ['default', 'dark', 'contrast'];

/**
 * npm run tab:preview: the bot in local mode with made-up queue figures, a local stand-in for Entra's sign-in keys,
 * and Chromium showing the tab inside the same fake Teams host the browser test uses. With a display, a browser
 * window stays open (Ctrl+C ends); without one, screenshots of the three themes at 1280 and 360 px are written.
 */
async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM}. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  const root = join(__dirname, '..', '..');
  const entra = await startLocalEntra();
  const parsed = parseConfig({
    BOT_LOCAL_MODE: 'true',
    PORT: process.env.PORT ?? '3979',
    ALLOWED_TENANT_IDS: PREVIEW_TENANT,
    COORDINATOR_AAD_OBJECT_IDS: PREVIEW_COORDINATOR,
    TAB_SSO_APP_ID: PREVIEW_APP_ID,
    TAB_OPENID_METADATA_URL: entra.metadataUrl,
    ROUTING_FILE: join(root, 'config', 'routing.example.json'),
    LOG_LEVEL: 'warn',
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const { config } = parsed;
  const routing = loadRoutingFile(config.routingFile!);
  if (!routing.ok) throw new Error(routing.problems.join('; '));
  const log = createLogger({ level: config.logLevel });
  const stores = createStores(config, systemClock, log, routing.table);
  for (const [teamId, figures] of sampleFigures(routing.table, systemClock.now())) await stores.figures.replace(teamId, figures);
  for (const link of sampleLinks(routing.table, systemClock.now())) await stores.links.link(link);
  const app = createApp({ config, ...stores, adapter: createAdapter(config.botAuth), routing: routing.table, clock: systemClock, log });
  const address = await app.start();
  const appUrl = `http://127.0.0.1:${address.port}`;

  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const host = await hostTab(context, {
    appUrl,
    locale: process.env.TAB_PREVIEW_LOCALE ?? 'nl-NL',
    token: () => entra.teamsToken({ tenantId: PREVIEW_TENANT, objectId: PREVIEW_COORDINATOR, audience: PREVIEW_APP_ID }),
  });
  const page = await context.newPage();
  await page.goto(host.url);
  const tab = page.frameLocator('#tab');
  await tab.locator('section.queue').first().waitFor();

  const close = async () => {
    await browser.close().catch(() => undefined);
    await app.stop();
    await entra.close();
  };
  if (headless) {
    const dir = join(root, 'test-results', 'tab-preview');
    mkdirSync(dir, { recursive: true });
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: width === 360 ? 1400 : 900 });
      for (const theme of THEMES) {
        await host.setTheme(page, theme);
        const file = join(dir, `tab-${theme}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`wrote ${file}`);
      }
    }
    await close();
    console.log('No display here, so no browser window: the screenshots above show the tab.');
    return;
  }
  console.log(`The tab is open in Chromium (fake Teams host at ${host.url}, the bot at ${appUrl}). Ctrl+C ends.`);
  console.log('Switch the theme from this terminal: type default, dark or contrast and Enter.');
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (line: string) => {
    const theme = line.trim() as TeamsTheme;
    if (THEMES.includes(theme)) void host.setTheme(page, theme);
  });
  const end = () => void close().then(() => process.exit(0));
  process.on('SIGINT', end);
  browser.on('disconnected', end);
}

main().catch((err: unknown) => {
  console.error('tab preview failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
