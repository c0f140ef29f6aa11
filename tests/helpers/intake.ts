import { parseRoutingConfig, type RoutingTable } from '../../src/domain';
import { TEACHER } from '../fixtures/answers';
import { messageActivity } from './activities';
import type { CaptureServer, CapturedRequest } from './capture-server';
import { walk } from './dialogue';
import { httpDialogue } from './http-dialogue';
import { postActivity } from './test-app';

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

const WEEKDAYS = { mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-17:00', sat: null, sun: null };
const parsed = parseRoutingConfig({
  gemeente: 'Proefdorp',
  fallbackTeamId: 'intake',
  teams: [
    { id: 'noord', name: 'Wijkteam Noord', officeHours: WEEKDAYS },
    { id: 'intake', name: 'Centrale intake', officeHours: WEEKDAYS },
  ],
  areas: [{ teamId: 'noord', pc4: ['1021-1025'] }],
});
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
export const INTAKE_ROUTING: RoutingTable = parsed.table;

/** An activity in a team channel, as Teams delivers it there. */
export function inChannel<T extends ReturnType<typeof messageActivity>>(activity: T, channel: string, from: { aadObjectId: string; name: string }) {
  return {
    ...activity,
    from: { ...activity.from, aadObjectId: from.aadObjectId, name: from.name },
    conversation: { ...activity.conversation, id: `${channel};messageid=1`, conversationType: 'channel' },
    channelData: { ...activity.channelData, team: { id: '19:team@thread.tacv2' }, channel: { id: channel } },
  };
}

export async function linkChannel(app: Bot, capture: CaptureServer, team: string, channel: string): Promise<void> {
  const activity = messageActivity({ serviceUrl: capture.serviceUrl, text: `<at>wijksignaal</at> koppel wijkteam ${team}` });
  await app.post(inChannel(activity, channel, { aadObjectId: ADMIN, name: 'Beheerder' }));
}

/** A teacher's whole dialogue through /api/messages; resolves with the reference and the signaller's conversation. */
export async function teacherSends(app: Bot, capture: CaptureServer): Promise<{ reference: string; conversationId: string }> {
  const conversationId = `a:leerkracht-${Math.random().toString(36).slice(2)}`;
  const d = httpDialogue(capture, conversationId);
  d.useBot(app.url);
  await d.say('start');
  await walk(d, TEACHER);
  await d.press((data) => data.ws === 'send');
  const sent = d.texts().find((t) => /Je referentie is/.test(t)) ?? '';
  return { reference: /WS-\d{4}-\d{6}/.exec(sent)?.[0] ?? '', conversationId };
}

export const postedCards = (capture: CaptureServer): CapturedRequest[] => capture.requests.filter((r) => r.created);

export async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function cardOf(request: CapturedRequest | undefined): Record<string, unknown> {
  return (request?.activity.attachments as Array<{ content: Record<string, unknown> }> | undefined)?.[0]?.content ?? {};
}

/** What a card's Action.Execute button sends, as the invoke Teams makes of a press. */
export function invokeFor(card: Record<string, unknown>, title: RegExp, inputs: Record<string, string> = {}) {
  const actions = JSON.stringify(card).length ? ((card.actions as Array<Record<string, unknown>>) ?? []) : [];
  const button = actions.find((a) => a.type === 'Action.Execute' && title.test(String(a.title)));
  if (!button) throw new Error(`no button ${title} on the card`);
  return { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: button.verb, data: { ...(button.data as object), ...inputs } } } };
}
