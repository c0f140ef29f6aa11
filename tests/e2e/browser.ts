import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { ROOT } from '../helpers/bot-process';
import type { Person } from './playground-client';

/** Debian's chromium (`apt-get install chromium`); playwright-core brings no browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
const HOW_TO_INSTALL = `apt-get install chromium (it provides ${CHROMIUM_PATH})`;

/** Where the screenshots go: test-results/ is git-ignored. */
export const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');

/**
 * Whether the browser steps can run. In CI a missing browser is a failure, not a skip: the run would otherwise be
 * green without ever having clicked a card. Locally they are skipped with one line saying what to install.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') throw new Error(`The e2e journey needs Chromium at ${CHROMIUM_PATH}: ${HOW_TO_INSTALL}.`);
  console.log(`e2e: the browser steps are skipped: no Chromium at ${CHROMIUM_PATH}; ${HOW_TO_INSTALL}.`);
  return false;
}

/** The Playground's window in headless Chromium, at a desktop size. It always acts as the current user. */
export async function openPlaygroundWindow(url: string) {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  try {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let actor: Person | undefined;
    // The window's presses always come from the current user. For a press that is meant to be someone else's (the
    // intake worker's in the channel), their id goes into the window's own request, which the Playground then
    // delivers as theirs (its submit and invoke honour from.id). Everything else about the press (the rendered
    // card, the inputs it merges) stays the window's.
    await page.route(/\/_conversation\/v1\/(invoke|submit)$/, async (route) => {
      const body = route.request().postDataJSON() as { from?: { id: string } };
      if (!actor) return route.continue();
      return route.continue({ postData: JSON.stringify({ ...body, from: { ...body.from, id: actor.id } }) });
    });
    await page.goto(url);
    mkdirSync(SCREENSHOTS, { recursive: true });
    return {
      page,
      /** Presses from now on are this person's (undefined: the current user's again). */
      actAs: (person: Person | undefined) => void (actor = person),
      /** Opens a chat or channel from the list on the left ("Personal Chat", "Intake"). */
      open: async (name: string) => {
        await page.getByText(name, { exact: true }).first().click();
      },
      /** The latest rendered Adaptive Card that shows `text`. */
      card: (text: string | RegExp): Locator => page.locator('.ac-adaptiveCard').filter({ hasText: text }).last(),
      /** The latest rendered card of the 1:1 dialogue that asks this question (its prompt's id, see dialog-cards.ts). */
      cardWithPrompt: (id: string): Locator =>
        page
          .locator('.ac-adaptiveCard')
          .filter({ has: page.locator(`[id="prompt-${id}"]`) })
          .last(),
      /** Clicks the card's button with exactly this title, as a person would. */
      click: (card: Locator, title: string) => card.getByRole('button', { name: title, exact: true }).click(),
      /** The card at desktop width and at 360 px, and what was cut off at 360 px. */
      screenshot: (card: Locator, name: string) => screenshotCard(card, name),
      /** A block around cards (a post with its thread), at desktop width only: its layout is the Playground's. */
      screenshotWhole: async (block: Locator, name: string) => {
        const path = join(SCREENSHOTS, `${name}-1280.png`);
        await withRoomFor(block, () => block.screenshot({ path }));
        return path;
      },
      close: () => browser.close(),
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

export type PlaygroundWindow = Awaited<ReturnType<typeof openPlaygroundWindow>>;

/** What a screenshot found cut off: texts whose box is narrower than the text (an ellipsis, a clipped line). */
export interface Shot {
  readonly desktop: string;
  readonly narrow: string;
  readonly clippedAt360: string[];
}

/**
 * The card as the Playground renders it at desktop width, and again at 360 px wide (Teams mobile). The Playground's
 * own layout is not made for a phone (at a 360 px viewport its message pane runs off the screen), so the card itself
 * is given the phone's width.
 */
/** The little of the DOM the card checks use (the compiler knows Node's types here, not the browser's). */
interface CardElement {
  readonly style: Record<string, string>;
  readonly children: { readonly length: number };
  readonly textContent: string | null;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  getBoundingClientRect(): { readonly left: number; readonly right: number };
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): Iterable<CardElement>;
}

async function screenshotCard(card: Locator, name: string): Promise<Shot> {
  const desktop = join(SCREENSHOTS, `${name}-1280.png`);
  const narrow = join(SCREENSHOTS, `${name}-360.png`);
  await withRoomFor(card, () => card.screenshot({ path: desktop }));
  const style = await card.evaluate((node) => {
    const el = node as unknown as CardElement;
    const before = el.getAttribute('style') ?? '';
    el.style.width = '360px';
    el.style.maxWidth = '360px';
    el.style.boxSizing = 'border-box';
    return before;
  });
  try {
    await withRoomFor(card, () => card.screenshot({ path: narrow }));
    // Cut off: a text wider than its own box (an ellipsis), or anything reaching past the card's edges.
    const clippedAt360 = await card.evaluate((node) => {
      const root = node as unknown as CardElement;
      const edge = root.getBoundingClientRect();
      return (
        [...root.querySelectorAll('*')]
          // The renderer's overflow button ("...", the card's secondary actions) is a fixed-size icon, not text to read.
          .filter((e) => e.children.length === 0 && !['', '...', '…'].includes((e.textContent ?? '').trim()))
          .filter(
            (e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > edge.right + 1 || e.getBoundingClientRect().left < edge.left - 1,
          )
          .map((e) => (e.textContent ?? '').trim())
      );
    });
    return { desktop, narrow, clippedAt360 };
  } finally {
    await card.evaluate((node, before: string) => (node as unknown as CardElement).setAttribute('style', before), style);
  }
}

/**
 * A card taller than the message pane would be photographed with the pane's edges cutting it (the pane scrolls, not
 * the page): the window is made tall enough for the whole card while the picture is taken.
 */
async function withRoomFor<T>(card: Locator, take: () => Promise<T>): Promise<T> {
  const page = card.page();
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = (await card.boundingBox())?.height ?? 0;
  // The Playground's header and compose box take about 300 px of the window.
  if (height + 400 > size.height) await page.setViewportSize({ width: size.width, height: Math.ceil(height + 400) });
  try {
    await card.scrollIntoViewIfNeeded();
    return await take();
  } finally {
    await page.setViewportSize(size);
  }
}
