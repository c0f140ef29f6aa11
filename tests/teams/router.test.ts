import type { Activity } from 'botbuilder';
import type { AuditLog, ChannelLinks, DutyRosters, Signal, SignalStore } from '../../src/domain';
import { createMemoryAuditLog } from '../../src/store/memory-audit-log';
import { createMemoryChannelLinks, createMemoryDutyRosters } from '../../src/store/memory-channel-links';
import { createMemorySignalStore } from '../../src/store/memory-signal-store';
import { createSignalCodec } from '../../src/store/signal-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import { ROUTE_NAMES, effectsOf, routeOf, type RouteName, type SideEffect } from '../../src/teams/router';
import { stripMentions } from '../../src/teams/strip-mentions';
import { TEACHER } from '../fixtures/answers';
import { membersAddedActivity, messageActivity } from '../helpers/activities';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { walk } from '../helpers/dialogue';
import { httpDialogue } from '../helpers/http-dialogue';
import { ADMIN, INTAKE_ROUTING, NOORD_CHANNEL, WORKER_ANNA, WORKER_BAS, inChannel, linkChannel, teacherSends } from '../helpers/intake';
import { losingStore } from '../helpers/losing-store';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Re-run safety, enforced: every route runs while its turn loses the compare-and-set once (another turn of the
 * conversation committed first), so the turn runs twice. Each write outside the conversation's state must still
 * happen once, and only the writes the route declares may happen at all. A route without a scenario here fails.
 */

type Writes = Partial<Record<SideEffect, number>>;

/** The stores the routes write to, counting each write by the side effect it is. */
function countingStores() {
  const writes: Record<SideEffect, number> = { 'signal-submit': 0, 'signal-update': 0, 'channel-link': 0, duty: 0, audit: 0 };
  const submitted: string[] = [];
  // The audit events a signal change carries are part of that change's atomic step, not a separate write.
  const inner = createMemorySignalStore({ codec: createSignalCodec(createValueCipher({ plaintext: true })), audit: createMemoryAuditLog() });
  const signals: SignalStore = {
    ...inner,
    async submit(signal) {
      writes['signal-submit']++;
      submitted.push(signal.id);
      return inner.submit(signal);
    },
    async update(teamId, signalId, change) {
      writes['signal-update']++;
      return inner.update(teamId, signalId, change);
    },
  };
  const innerLinks = createMemoryChannelLinks();
  const links: ChannelLinks = {
    ...innerLinks,
    async link(link) {
      writes['channel-link']++;
      return innerLinks.link(link);
    },
    async unlink(teamId) {
      writes['channel-link']++;
      return innerLinks.unlink(teamId);
    },
  };
  const innerDuty = createMemoryDutyRosters();
  const duty: DutyRosters = {
    ...innerDuty,
    async set(teamId, people) {
      writes.duty++;
      return innerDuty.set(teamId, people);
    },
  };
  const innerAudit = createMemoryAuditLog();
  const audit: AuditLog = {
    ...innerAudit,
    async record(event) {
      writes.audit++;
      return innerAudit.record(event);
    },
  };
  return {
    signals,
    links,
    duty,
    audit,
    writes,
    submitted,
    reset: () => void (Object.keys(writes) as SideEffect[]).forEach((k) => (writes[k] = 0)),
  };
}

interface World {
  readonly app: TestApp;
  readonly capture: CaptureServer;
  readonly stores: ReturnType<typeof countingStores>;
}

interface Scenario {
  /** Whatever must have happened first; its writes are not counted. */
  readonly setup?: (world: World) => Promise<{ conversationId?: string; value?: Record<string, unknown> } | void>;
  /** The activity under test, given what the setup returned. */
  readonly activity: (world: World, prepared: { conversationId?: string; value?: Record<string, unknown> }) => Record<string, unknown>;
  /** A signal dialogue is under way in the conversation (routes the message to the dialogue). */
  readonly inDialogue?: boolean;
  readonly writes: Writes;
}

const TEACHER_CHAT = 'a:leerkracht-router-test';
const say = (world: World, text: string, conversationId = TEACHER_CHAT) => messageActivity({ serviceUrl: world.capture.serviceUrl, conversationId, text });
const inIntake = (world: World, text: string, who = WORKER_ANNA) => inChannel(say(world, text, `${NOORD_CHANNEL};messageid=1`), NOORD_CHANNEL, who);
const press = (world: World, verb: string, data: Record<string, unknown>) => ({
  ...inIntake(world, ''),
  type: 'invoke',
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb, data } },
});

/** A teacher's signal in Noord's queue, with Noord's intake channel linked. */
async function sentSignal(world: World): Promise<{ signal: Signal; conversationId: string }> {
  await linkChannel(world.app, world.capture, 'noord', NOORD_CHANNEL);
  const { conversationId } = await teacherSends(world.app, world.capture);
  const signal = await world.stores.signals.get('noord', world.stores.submitted.at(-1) ?? '');
  if (!signal) throw new Error('the teacher’s signal did not reach Noord’s queue');
  return { signal, conversationId };
}

const SCENARIOS: Record<RouteName, Scenario> = {
  install: { activity: (w) => membersAddedActivity({ serviceUrl: w.capture.serviceUrl, conversationId: TEACHER_CHAT }), writes: {} },
  help: { activity: (w) => say(w, 'hulp'), writes: {} },
  start: { activity: (w) => say(w, 'start'), writes: {} },
  resume: { activity: (w) => say(w, 'verder'), writes: {} },
  stop: { activity: (w) => say(w, 'stop'), writes: {} },
  dialogue: {
    inDialogue: true,
    setup: async (w) => {
      const d = httpDialogue(w.capture, TEACHER_CHAT);
      d.useBot(w.app.url);
      await d.say('start');
      await walk(d, TEACHER);
      const send = (d.lastCard().actions as Array<{ data?: Record<string, unknown> }>).find((a) => a.data?.ws === 'send');
      if (!send?.data) throw new Error('no send button on the summary');
      return { value: send.data };
    },
    activity: (w, { value }) => ({ ...say(w, ''), value }),
    writes: { 'signal-submit': 1 },
  },
  staleCard: { activity: (w) => ({ ...say(w, ''), value: { ws: 'answer', draft: 'd-old', step: 'x', value: 'ja' } }), writes: {} },
  danger: { activity: (w) => say(w, 'Hij slaat haar nu, ze is in gevaar'), writes: {} },
  worry: { activity: (w) => say(w, 'Thuis is het onveilig voor hem'), writes: {} },
  channelOnly: { activity: (w) => inIntake(w, '<at>wijksignaal</at> start'), writes: {} },
  cardAction: {
    setup: async (w) => {
      const { signal } = await sentSignal(w);
      return { value: { signalId: signal.id, cardVersion: 0 } };
    },
    activity: (w, { value }) => press(w, 'signal.claim', value ?? {}),
    writes: { 'signal-update': 1 },
  },
  signalAnswer: {
    setup: async (w) => {
      const { signal, conversationId } = await sentSignal(w);
      await w.app.post(press(w, 'signal.claim', { signalId: signal.id, cardVersion: 0 }));
      await w.app.post(press(w, 'signal.askSend', { signalId: signal.id, cardVersion: 1, question: 'Sinds wanneer?' }));
      const questionId = (await w.stores.signals.get('noord', signal.id))?.questions?.[0]?.id;
      if (!questionId) throw new Error('the question was not stored');
      return { conversationId, value: { ws: 'signal-answer', signalId: signal.id, teamId: 'noord', questionId, answer: 'Sinds maandag.' } };
    },
    activity: (w, { conversationId, value }) => ({ ...say(w, '', conversationId), value }),
    writes: { 'signal-update': 1 },
  },
  mine: {
    setup: async (w) => ({ conversationId: (await sentSignal(w)).conversationId }),
    activity: (w, { conversationId }) => say(w, 'mijn signalen', conversationId),
    writes: {},
  },
  minePress: {
    setup: async (w) => {
      const { signal, conversationId } = await sentSignal(w);
      return { conversationId, value: { ws: 'mine', verb: 'addInfoSend', teamId: 'noord', signalId: signal.id, info: 'Vandaag weer blauwe plekken gezien.' } };
    },
    activity: (w, { conversationId, value }) => ({ ...say(w, '', conversationId), value }),
    writes: { 'signal-update': 1 },
  },
  followUpAnswer: {
    setup: async (w) => {
      const { signal, conversationId } = await sentSignal(w);
      const at = '2027-01-04T09:00:00.000Z';
      await w.stores.signals.update('noord', signal.id, (current) => ({
        signal: { ...current, followUp: { askedAt: at } },
        audit: { at, actor: 'system', action: 'follow-up-asked', teamId: 'noord', signalId: signal.id },
        jobs: [],
      }));
      return { conversationId, value: { ws: 'followup', teamId: 'noord', signalId: signal.id, answer: 'no' } };
    },
    activity: (w, { conversationId, value }) => ({ ...say(w, '', conversationId), value }),
    writes: { 'signal-update': 1 },
  },
  channelCommand: {
    activity: (w) => inIntake(w, '<at>wijksignaal</at> koppel wijkteam noord', { aadObjectId: ADMIN, name: 'Beheerder' }),
    writes: { 'channel-link': 1, audit: 1 },
  },
  queueCommand: {
    setup: async (w) => void (await linkChannel(w.app, w.capture, 'noord', NOORD_CHANNEL)),
    activity: (w) => ({
      ...inIntake(w, '<at>wijksignaal</at> dienst <at>Bas Intake</at>'),
      entities: [{ type: 'mention', text: '<at>Bas Intake</at>', mentioned: { id: WORKER_BAS.aadObjectId, name: WORKER_BAS.name } }],
    }),
    writes: { duty: 1, audit: 1 },
  },
  worklistPress: {
    setup: async (w) => void (await linkChannel(w.app, w.capture, 'noord', NOORD_CHANNEL)),
    activity: (w) => press(w, 'queue.page', { offset: 0 }),
    writes: {},
  },
  channelHelp: { activity: (w) => inIntake(w, '<at>wijksignaal</at> goedemorgen'), writes: {} },
  // A teacher (no coordinator) gets their own signals: nothing written.
  status: { activity: (w) => say(w, 'status'), writes: {} },
  // A teacher asking for the month's count is refused, and the refusal audited once.
  coordination: { activity: (w) => say(w, 'maandoverzicht 2026-11'), writes: { audit: 1 } },
  // A press on a late-references button in a channel that is no queue's: refused, audited once.
  coordinationPress: { activity: (w) => press(w, 'coord.overdue', { teamId: 'noord' }), writes: { audit: 1 } },
  unknown: { activity: (w) => say(w, 'goedemorgen'), writes: {} },
};

/** More cases for routes whose writes depend on what is pressed or who presses. */
const MORE: ReadonlyArray<[string, RouteName, Scenario]> = [
  [
    'Details: the viewing is audited once',
    'cardAction',
    {
      setup: async (w) => ({ value: { signalId: (await sentSignal(w)).signal.id, cardVersion: 0 } }),
      activity: (w, { value }) => press(w, 'signal.details', value ?? {}),
      writes: { audit: 1 },
    },
  ],
  [
    'a claim refused (someone else has it): the refusal is audited once',
    'cardAction',
    {
      setup: async (w) => {
        const { signal } = await sentSignal(w);
        await w.app.post(press(w, 'signal.claim', { signalId: signal.id, cardVersion: 0 }));
        return { value: { signalId: signal.id, cardVersion: 1 } };
      },
      activity: (w, { value }) => ({
        ...press(w, 'signal.claim', value ?? {}),
        from: { id: '29:bas', aadObjectId: '2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b', name: 'Bas Intake' },
      }),
      writes: { 'signal-update': 1, audit: 1 },
    },
  ],
  [
    'a transfer: one change of the record (its jobs do the rest), audited in it',
    'cardAction',
    {
      setup: async (w) => ({ value: { signalId: (await sentSignal(w)).signal.id, cardVersion: 0, team: 'zuid', reason: 'other-area' } }),
      activity: (w, { value }) => press(w, 'signal.transferConfirm', value ?? {}),
      writes: { 'signal-update': 1 },
    },
  ],
  [
    'an admin erases a signal: one change of its record (audited in it)',
    'queueCommand',
    {
      setup: async (w) => ({ value: { reference: (await sentSignal(w)).signal.reference } }),
      activity: (w, { value }) => inIntake(w, `<at>wijksignaal</at> wis ${String(value?.reference)} avg-verzoek`, { aadObjectId: ADMIN, name: 'Beheerder' }),
      writes: { 'signal-update': 1 },
    },
  ],
  [
    'the worklist reads only: nothing written',
    'queueCommand',
    {
      setup: async (w) => void (await linkChannel(w.app, w.capture, 'noord', NOORD_CHANNEL)),
      activity: (w) => inIntake(w, '<at>wijksignaal</at> wachtrij'),
      writes: {},
    },
  ],
  [
    'an admin links the coordinators’ channel: one link, audited once',
    'coordination',
    {
      activity: (w) => inIntake(w, '<at>wijksignaal</at> koppel coördinatie', { aadObjectId: ADMIN, name: 'Beheerder' }),
      writes: { 'channel-link': 1, audit: 1 },
    },
  ],
  [
    'intake asks for its own queue’s status in its channel: nothing written',
    'coordination',
    {
      setup: async (w) => void (await linkChannel(w.app, w.capture, 'noord', NOORD_CHANNEL)),
      activity: (w) => inIntake(w, '<at>wijksignaal</at> status'),
      writes: {},
    },
  ],
  [
    'a link by someone who is not an admin: the refusal is audited once',
    'channelCommand',
    { activity: (w) => inIntake(w, '<at>wijksignaal</at> koppel wijkteam noord'), writes: { audit: 1 } },
  ],
];

let capture: CaptureServer;
let app: TestApp;
let losing: ReturnType<typeof losingStore>;
let stores: ReturnType<typeof countingStores>;
beforeEach(async () => {
  capture = await startCaptureServer();
  losing = losingStore();
  stores = countingStores();
  app = await startTestApp({
    env: { ADMIN_AAD_OBJECT_IDS: ADMIN },
    routing: INTAKE_ROUTING,
    store: losing.store,
    signals: stores.signals,
    links: stores.links,
    duty: stores.duty,
    audit: stores.audit,
  });
});
afterEach(async () => {
  await app.stop();
  await capture.close();
});

it('every route has a scenario here, and declares only effects the router knows', () => {
  expect(Object.keys(SCENARIOS).sort()).toEqual([...ROUTE_NAMES].sort());
});

const cases: ReadonlyArray<[string, RouteName, Scenario]> = [
  ...ROUTE_NAMES.map((name): [string, RouteName, Scenario] => [name, name, SCENARIOS[name]]),
  ...MORE,
];

it.each(cases)('%s: the turn runs twice, each declared write happens once, nothing else is written', async (_name, route, scenario) => {
  const world = { app, capture, stores };
  const prepared = (await scenario.setup?.(world)) ?? {};
  const activity = scenario.activity(world, prepared);
  // The precondition the name depends on: this activity goes to this route.
  const routed = { ...activity, text: stripMentions(String(activity.text ?? '')) } as unknown as Activity;
  expect(routeOf(routed, scenario.inDialogue ?? false)).toBe(route);
  for (const effect of Object.keys(scenario.writes) as SideEffect[]) expect(effectsOf(route)).toContain(effect);

  stores.reset();
  const conversationId = (activity.conversation as { id: string }).id;
  losing.loseNextCommitIn(conversationId);
  const res = await app.post(activity);
  expect(res.status).toBe(200);
  // The commit was lost once, so the turn did run again.
  expect(losing.pending()).toBe(false);
  expect(stores.writes).toEqual({ 'signal-submit': 0, 'signal-update': 0, 'channel-link': 0, duty: 0, audit: 0, ...scenario.writes });
});
