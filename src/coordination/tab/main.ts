import { app, authentication, pages } from '@microsoft/teams-js';
import type { CoordinationTexts } from '../../texts/coordination-types';
import { enCoordination } from '../../texts/en-coordination';
import { nlCoordination } from '../../texts/nl-coordination';
import { ApiErrorSchema, QueuesViewSchema, type QueuesView } from '../tab-api/queues-api-types';
import { renderConfig, renderNotice, renderQueues } from './render';

const REFRESH_MS = 60_000;
// Inside Teams the host answers within a second; a page framed by anything else never hears back.
const INITIALISE_TIMEOUT_MS = 10_000;
const ENTITY_ID = 'wijksignaal-queues';
// Well inside the minute, so a hanging request never holds up the next refresh.
const REQUEST_TIMEOUT_MS = 20_000;

type Theme = 'default' | 'dark' | 'contrast';
type Load = { kind: 'figures'; view: QueuesView } | { kind: 'not-coordinator' } | { kind: 'sign-in-failed' } | { kind: 'failed' };

const textsFor = (locale: string | undefined): CoordinationTexts => (locale?.toLowerCase().startsWith('en') ? enCoordination : nlCoordination);

function applyTheme(theme: string | undefined): void {
  const known: Theme = theme === 'dark' || theme === 'contrast' ? theme : 'default';
  document.body.dataset.theme = known;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (err: unknown) => (clearTimeout(timer), reject(err)),
    );
  });
}

/** Asks Teams for the user's token and the API for the figures; a 401 once more with a fresh token (it may just have expired). */
async function load(): Promise<Load> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    let token: string;
    try {
      // Teams that never answers must not stop the refreshes for good.
      token = await withTimeout(authentication.getAuthToken(), REQUEST_TIMEOUT_MS);
    } catch {
      return { kind: 'sign-in-failed' };
    }
    let res: Response;
    try {
      res = await fetch('/api/queues', { headers: { authorization: `Bearer ${token}` }, cache: 'no-store', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch {
      return { kind: 'failed' };
    }
    const body: unknown = await res.json().catch(() => undefined);
    if (res.ok) {
      const view = QueuesViewSchema.safeParse(body);
      return view.success ? { kind: 'figures', view: view.data } : { kind: 'failed' };
    }
    const error = ApiErrorSchema.safeParse(body);
    if (res.status === 403 && error.success && error.data.error === 'not-coordinator') return { kind: 'not-coordinator' };
    if (res.status === 401 && attempt === 2) return { kind: 'sign-in-failed' };
    if (res.status !== 401) return { kind: 'failed' };
  }
  return { kind: 'sign-in-failed' };
}

function showQueues(root: HTMLElement, texts: CoordinationTexts, locale: string): void {
  const clock = timeFormat(locale);
  let last: QueuesView | undefined;
  let stopped = false;
  let loading = false;
  const refresh = async () => {
    // One refresh at a time: a slow answer must not be drawn over a newer one.
    if (stopped || loading) return;
    loading = true;
    const result = await load().finally(() => (loading = false));
    if (result.kind === 'figures') {
      last = result.view;
      renderQueues(root, last, { texts, time: clock.format(new Date(last.generatedAt)) });
    } else if (result.kind === 'not-coordinator') {
      stopped = true;
      renderNotice(root, texts.tab.title, texts.tab.notCoordinator);
    } else if (result.kind === 'sign-in-failed') {
      renderNotice(root, texts.tab.title, texts.tab.signInFailed, 'problem');
    } else if (last) {
      // Keep what was there; say it is not fresh.
      const time = clock.format(new Date(last.generatedAt));
      renderQueues(root, last, { texts, time, problem: texts.tab.refreshFailed(time) });
    } else {
      renderNotice(root, texts.tab.title, texts.tab.loadFailed, 'problem');
    }
  };
  renderNotice(root, texts.tab.title, texts.tab.loading);
  void refresh();
  setInterval(() => void refresh(), REFRESH_MS);
}

/** Hours and minutes in Dutch time, in the user's locale where the browser knows it. */
function timeFormat(locale: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' };
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat('nl-NL', options);
  }
}

function configure(root: HTMLElement, texts: CoordinationTexts): void {
  renderConfig(root, texts);
  pages.config.registerOnSaveHandler((save) => {
    pages.config
      .setConfig({ entityId: ENTITY_ID, contentUrl: `${location.origin}/tab`, suggestedDisplayName: texts.tab.config.displayName })
      .then(() => save.notifySuccess())
      .catch((err: unknown) => save.notifyFailure(err instanceof Error ? err.message : 'setConfig failed'));
  });
  pages.config.setValidityState(true);
}

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const early = textsFor(navigator.language);
  if (window.parent === window) {
    renderNotice(root, early.tab.title, early.tab.outsideTeams);
    return;
  }
  let context: app.Context;
  try {
    await withTimeout(app.initialize(), INITIALISE_TIMEOUT_MS);
    context = await withTimeout(app.getContext(), INITIALISE_TIMEOUT_MS);
  } catch {
    renderNotice(root, early.tab.title, early.tab.outsideTeams);
    return;
  }
  const locale = context.app.locale || navigator.language;
  const texts = textsFor(locale);
  document.documentElement.lang = locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
  applyTheme(context.app.theme);
  app.registerOnThemeChangeHandler(applyTheme);
  if (location.pathname.endsWith('/config')) configure(root, texts);
  else showQueues(root, texts, locale);
  app.notifySuccess();
}

void start();
