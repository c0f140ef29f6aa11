import { ActivityTypes, type Activity, type ConversationState, type TurnContext } from 'botbuilder';
import { DialogSet, type DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { parseCardAction } from '../../dialogs/dialog-buttons';
import { commandOf } from '../../dialogs/commands';
import { ProfileSchema } from '../../dialogs/flow/draft';
import { expireDraft, SIGNAL_DIALOG_ID, SignalDialog, type BeginOptions, type SignalDialogDeps } from '../../dialogs/signal-dialog';
import { intakeTexts, textsFor, type Texts } from '../texts';
import { classifyDanger, parseChannelCommand, type Clock, type DutyRosters, type RoutingTable, type SignalStore } from '../domain';
import { handleCardAction } from '../intake/signal-card-actions';
import { handleChannelCommand, type ChannelCommandDeps } from '../intake/channel-link-commands';
import { handleQueueCommand, handleWorklistPress, isWorklistPress, parseQueueCommand } from '../intake/queue-commands';
import { handleSignallerAnswer, isSignalAnswer } from '../intake/signaller-answers';
import {
  askerOf,
  handleCoordinationCommand,
  handleCoordinationPress,
  isCoordinationPress,
  parseCoordinationCommand,
  type CoordinationDeps,
} from '../coordination/coordination-commands';
import { isMinePress } from '../signaller/cards/mine-press';
import { isFollowUpPress } from '../signaller/cards/follow-up-card';
import { handleFollowUpAnswer } from '../signaller/follow-up-answers';
import { handleMinePress, handleMySignals, isMySignalsCommand } from '../signaller/my-signals';
import type { HandlerResult, Incoming, TurnTools } from '../toolkit/feature';
import { oncePerActivity } from '../toolkit/once-per-activity';
import { stripMentions } from './strip-mentions';
import { sendResult, toIncoming } from './to-incoming';
import type { TurnLogic } from './turn-runner';

/** What the bot remembers about a conversation; parsed on every read, like every other stored record. */
const MemorySchema = z.object({ welcomedAt: z.number().optional() }).catch({});
type Memory = z.infer<typeof MemorySchema>;

export interface BotDeps extends Omit<ChannelCommandDeps, 'routing'>, Omit<CoordinationDeps, 'routing'> {
  readonly clock: Clock;
  readonly signals: SignalStore;
  readonly duty: DutyRosters;
  readonly routing: RoutingTable;
  readonly followUpWeeks: number;
  readonly draftTtlMs: number;
}

interface RouteArgs {
  readonly context: TurnContext;
  readonly state: ConversationState;
  readonly texts: Texts;
  readonly memory: Memory;
  readonly now: number;
  /** Present for messages, the only activities that reach the dialogue. */
  readonly dialogs?: DialogContext;
  readonly deps: BotDeps;
  readonly tools: TurnTools;
}

/**
 * What a route changes outside the conversation's state (which the turn runner commits once): each such write must
 * happen once per activity, also when the turn runs again after a lost compare-and-set, so it goes through
 * TurnTools.once (the dialogue: the same helper on its TurnContext). tests/teams/router.test.ts runs every route
 * under a losing store and counts the writes per declared effect; a route missing there fails that test.
 */
export type SideEffect = 'signal-submit' | 'signal-update' | 'channel-link' | 'duty' | 'audit';

interface Route {
  readonly effects: readonly SideEffect[];
  readonly run: (args: RouteArgs) => Promise<void>;
}

/** A feature's handler as a route: it sees a plain `Incoming` and returns what to send. */
const feature =
  (handle: (args: RouteArgs, incoming: Incoming) => Promise<HandlerResult>) =>
  async (args: RouteArgs): Promise<void> =>
    sendResult(args.context, await handle(args, toIncoming(args.context.activity)));

const routes = {
  install: {
    effects: [],
    run: async ({ context, texts, memory, now }) => {
      // Teams sends both conversationUpdate and installationUpdate on install: welcome once.
      if (memory.welcomedAt !== undefined) return;
      memory.welcomedAt = now;
      await context.sendActivity(isTeamScope(context.activity) ? [texts.teamWelcome, texts.safetyLine].join('\n\n') : welcomeText(texts));
    },
  },
  help: {
    effects: [],
    run: async ({ context, texts, memory, now }) => {
      memory.welcomedAt = now;
      await context.sendActivity(welcomeText(texts));
    },
  },
  start: { effects: [], run: async ({ dialogs }) => void (await dialogs?.beginDialog(SIGNAL_DIALOG_ID, { intent: 'new' } satisfies BeginOptions)) },
  resume: { effects: [], run: async ({ dialogs }) => void (await dialogs?.beginDialog(SIGNAL_DIALOG_ID, { intent: 'resume' } satisfies BeginOptions)) },
  stop: { effects: [], run: async ({ dialogs }) => void (await dialogs?.beginDialog(SIGNAL_DIALOG_ID, { intent: 'stop' } satisfies BeginOptions)) },
  // The dialogue's last step submits the signal (idempotent on the signal id, and once per activity).
  dialogue: { effects: ['signal-submit'], run: async ({ dialogs }) => void (await dialogs?.continueDialog()) },
  staleCard: {
    effects: [],
    run: async ({ context, texts, state }) => {
      // A card of a finished, discarded or paused draft: say so, and never apply it.
      const action = parseCardAction(context.activity.value);
      const profile = ProfileSchema.catch({}).parse(await state.createProperty<unknown>('profile').get(context, {}));
      const sent = profile.lastSubmitted;
      const paused = (await state.createProperty<unknown>(DRAFT_PROPERTY).get(context)) !== undefined;
      const what = action?.ws === 'send' && sent?.draftId === action.draft ? texts.dialog.alreadySent(sent.reference) : texts.dialog.cardNotActive;
      await context.sendActivity(`${what}\n\n${paused ? texts.dialog.resumeHint : texts.startHint}`);
    },
  },
  // Danger outside a dialogue under way (none, or paused): the dialogue gives the guidance and keeps a draft there is.
  danger: {
    effects: [],
    run: async ({ context, texts, dialogs }) => {
      if (dialogs && !isTeamScope(context.activity)) await dialogs.beginDialog(SIGNAL_DIALOG_ID, { intent: 'danger' } satisfies BeginOptions);
      else await context.sendActivity(`${texts.safetyLine}\n\n${texts.dialog.acuteOffer}`);
    },
  },
  worry: { effects: [], run: async ({ dialogs }) => void (await dialogs?.beginDialog(SIGNAL_DIALOG_ID, { intent: 'worry' } satisfies BeginOptions)) },
  channelOnly: { effects: [], run: async ({ context, texts }) => void (await context.sendActivity(texts.dialog.useOneOnOne)) },
  cardAction: {
    effects: ['signal-update', 'audit'],
    run: feature(({ deps, tools }, incoming) => handleCardAction(incoming, tools, deps)),
  },
  signalAnswer: {
    effects: ['signal-update', 'audit'],
    run: feature(({ deps, tools }, incoming) => handleSignallerAnswer(incoming, tools, deps)),
  },
  // The signaller's own signals, from any point: a draft in progress is left as it is ("verder" goes back to it).
  mine: {
    effects: [],
    run: feature(async ({ deps, state, context }, incoming) => {
      const draftWaits = (await state.createProperty<unknown>(DRAFT_PROPERTY).get(context)) !== undefined;
      return handleMySignals(incoming, deps, draftWaits);
    }),
  },
  minePress: {
    effects: ['signal-update', 'audit'],
    run: feature(({ deps, tools }, incoming) => handleMinePress(incoming, tools, deps)),
  },
  // "status" in the 1:1 chat: the queues for a coordinator, "mijn signalen" for everyone else (who may have sent some).
  status: {
    effects: ['audit'],
    run: feature(async ({ deps, state, context, tools, texts }, incoming) => {
      const asker = await askerOf(incoming, deps);
      if (asker.role !== 'other') return handleCoordinationCommand(incoming, tools, texts, { verb: 'status' }, asker, deps);
      const draftWaits = (await state.createProperty<unknown>(DRAFT_PROPERTY).get(context)) !== undefined;
      return handleMySignals(incoming, deps, draftWaits);
    }),
  },
  // What coordinators ask (and intake of its own queue): status, the month's count, linking their channel.
  coordination: {
    effects: ['audit', 'channel-link'],
    run: feature(async ({ deps, tools, texts }, incoming) => {
      const command = parseCoordinationCommand(incoming.text);
      return command ? handleCoordinationCommand(incoming, tools, texts, command, await askerOf(incoming, deps), deps) : {};
    }),
  },
  coordinationPress: { effects: ['audit'], run: feature(({ deps, tools, texts }, incoming) => handleCoordinationPress(incoming, tools, texts, deps)) },
  followUpAnswer: {
    effects: ['signal-update', 'audit'],
    run: feature(({ deps, tools }, incoming) => handleFollowUpAnswer(incoming, tools, deps)),
  },
  channelCommand: {
    effects: ['channel-link', 'audit'],
    run: feature(async ({ deps, tools, texts }, incoming) => {
      const command = parseChannelCommand(incoming.text);
      return command ? handleChannelCommand(incoming, tools, texts, command, deps) : {};
    }),
  },
  // The worklist, find and on-duty: what intake types in its channel on a normal day; and an admin's erasure.
  queueCommand: {
    effects: ['duty', 'signal-update', 'audit'],
    run: feature(async ({ deps, tools }, incoming) => {
      const command = parseQueueCommand(incoming.text);
      return command ? handleQueueCommand(incoming, tools, command, deps) : {};
    }),
  },
  worklistPress: { effects: [], run: feature(({ deps }, incoming) => handleWorklistPress(incoming, deps)) },
  channelHelp: { effects: [], run: async ({ context, texts }) => void (await context.sendActivity(`${texts.intake.work.help}\n\n${texts.safetyLine}`)) },
  unknown: { effects: [], run: async ({ context, texts }) => void (await context.sendActivity([texts.notUnderstood, texts.safetyLine].join('\n\n'))) },
} as const satisfies Record<string, Route>;

/** Every route's name, and the side effects it declares (see SideEffect). */
export const ROUTE_NAMES = Object.keys(routes) as RouteName[];
export const effectsOf = (route: RouteName): readonly SideEffect[] => routes[route].effects;

export type RouteName = keyof typeof routes;

/** Where an activity goes; `dialogActive` is whether a signal dialogue is under way in this conversation. */
export function routeOf(activity: Activity, dialogActive = false): RouteName | undefined {
  switch (activity.type) {
    case ActivityTypes.InstallationUpdate:
      return activity.action === 'add' || activity.action === 'add-upgrade' ? 'install' : undefined;
    case ActivityTypes.ConversationUpdate:
      return activity.membersAdded?.some((m) => m.id === activity.recipient?.id) ? 'install' : undefined;
    case ActivityTypes.Message:
      return isTeamScope(activity) ? channelRoute(activity) : messageRoute(activity, dialogActive);
    case ActivityTypes.Invoke:
      // Action.Execute on a channel card; the 1:1 dialogue uses Action.Submit and never invokes.
      if (activity.name !== 'adaptiveCard/action') return undefined;
      if (isCoordinationPress(activity.value)) return 'coordinationPress';
      return isWorklistPress(activity.value) ? 'worklistPress' : 'cardAction';
    default:
      return undefined;
  }
}

/** A signal is never given in a channel: the dialogue lives in the 1:1 chat only. */
function channelRoute(activity: Activity): RouteName {
  // A press on a channel card from a client that falls back to Action.Submit.
  if (activity.value !== undefined) {
    if (isCoordinationPress(activity.value)) return 'coordinationPress';
    return isWorklistPress(activity.value) ? 'worklistPress' : 'cardAction';
  }
  // Before linking: "koppel coördinatie" links the coordinators' channel, not a wijkteam.
  if (parseCoordinationCommand(activity.text ?? '')) return 'coordination';
  if (parseChannelCommand(activity.text ?? '')) return 'channelCommand';
  if (parseQueueCommand(activity.text ?? '')) return 'queueCommand';
  const command = commandOf(activity.text);
  if (command === 'start' || command === 'resume' || command === 'stop') return 'channelOnly';
  if (classifyDanger(activity.text ?? '') === 'clear') return 'danger';
  return 'channelHelp';
}

function messageRoute(activity: Activity, dialogActive: boolean): RouteName {
  // An answer to a wijkteam question carries its own signal and question, and is never a step of the dialogue; nor
  // is a press on the signaller's own signals, or asking for them.
  if (isSignalAnswer(activity.value)) return 'signalAnswer';
  if (isMinePress(activity.value)) return 'minePress';
  if (isFollowUpPress(activity.value)) return 'followUpAnswer';
  if (isCoordinationPress(activity.value)) return 'coordinationPress';
  const coordination = parseCoordinationCommand(activity.text ?? '');
  if (coordination) return coordination.verb === 'status' ? 'status' : 'coordination';
  if (isMySignalsCommand(activity.text)) return 'mine';
  if (dialogActive) return 'dialogue';
  if (activity.value !== undefined) return parseCardAction(activity.value)?.ws === 'danger' ? 'danger' : 'staleCard';
  switch (commandOf(activity.text)) {
    case 'help':
      return 'help';
    case 'start':
      return 'start';
    case 'resume':
    case 'back':
    case 'pause':
      return 'resume';
    case 'stop':
      return 'stop';
    default: {
      const danger = classifyDanger(activity.text ?? '');
      return danger === 'clear' ? 'danger' : danger === 'possible' ? 'worry' : 'unknown';
    }
  }
}

function isTeamScope(activity: Activity): boolean {
  return activity.conversation?.conversationType === 'channel' || Boolean((activity.channelData as { team?: unknown } | undefined)?.team);
}

function welcomeText(texts: Texts): string {
  return [...texts.welcome, texts.safetyLine, texts.helpHint].join('\n\n');
}

const DRAFT_PROPERTY = 'signalDraft';

export function createBotLogic(deps: BotDeps): TurnLogic {
  return async (context, state: ConversationState) => {
    // Everything downstream (routing, commands, the dialogue) reads what the person typed, not the mention tags.
    if (context.activity.text) context.activity.text = stripMentions(context.activity.text);
    const dialogDeps = {
      signals: deps.signals,
      clock: deps.clock,
      routing: deps.routing,
      followUpWeeks: deps.followUpWeeks,
      draftTtlMs: deps.draftTtlMs,
      draft: state.createProperty(DRAFT_PROPERTY),
      profile: state.createProperty('profile'),
    };
    // Only messages can touch the dialogue; reading its state for anything else would write an empty stack. An
    // answer to a wijkteam question, or the signaller's own signals, leave the dialogue and its draft as they were.
    const apart = new Set<RouteName | undefined>(['signalAnswer', 'minePress', 'mine', 'followUpAnswer', 'status', 'coordination', 'coordinationPress']);
    const touchesDialogue = context.activity.type === ActivityTypes.Message && !apart.has(routeOf(context.activity));
    if (touchesDialogue) await expireDraft(context, dialogDeps);
    const dc = touchesDialogue ? await dialogContext(context, state, dialogDeps) : undefined;
    const route = routeOf(context.activity, dc?.activeDialog !== undefined);
    if (!route) return;
    const accessor = state.createProperty<unknown>('memory');
    const memory = MemorySchema.parse(await accessor.get(context, {}));
    const tools = oncePerActivity(context.turnState);
    // A channel is the intake team's: it hears the intake language, like its cards, whoever typed.
    const texts = isTeamScope(context.activity) ? intakeTexts() : textsFor(context.activity.locale);
    await routes[route].run({ context, state, texts, memory, now: deps.clock.now(), dialogs: dc, deps, tools });
    await accessor.set(context, memory);
  };
}

function dialogContext(context: TurnContext, state: ConversationState, dialogDeps: SignalDialogDeps): Promise<DialogContext> {
  const dialogSet = new DialogSet(state.createProperty('dialogState'));
  dialogSet.add(new SignalDialog(dialogDeps));
  return dialogSet.createContext(context);
}
