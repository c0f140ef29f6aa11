import { ActivityTypes, type Activity, type ConversationState, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { textsFor, type Texts } from '../../dialogs/texts';
import type { Clock } from '../domain';
import type { TurnLogic } from './turn-runner';

/** What the bot remembers about a conversation; parsed on every read, like every other stored record. */
const MemorySchema = z.object({ welcomedAt: z.number().optional() }).catch({});
type Memory = z.infer<typeof MemorySchema>;

interface RouteArgs {
  readonly context: TurnContext;
  readonly texts: Texts;
  readonly memory: Memory;
  readonly now: number;
}

const handlers = {
  install: async ({ context, texts, memory, now }: RouteArgs) => {
    // Teams sends both conversationUpdate and installationUpdate on install: welcome once.
    if (memory.welcomedAt !== undefined) return;
    memory.welcomedAt = now;
    await context.sendActivity(isTeamScope(context.activity) ? [texts.teamWelcome, texts.safetyLine].join('\n\n') : welcomeText(texts));
  },
  help: async ({ context, texts, memory, now }: RouteArgs) => {
    memory.welcomedAt = now;
    await context.sendActivity(welcomeText(texts));
  },
  unknown: async ({ context, texts }: RouteArgs) => {
    await context.sendActivity([texts.notUnderstood, texts.safetyLine].join('\n\n'));
  },
} as const;

export type RouteName = keyof typeof handlers;

const HELP_WORDS = new Set(['hulp', 'help', '?', 'menu', 'start']);

export function routeOf(activity: Activity): RouteName | undefined {
  switch (activity.type) {
    case ActivityTypes.InstallationUpdate:
      return activity.action === 'add' || activity.action === 'add-upgrade' ? 'install' : undefined;
    case ActivityTypes.ConversationUpdate:
      return activity.membersAdded?.some((m) => m.id === activity.recipient?.id) ? 'install' : undefined;
    case ActivityTypes.Message:
      return HELP_WORDS.has(commandWord(activity)) ? 'help' : 'unknown';
    default:
      return undefined;
  }
}

/**
 * A command counts only as the whole message, so "help" inside a description is text, not a command. Mentions
 * (`<at>wijksignaal</at>` in channels) are stripped from a copy: the activity itself stays as Teams sent it, for
 * every attempt of the turn.
 */
function commandWord(activity: Activity): string {
  return (activity.text ?? '').replace(/<at>[^<]*<\/at>/gi, ' ').trim().toLowerCase().replace(/[.!]+$/, '');
}

function isTeamScope(activity: Activity): boolean {
  return activity.conversation?.conversationType === 'channel' || Boolean((activity.channelData as { team?: unknown } | undefined)?.team);
}

function welcomeText(texts: Texts): string {
  return [...texts.welcome, texts.safetyLine, texts.helpHint].join('\n\n');
}

export function createBotLogic({ clock }: { clock: Clock }): TurnLogic {
  return async (context, state: ConversationState) => {
    const route = routeOf(context.activity);
    if (!route) return;
    const accessor = state.createProperty<unknown>('memory');
    const memory = MemorySchema.parse(await accessor.get(context, {}));
    await handlers[route]({ context, texts: textsFor(context.activity.locale), memory, now: clock.now() });
    await accessor.set(context, memory);
  };
}
