import type { BrowserContext, Page } from 'playwright-core';

/** Where the fake Teams page lives: a real Teams origin, so teams-js in the tab accepts its messages. */
export const TEAMS_ORIGIN = 'https://teams.microsoft.com';
/** The tab's own https origin in the browser; requests to it go to the bot on loopback (no mixed content). */
export const TAB_ORIGIN = 'https://wijksignaal.test';
const HOST_PATH = '/_wijksignaal-fake-host';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface FakeHostOptions {
  /** The bot's own address, e.g. http://127.0.0.1:3978. */
  readonly appUrl: string;
  /** What `authentication.getAuthToken()` gets, asked anew on every call. */
  readonly token: () => Promise<string>;
  readonly theme?: TeamsTheme;
  readonly locale?: string;
  /** The tab's path: /tab (the content page) or /tab/config (the configuration page). */
  readonly tabPath?: string;
}

export interface FakeHost {
  /** Open this in a page of the context. */
  readonly url: string;
  /** The teams-js calls the tab made, in order (func names). */
  calls(page: Page): Promise<string[]>;
  /** The user pressed Save on a configuration page: resolves to the settings the tab gave once it said it succeeded. */
  save(page: Page): Promise<unknown>;
  /** Teams' theme switch, as Teams sends it. */
  setTheme(page: Page, theme: TeamsTheme): Promise<void>;
}

/**
 * A page that hosts the tab as Teams does: an iframe, and a postMessage host answering what the tab asks of teams-js
 * (initialise, context, token, the configuration page's calls). Served at TEAMS_ORIGIN through request interception,
 * with TAB_ORIGIN routed to the bot, so the production page needs no test-only origin. teams-js's fetch of its
 * origin list from Microsoft's CDN is refused: offline, it uses the list it ships with.
 */
export async function hostTab(context: BrowserContext, options: FakeHostOptions): Promise<FakeHost> {
  const tabPath = options.tabPath ?? '/tab';
  await context.route('https://res.cdn.office.net/**', (route) => route.abort());
  await context.route(`${TEAMS_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === `${HOST_PATH}/token`) {
      // A token function that throws stands for Teams failing to get one (no consent, signed out).
      const token = await options.token().catch(() => undefined);
      await route.fulfill(token ? { status: 200, contentType: 'application/json', body: JSON.stringify({ token }) } : { status: 500, body: '' });
    } else if (url.pathname === HOST_PATH) {
      await route.fulfill({ status: 200, contentType: 'text/html', body: hostPage(tabPath, options.theme ?? 'default', options.locale ?? 'nl-NL') });
    } else {
      await route.fulfill({ status: 404, body: '' });
    }
  });
  await routeTabOrigin(context, options.appUrl);
  return {
    url: `${TEAMS_ORIGIN}${HOST_PATH}`,
    calls: (page) => page.evaluate(() => (globalThis as unknown as { fakeHostCalls: string[] }).fakeHostCalls.slice()),
    save: (page) => page.evaluate(() => (globalThis as unknown as { fakeHostSave(): Promise<unknown> }).fakeHostSave()),
    setTheme: (page, theme) => page.evaluate((t) => (globalThis as unknown as { fakeHostTheme(t: string): void }).fakeHostTheme(t), theme),
  };
}

/** Requests to the tab's https origin go to the bot on loopback, so the page is served as https (no mixed content). */
export async function routeTabOrigin(context: BrowserContext, appUrl: string): Promise<void> {
  await context.route(`${TAB_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${appUrl}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
}

/** The host's page. Plain script: it runs in the browser as Teams' own frame would. */
function hostPage(tabPath: string, theme: TeamsTheme, locale: string): string {
  const runtime = {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: false,
    supports: { appInitialization: {}, authentication: {}, pages: { appButton: {}, config: {}, tabs: {} }, teams: { fullTrust: {} } },
  };
  // Teams opens a configuration page in the 'settings' frame context; teams-js refuses pages.config calls elsewhere.
  const frameContext = tabPath.endsWith('/config') ? 'settings' : 'content';
  const settings = { theme, locale, tabPath, frameContext, tabOrigin: TAB_ORIGIN, runtime: JSON.stringify(runtime) };
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Teams (fake host)</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style></head>
<body><iframe id="tab" title="wijksignaal" src="${TAB_ORIGIN}${tabPath}"></iframe>
<script>
const settings = ${JSON.stringify(settings)};
const frame = document.getElementById('tab');
window.fakeHostCalls = [];
let theme = settings.theme;
const send = (message) => frame.contentWindow.postMessage(message, settings.tabOrigin);
window.fakeHostTheme = (next) => { theme = next; send({ func: 'themeChange', args: [next] }); };
let saved, settingsGiven;
window.fakeHostSave = () => new Promise((resolve, reject) => {
  saved = { resolve, reject };
  send({ func: 'settings.save', args: [{}] });
});
window.addEventListener('message', async (event) => {
  if (event.origin !== settings.tabOrigin || event.source !== frame.contentWindow) return;
  const m = event.data;
  if (!m || typeof m.func !== 'string') return;
  window.fakeHostCalls.push(m.func);
  const reply = (args) => send({ id: m.id, uuidAsString: m.uuidAsString, args });
  switch (m.func) {
    case 'initialize':
      reply([settings.frameContext, 'web', settings.runtime, '2.0.0']);
      break;
    case 'getContext':
      reply([{ locale: settings.locale, theme, entityId: 'wijksignaal-queues', frameContext: settings.frameContext, hostClientType: 'web',
        tid: '00000000-0000-4000-8000-0000000000aa', userObjectId: '00000000-0000-4000-8000-0000000000c1', appSessionId: 'fake-session' }]);
      break;
    case 'authentication.getAuthToken':
      try {
        const res = await fetch('${HOST_PATH}/token', { method: 'POST' });
        if (!res.ok) throw new Error('resourceDisabled');
        reply([true, (await res.json()).token]);
      } catch (err) {
        reply([false, String(err)]);
      }
      break;
    case 'settings.setSettings':
      settingsGiven = m.args[0];
      reply([true]);
      break;
    case 'settings.setValidityState':
      reply([true]);
      break;
    case 'settings.save.success':
      saved?.resolve(settingsGiven);
      break;
    case 'settings.save.failure':
      saved?.reject(new Error('the tab reported a failed save: ' + m.args[0]));
      break;
    default:
      break; // notifications (appInitialization.*, registerHandler) need no answer
  }
});
</script></body></html>`;
}
