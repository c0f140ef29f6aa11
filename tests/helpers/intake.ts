import { parseRoutingConfig, type RoutingTable } from '../../src/domain';
import { TEACHER, type Answers } from '../fixtures/answers';
import { messageActivity } from './activities';
import type { CaptureServer, CapturedRequest } from './capture-server';
import { walk } from './dialogue';
import { httpDialogue } from './http-dialogue';
import { losingStore } from './losing-store';
import { postActivity, startTestApp, type TestApp } from './test-app';

/** Anything that takes activities at /api/messages: an in-process test app or a bot process. */
export interface Bot {
  readonly url: string;
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
}

export const botAt = (url: string): Bot => ({ url, post: (activity, headers) => postActivity(url, activity, headers) });

/** Made-up people and places for the intake side: an admin, two intake workers, two teams. */
export const ADMIN = '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const WORKER_ANNA = { aadObjectId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', name: 'Anna Intake' };
export const WORKER_BAS = { aadObjectId: '2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b', name: 'Bas Intake' };
export const NOORD_CHANNEL = '19:intake-noord@thread.tacv2';
export const OTHER_CHANNEL = '19:intake-centraal@thread.tacv2';

export const WEEKDAYS = { mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-17:00', sat: null, sun: null };
const parsed = parseRoutingConfig({
  gemeente: 'Proefdorp',
  fallbackTeamId: 'intake',
  teams: [
    { id: 'noord', name: 'Wijkteam Noord', officeHours: WEEKDAYS },
    { id: 'zuid', name: 'Wijkteam Zuid', officeHours: WEEKDAYS },
    { id: 'intake', name: 'Centrale intake', officeHours: WEEKDAYS },
  ],
  areas: [
    { teamId: 'noord', pc4: ['1021-1025'] },
    { teamId: 'zuid', pc4: ['1081-1085'] },
  ],
});
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
export const INTAKE_ROUTING: RoutingTable = parsed.table;

/**
 * An activity in a team channel, as Teams delivers it there: a private channel unless `type` says otherwise ('standard',
 * 'shared', or null for a client that does not say).
 */
export function inChannel<T extends ReturnType<typeof messageActivity>>(
  activity: T,
  channel: string,
  from: { aadObjectId: string; name: string },
  type: string | null = 'private',
) {
  return {
    ...activity,
    from: { ...activity.from, aadObjectId: from.aadObjectId, name: from.name },
    conversation: { ...activity.conversation, id: `${channel};messageid=1`, conversationType: 'channel' },
    channelData: { ...activity.channelData, team: { id: '19:team@thread.tacv2' }, channel: { id: channel, ...(type ? { type } : {}) } },
  };
}

export async function linkChannel(app: Bot, capture: CaptureServer, team: string, channel: string): Promise<void> {
  const activity = messageActivity({ serviceUrl: capture.serviceUrl, text: `<at>wijksignaal</at> koppel wijkteam ${team}` });
  await app.post(inChannel(activity, channel, { aadObjectId: ADMIN, name: 'Beheerder' }));
}

/**
 * A teacher's whole dialogue through /api/messages; resolves with the reference and the signaller's conversation.
 * `answers` changes what they answer (e.g. `{ ...TEACHER, 'network.contact': 'nee' }`); `acute` presses the danger
 * button on the first card.
 */
export async function teacherSends(
  app: Bot,
  capture: CaptureServer,
  answers: Answers = TEACHER,
  options: { acute?: boolean } = {},
): Promise<{ reference: string; conversationId: string }> {
  const conversationId = `a:leerkracht-${Math.random().toString(36).slice(2)}`;
  const d = httpDialogue(capture, conversationId);
  d.useBot(app.url);
  await d.say('start');
  if (options.acute) {
    // Danger named on the first card: the guidance, then on with the signal, now acute.
    await d.press((data) => data.ws === 'danger');
    await d.press((data) => data.about === 'after-danger');
  }
  await walk(d, answers);
  await d.press((data) => data.ws === 'send');
  // No reference means the signal was not confirmed: fail here, so no test goes on with an empty reference (which
  // `toContain` would find in anything).
  const reference = d
    .texts()
    .map((t) => (/Je referentie is/.test(t) ? /WS-\d{4}-\d{6}/.exec(t)?.[0] : undefined))
    .find((r) => r !== undefined);
  if (!reference) throw new Error(`the teacher's signal was not confirmed with a reference; the bot said: ${d.texts().slice(-2).join(' | ')}`);
  return { reference, conversationId };
}

export const postedCards = (capture: CaptureServer): CapturedRequest[] => capture.requests.filter((r) => r.created);

export { until } from './until';

export function cardOf(request: CapturedRequest | undefined): Record<string, unknown> {
  return (request?.activity.attachments as Array<{ content: Record<string, unknown> }> | undefined)?.[0]?.content ?? {};
}

/** What a card's Action.Execute button sends, as the invoke Teams makes of a press. */
export function invokeFor(card: Record<string, unknown>, title: RegExp, inputs: Record<string, string> = {}) {
  const actions = JSON.stringify(card).length ? ((card.actions as Array<Record<string, unknown>>) ?? []) : [];
  const button = actions.find((a) => a.type === 'Action.Execute' && title.test(String(a.title)));
  if (!button) throw new Error(`no button ${title} on the card`);
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: button.verb, data: { ...(button.data as object), ...inputs } } },
  };
}

type Json = Record<string, unknown>;

/** A press on a channel card's button, from a channel, by a worker; resolves with the invoke response's body. */
export async function pressCard(
  app: Bot,
  capture: CaptureServer,
  card: Json,
  title: RegExp,
  who: { aadObjectId: string; name: string },
  channel = NOORD_CHANNEL,
  inputs: Record<string, string> = {},
): Promise<{ statusCode: number; type: string; value: unknown }> {
  const base = messageActivity({ serviceUrl: capture.serviceUrl, text: '' });
  const res = await app.post({ ...inChannel(base, channel, who), ...invokeFor(card, title, inputs) });
  if (res.status !== 200) throw new Error(`bot answered ${res.status}: ${res.body}`);
  return JSON.parse(res.body) as { statusCode: number; type: string; value: unknown };
}

/** The question cards the bot sent into a 1:1 conversation: cards whose button sends `ws: 'signal-answer'`. */
export function questionCards(capture: CaptureServer, conversationId: string): Json[] {
  return capture.requests
    .filter((r) => r.conversationId === conversationId)
    .map((r) => cardOf(r))
    .filter((card) => ((card.actions as Json[] | undefined) ?? []).some((a) => (a.data as Json | undefined)?.ws === 'signal-answer'));
}

/** The "send answer" button of a question card. */
export function answerButton(card: Json): Json {
  const button = ((card.actions as Json[] | undefined) ?? []).find((a) => (a.data as Json | undefined)?.ws === 'signal-answer');
  if (!button) throw new Error('no answer button on the card');
  return button;
}

/**
 * The signaller presses "send answer" in their 1:1 chat: a message whose value is the button's data with the field
 * merged in, as Teams sends an Action.Submit. `from` makes someone else press it.
 */
export async function sendAnswer(
  app: Bot,
  capture: CaptureServer,
  conversationId: string,
  card: Json,
  answer: string,
  from?: { id: string; aadObjectId: string; name: string },
): Promise<void> {
  const base = messageActivity({ serviceUrl: capture.serviceUrl, conversationId, text: '' });
  const res = await app.post({ ...base, ...(from ? { from } : {}), value: { ...(answerButton(card).data as Json), answer } });
  if (res.status !== 200) throw new Error(`bot answered ${res.status}: ${res.body}`);
}

/**
 * The real app with the intake routing, a quick notifier, Noord's and the central intake's channels linked, and a
 * conversation store whose next commit can be made to lose (see losing-store.ts).
 */
export async function startIntakeApp(capture: CaptureServer): Promise<{ app: TestApp; losing: ReturnType<typeof losingStore> }> {
  const losing = losingStore();
  const app = await startTestApp({
    env: { ADMIN_AAD_OBJECT_IDS: ADMIN },
    routing: INTAKE_ROUTING,
    store: losing.store,
    notifier: { channelSpacingMs: 0 },
  });
  await linkChannel(app, capture, 'noord', NOORD_CHANNEL);
  await linkChannel(app, capture, 'intake', OTHER_CHANNEL);
  return { app, losing };
}
