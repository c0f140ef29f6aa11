import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { hostTab, routeTabOrigin, TAB_ORIGIN, type FakeHost, type TeamsTheme } from '../../../scripts/tab-host/fake-teams-host';
import { startLocalEntra, type LocalEntra } from '../../../scripts/tab-host/local-entra';
import { sampleFigures, sampleLinks } from '../../../scripts/tab-host/sample-figures';
import { QueuesViewSchema, type QueuesView } from '../../../src/coordination/tab-api/queues-api-types';
import { createMemoryChannelLinks } from '../../../src/store/memory-channel-links';
import { createMemoryQueueFigures } from '../../../src/store/memory-figures';
import { nlCoordination } from '../../../src/texts/nl-coordination';
import { browserAvailable, CHROMIUM_PATH } from '../../e2e/browser';
import { TEST_TENANT } from '../../helpers/activities';
import { ROOT } from '../../helpers/bot-process';
import { INTAKE_ROUTING } from '../../helpers/intake';
import { startTestApp, type TestApp } from '../../helpers/test-app';

const APP_ID = '3f2b8c1e-5d4a-4b6c-9e7f-1a2b3c4d5e6f';
const COORDINATOR = '6c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const TEACHER = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const SHOTS = join(ROOT, 'test-results', 'tab');
const t = nlCoordination.tab;

/** What each Teams theme must look like: the page's background and the warning colour of a late queue. */
const PALETTES: Record<TeamsTheme, { background: string; warning: string; warningText: string }> = {
  default: { background: 'rgb(255, 255, 255)', warning: 'rgb(196, 49, 75)', warningText: 'rgb(164, 38, 44)' },
  dark: { background: 'rgb(31, 31, 31)', warning: 'rgb(249, 82, 107)', warningText: 'rgb(249, 82, 107)' },
  contrast: { background: 'rgb(0, 0, 0)', warning: 'rgb(255, 255, 1)', warningText: 'rgb(255, 255, 1)' },
};
// Playwright's own waits end a step well inside jest's 30 s, with a message that names what did not appear.
const STEP_TIMEOUT_MS = 10_000;

const UI = browserAvailable();
const describeUi = UI ? describe : describe.skip;

/**
 * The coordinators' tab in headless Chromium, inside a fake Teams host at a Teams origin (request interception; the
 * tab's own https origin is routed to the bot on loopback): teams-js initialises, asks for the token and the
 * context, the page draws what GET /api/queues answered, in each theme and at 360 px; Playwright's clock runs the
 * one-minute refresh.
 */
describeUi('the coordinators’ tab in a browser', () => {
  let entra: LocalEntra;
  let app: TestApp;
  let browser: Browser;
  const now = () => Date.now();
  /** While true the figures store answers as a store that is down would. */
  let figuresDown = false;
  const violations: string[] = [];

  const tokenOf = (objectId: string) => () => entra.teamsToken({ tenantId: TEST_TENANT, objectId, audience: APP_ID });
  const open = async (options: { objectId?: string; token?: () => Promise<string>; tabPath?: string; width?: number; height?: number } = {}) => {
    const context: BrowserContext = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, locale: 'nl-NL' });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    const host: FakeHost = await hostTab(context, {
      appUrl: app.url,
      token: options.token ?? tokenOf(options.objectId ?? COORDINATOR),
      locale: 'nl-NL',
      tabPath: options.tabPath,
    });
    const page: Page = await context.newPage();
    // The page's content security policy forbids inline script and style: a violation shows up here, in any frame.
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.clock.install();
    await page.goto(host.url);
    return { context, host, page, tab: page.frameLocator('#tab') };
  };
  /** The view as the API gives it now, asked the way the page asks. */
  const apiView = async (): Promise<QueuesView> => {
    const res = await fetch(`${app.url}/api/queues`, { headers: { authorization: `Bearer ${await tokenOf(COORDINATOR)()}` } });
    return QueuesViewSchema.parse(await res.json());
  };
  const barValues = (tab: FrameLocator, teamId: string, chart: string) =>
    tab.locator(`section[data-team="${teamId}"] [data-chart="${chart}"] .bar-value`).allTextContents();

  beforeAll(async () => {
    entra = await startLocalEntra();
    const links = createMemoryChannelLinks();
    const figures = createMemoryQueueFigures({ links });
    app = await startTestApp({
      links,
      clock: { now },
      routing: INTAKE_ROUTING,
      figures: { ...figures, status: (teamIds, at) => (figuresDown ? Promise.reject(new Error('store down')) : figures.status(teamIds, at)) },
      env: { COORDINATOR_AAD_OBJECT_IDS: COORDINATOR, TAB_SSO_APP_ID: APP_ID, TAB_OPENID_METADATA_URL: entra.metadataUrl },
    });
    for (const [teamId, figures] of sampleFigures(INTAKE_ROUTING, now())) await app.figures.replace(teamId, figures);
    for (const link of sampleLinks(INTAKE_ROUTING, now())) await app.links.link(link);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await entra?.close();
  });

  it('draws a row per queue with its charts, late and stuck queues in the warning colour, in all three themes', async () => {
    const view = await apiView();
    // Preconditions the name depends on: one queue late, one without a channel, one neither.
    const late = view.queues.find((q) => q.pastDeadline > 0)!;
    const unlinked = view.queues.find((q) => !q.linked)!;
    const calm = view.queues.find((q) => q.pastDeadline === 0 && q.linked && q.stuckDeliveries.length === 0)!;
    expect([late, unlinked, calm].every(Boolean)).toBe(true);

    const { context, host, page, tab } = await open();
    await tab.locator('section.queue').first().waitFor();
    expect(await tab.locator('section.queue h2').allTextContents()).toEqual(view.queues.map((q) => q.name));
    for (const q of view.queues) {
      expect(await barValues(tab, q.teamId, 'urgency')).toEqual([q.open.acute, q.open.urgent, q.open.normal].map(String));
      expect(await barValues(tab, q.teamId, 'status')).toEqual(
        [q.statuses.new, q.statuses.claimed, q.statuses.waiting, q.statuses.closed, q.statuses.withdrawn].map(String),
      );
      expect(await barValues(tab, q.teamId, 'claims')).toEqual(
        [q.claimTimes['within-hour'], q.claimTimes['within-working-day'], q.claimTimes['within-3-working-days'], q.claimTimes.later].map(String),
      );
    }
    // Bars are drawn to one scale per chart across the queues: the largest status count fills its bar.
    const largest = Math.max(...view.queues.flatMap((q) => Object.values(q.statuses)));
    const widths = await tab.locator('[data-chart="status"] rect.bar-fill').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(Math.max(...widths)).toBe(100);
    const calmNew = await tab.locator(`section[data-team="${calm.teamId}"] [data-bar="status-new"] rect.bar-fill`).getAttribute('width');
    expect(Number(calmNew)).toBeCloseTo((calm.statuses.new / largest) * 100, 0);

    await expect(tab.locator(`section[data-team="${late.teamId}"] .flag-late`).textContent()).resolves.toBe(
      nlCoordination.status.pastDeadline(late.pastDeadline),
    );
    await expect(tab.locator(`section[data-team="${unlinked.teamId}"] .flag-stuck`).textContent()).resolves.toBe(t.unlinked);
    expect(await tab.locator(`section[data-team="${calm.teamId}"] .flag`).count()).toBe(0);

    const seen: Record<string, string> = {};
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      await host.setTheme(page, theme);
      await tab.locator(`body[data-theme="${theme}"]`).waitFor();
      const colours = await tab.locator('body').evaluate(
        (body, ids) => {
          const view = body.ownerDocument.defaultView!;
          const style = (selector: string) => view.getComputedStyle(body.querySelector(selector)!);
          return {
            background: view.getComputedStyle(body).backgroundColor,
            lateBorder: style(`section[data-team="${ids.late}"]`).borderLeftColor,
            lateFlag: style(`section[data-team="${ids.late}"] .flag-late`).color,
            calmBorder: style(`section[data-team="${ids.calm}"]`).borderLeftColor,
            text: view.getComputedStyle(body).color,
          };
        },
        { late: late.teamId, calm: calm.teamId },
      );
      expect({ theme, background: colours.background, warning: colours.lateBorder }).toEqual({
        theme,
        background: PALETTES[theme].background,
        warning: PALETTES[theme].warning,
      });
      expect(colours.lateFlag).toBe(PALETTES[theme].warningText);
      expect(colours.calmBorder).not.toBe(colours.lateBorder);
      expect(colours.text).not.toBe(colours.background);
      seen[theme] = colours.background;
      await page.screenshot({ path: join(SHOTS, `tab-${theme}-1280.png`), fullPage: true });
    }
    expect(new Set(Object.values(seen)).size).toBe(3);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('is readable at 360 px: no sideways scrolling, no text cut off, charts under each other', async () => {
    // Tall enough for every queue, so the full-page screenshot shows them all (the frame scrolls inside the host).
    const { context, host, page, tab } = await open({ width: 360, height: 2400 });
    await tab.locator('section.queue').first().waitFor();
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      await host.setTheme(page, theme);
      await tab.locator(`body[data-theme="${theme}"]`).waitFor();
      const layout = await tab.locator('body').evaluate((body) => {
        const doc = body.ownerDocument.documentElement;
        const cut = [...body.querySelectorAll('h1, h2, .flag, .bar-label, .bar-value, .meta, figcaption')].filter(
          (e) => e.scrollWidth > e.clientWidth + 1,
        ).length;
        const charts = [...body.querySelectorAll('section.queue')[0]!.querySelectorAll('figure')].map((f) => f.getBoundingClientRect());
        return { viewport: doc.clientWidth, content: doc.scrollWidth, cut, stacked: charts.every((r, i) => i === 0 || r.top >= charts[i - 1]!.bottom) };
      });
      expect(layout).toEqual({ viewport: 360, content: 360, cut: 0, stacked: true });
      await page.screenshot({ path: join(SHOTS, `tab-${theme}-360.png`), fullPage: true });
    }
    await context.close();
  });

  it('refreshes every minute with a fresh token (Playwright’s clock, no waiting)', async () => {
    const { context, host, page, tab } = await open();
    const teamId = INTAKE_ROUTING.teams[0]!.id;
    await tab.locator(`section[data-team="${teamId}"]`).waitFor();
    const before = (await apiView()).queues[0]!.open.acute;
    expect(await barValues(tab, teamId, 'urgency')).toEqual([String(before), expect.any(String), expect.any(String)]);

    // Two more acute signals arrive at the first queue (its figures rebuilt with them).
    const figures = sampleFigures(INTAKE_ROUTING, now()).get(teamId)!;
    await app.figures.replace(teamId, { ...figures, counts: { ...figures.counts, 'new:acute': (figures.counts['new:acute'] ?? 0) + 2 } });
    const tokensBefore = (await host.calls(page)).filter((c) => c === 'authentication.getAuthToken').length;

    await page.clock.runFor(59_000);
    expect((await barValues(tab, teamId, 'urgency'))[0]).toBe(String(before)); // not before the minute
    await page.clock.runFor(1_000);
    await tab
      .locator(`section[data-team="${teamId}"] [data-bar="acute"] .bar-value`)
      .getByText(String(before + 2), { exact: true })
      .waitFor();
    const tokensAfter = (await host.calls(page)).filter((c) => c === 'authentication.getAuthToken').length;
    expect(tokensAfter).toBe(tokensBefore + 1);
    await context.close();
  });

  it('a refresh that fails keeps the figures on screen and says from when they are', async () => {
    const { context, page, tab } = await open();
    await tab.locator('section.queue').first().waitFor();
    const shownAt = (await tab.locator('.updated').textContent()) ?? '';
    const time = /(\d{2}:\d{2})/.exec(shownAt)?.[1];
    expect(time).toBeDefined();
    expect(await tab.locator('.problem').count()).toBe(0);

    figuresDown = true;
    try {
      await page.clock.runFor(60_000);
      await tab.getByText(t.refreshFailed(time!)).waitFor();
      expect(await tab.locator('section.queue').count()).toBe(INTAKE_ROUTING.teams.length);
    } finally {
      figuresDown = false;
    }
    // Back: the next minute brings fresh figures and the notice goes.
    await page.clock.runFor(60_000);
    await tab.locator('.problem').waitFor({ state: 'detached' });
    await context.close();
  });

  it('a first load that fails says so, and the next minute brings the figures', async () => {
    figuresDown = true;
    let opened: Awaited<ReturnType<typeof open>> | undefined;
    try {
      opened = await open();
      await opened.tab.getByText(t.loadFailed).waitFor();
      expect(await opened.tab.locator('section.queue').count()).toBe(0);
    } finally {
      figuresDown = false;
    }
    await opened.page.clock.runFor(60_000);
    await opened.tab.locator('section.queue').first().waitFor();
    await opened.context.close();
  });

  it('when Teams cannot give a token, the page says to sign in again, and shows no figures', async () => {
    const { context, tab } = await open({ token: () => Promise.reject(new Error('consent required')) });
    await tab.getByText(t.signInFailed).waitFor();
    expect(await tab.locator('section.queue').count()).toBe(0);
    await context.close();
  });

  it('someone who is not a coordinator sees why, and no figures', async () => {
    const { context, page, tab } = await open({ objectId: TEACHER, width: 360 });
    await tab.getByText(t.notCoordinator).waitFor();
    expect(await tab.locator('section.queue').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'tab-not-coordinator.png') });
    await context.close();
  });

  it('outside Teams the page says to open it in Teams', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    await routeTabOrigin(context, app.url);
    const page = await context.newPage();
    await page.goto(`${TAB_ORIGIN}/tab`);
    await page.getByText(t.outsideTeams).waitFor();
    await page.screenshot({ path: join(SHOTS, 'tab-outside-teams.png') });
    await context.close();
  });

  it('the configuration page explains the tab and lets Teams save it', async () => {
    const { context, host, page, tab } = await open({ tabPath: '/tab/config' });
    await tab.getByText(t.config.explanation).waitFor();
    await page.screenshot({ path: join(SHOTS, 'tab-config.png') });
    await page.waitForFunction(() => (globalThis as unknown as { fakeHostCalls: string[] }).fakeHostCalls.includes('settings.setValidityState'));
    expect(await host.save(page)).toEqual({ entityId: 'wijksignaal-queues', contentUrl: `${TAB_ORIGIN}/tab`, suggestedDisplayName: t.config.displayName });
    await context.close();
  });
});
