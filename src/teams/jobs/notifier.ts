import type { Activity, Attachment, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { textsFor } from '../../texts';
import type { ConnectorClient } from 'botframework-connector';
import { questionOf, type SignalQuestion } from '../../domain';
import { answerNotice, signallerQuestionCard } from '../../intake/cards/question-cards';
import { effectiveUrgency } from '../../intake/cards/signal-card';
import type {
  ChannelLink,
  ChannelLinks,
  Clock,
  NotificationJob,
  NotificationQueue,
  PostedCard,
  PostedCards,
  ReminderSchedule,
  RoutingTable,
  Signal,
  SignalStore,
} from '../../domain';
import type { Logger } from '../../log';

type Team = RoutingTable['teams'][number];

export interface NotifierDeps {
  readonly adapter: CloudAdapter;
  /** The bot's app id; '' in local mode. */
  readonly appId: string;
  readonly queue: NotificationQueue;
  readonly cards: PostedCards;
  readonly signals: SignalStore;
  readonly links: ChannelLinks;
  readonly routing: RoutingTable;
  /** Wall-clock time for retry scheduling; the system clock unless a test brings its own. */
  readonly clock?: Clock;
  readonly log: Logger;
  /** This instance's name in the consumer group; unique per process. */
  readonly consumer: string;
  readonly renderCard: (signal: Signal, team: Team) => Record<string, unknown>;
  readonly pollMs?: number;
  /** A job another instance left pending this long is taken over (that instance is presumed dead). */
  readonly staleMs?: number;
  /** Minimum time between two posts in one channel: Teams allows 7 per second and 60 per 30 seconds. */
  readonly channelSpacingMs?: number;
  /** How often a signal waiting for its queue's channel to be linked looks again. */
  readonly unlinkedRecheckMs?: number;
  /** Unclaimed acute signals are announced again in their thread this often. */
  readonly reminders?: ReminderSchedule;
  readonly acuteReminderMs?: number;
}

const adaptiveCard = (content: Record<string, unknown>): Attachment => ({ contentType: 'application/vnd.microsoft.card.adaptive', content });

/** How long to wait before trying a job again, per failure. */
export function retryDelayMs(error: unknown, attempt: number, random = Math.random): { delayMs: number; retryable: boolean } {
  const status = statusOf(error);
  const backoff = Math.min(60_000, 1000 * 2 ** Math.min(attempt, 6)) * (0.8 + 0.4 * random());
  if (status === 429) {
    const retryAfter = retryAfterMs(error);
    return { delayMs: retryAfter ?? backoff, retryable: true };
  }
  // 412 (precondition), 5xx and network failures pass; 4xx (blocked, not installed, too large) need a person.
  if (status === undefined || status === 412 || status >= 500) return { delayMs: backoff, retryable: true };
  return { delayMs: 10 * 60_000, retryable: false };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: { get?: (name: string) => string | undefined } } } | undefined)?.response?.headers;
  const value = headers?.get?.('retry-after');
  const seconds = value === undefined ? NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * Posts each new signal as a card in a new thread of its queue's intake channel. At-least-once: a job is
 * acknowledged only after the card is posted and recorded. Where a second card can still appear: a crash (or a
 * lost connection) after Teams accepted the post and before the card was recorded; the job is then taken again
 * and finds no record. Jobs for a queue without a linked channel wait, and go out once it is linked.
 */
export function createNotifier(deps: NotifierDeps) {
  const { queue, cards, signals, links, routing, log } = deps;
  const clock = deps.clock ?? { now: () => Date.now() };
  const unlinkedRecheckMs = deps.unlinkedRecheckMs ?? 5_000;
  const acuteReminderMs = deps.acuteReminderMs ?? 15 * 60_000;
  const pollMs = deps.pollMs ?? 500;
  const staleMs = deps.staleMs ?? 30_000;
  const spacingMs = deps.channelSpacingMs ?? 500;
  const notBefore = new Map<string, { at: number; attempt: number }>();
  const channelFree = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  /** Teams limits posts per channel, thread replies included: keep them apart. */
  async function spaceOut(channelId: string): Promise<void> {
    const wait = (channelFree.get(channelId) ?? 0) - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    channelFree.set(channelId, Date.now() + spacingMs);
  }

  /**
   * An acute card is posted with a line that @mentions the team's on-duty intake (routing file), so Teams notifies
   * them; the card itself carries no names.
   */
  function acuteMention(signal: Signal, team: Team): Partial<Activity> {
    const mentions = effectiveUrgency(signal) === 'acute' ? (team.acuteMentions ?? []) : [];
    if (mentions.length === 0) return {};
    const tags = mentions.map((m) => `<at>${m.name}</at>`);
    return {
      text: `${tags.join(' ')} ${textsFor('nl').signalCard.acuteMention(signal.reference)}`,
      entities: mentions.map((m, i) => ({ type: 'mention', text: tags[i], mentioned: { id: m.aadObjectId, name: m.name } })),
    };
  }

  async function postCard(link: ChannelLink, card: Record<string, unknown>, extra: Partial<Activity> = {}): Promise<PostedCard> {
    await spaceOut(link.channelId);
    const reference: Partial<ConversationReference> = {
      serviceUrl: link.serviceUrl,
      channelId: 'msteams',
      bot: { id: link.botId, name: 'wijksignaal' },
      conversation: { id: link.channelId, isGroup: true, conversationType: 'channel', tenantId: link.tenantId, name: '' },
    };
    let posted: PostedCard | undefined;
    await deps.adapter.continueConversationAsync(deps.appId, reference, async (context) => {
      const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
      const activity: Partial<Activity> = { type: 'message', ...extra, attachments: [adaptiveCard(card)] };
      // A new conversation in a channel is a new thread, whose root is this card.
      const created = await client.conversations.createConversation({
        isGroup: true,
        bot: { id: link.botId, name: 'wijksignaal' },
        tenantId: link.tenantId,
        channelData: { channel: { id: link.channelId }, ...(link.tenantId ? { tenant: { id: link.tenantId } } : {}) },
        activity: activity as Activity,
        members: [],
      });
      posted = { conversationId: created.id, activityId: created.activityId ?? created.id.split('messageid=')[1] ?? '', serviceUrl: link.serviceUrl };
    });
    if (!posted) throw new Error('no conversation created');
    return posted;
  }

  async function continueIn(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await deps.adapter.continueConversationAsync(deps.appId, reference, logic);
  }

  /** The card's thread: `<channel>;messageid=<root>`, as recorded when the card was posted. */
  const threadOf = (signal: Signal, posted: PostedCard): Partial<ConversationReference> => ({
    serviceUrl: posted.serviceUrl,
    channelId: 'msteams',
    conversation: { id: posted.conversationId, isGroup: true, conversationType: 'channel', name: '', tenantId: signal.signaller.reference.tenantId },
    bot: { id: signal.signaller.reference.botId, name: 'wijksignaal' },
  });

  /** Everyone's card follows the record: replaced in place in the thread. */
  async function updateCard(signal: Signal, team: Team, posted: PostedCard): Promise<void> {
    await continueIn(threadOf(signal, posted), async (context) => {
      await context.updateActivity({ id: posted.activityId, type: 'message', attachments: [adaptiveCard(deps.renderCard(signal, team))] });
    });
  }

  /** Under the card, where the intake team works: the worker who asked is told there is an answer (in Details). */
  async function postAnswer(signal: Signal, question: SignalQuestion, posted: PostedCard): Promise<void> {
    await spaceOut(posted.conversationId.split(';')[0] ?? posted.conversationId);
    await continueIn(threadOf(signal, posted), async (context) => {
      await context.sendActivity({ type: 'message', ...answerNotice(question, textsFor('nl')) });
    });
  }

  /** Proactively, in the signaller's 1:1 chat, by the conversation reference stored when they sent the signal. */
  async function toSignaller(signal: Signal, activity: Partial<Activity>): Promise<void> {
    const ref = signal.signaller.reference;
    await continueIn(
      {
        serviceUrl: ref.serviceUrl,
        channelId: ref.channelId,
        conversation: { id: ref.conversationId, isGroup: false, conversationType: 'personal', name: '', tenantId: ref.tenantId },
        bot: { id: ref.botId, name: 'wijksignaal' },
        user: { id: ref.userId, name: '' },
      },
      async (context) => {
        await context.sendActivity(activity);
      },
    );
  }

  /** The signaller hears, 1:1 and in their own language, what the wijkteam did; undefined when there is nothing to say. */
  function signallerUpdate(signal: Signal, team: Team, event: string | undefined): string | undefined {
    const texts = textsFor(signal.language);
    const outcome = signal.lifecycle?.closeOutcome;
    switch (event) {
      case 'claim':
        return texts.signallerUpdates.claim(signal.reference, team.name);
      case 'close':
        return texts.signallerUpdates.close(signal.reference, team.name, outcome ? texts.signalCard.closeOutcomes[outcome] : '');
      case 'reopen':
        return texts.signallerUpdates.reopen(signal.reference, team.name);
      default:
        return undefined;
    }
  }

  /** What a job other than 'new-signal' delivers; undefined when there is nothing (left) to deliver. */
  function deliveryFor(job: NotificationJob, signal: Signal, team: Team, posted: PostedCard | undefined): (() => Promise<void>) | undefined {
    const question = job.event === undefined ? undefined : questionOf(signal, job.event);
    switch (job.kind) {
      case 'card-update':
        // A card not posted yet needs no update: when it is posted it shows the record as it is then.
        return posted ? () => updateCard(signal, team, posted) : undefined;
      case 'signaller-update': {
        const text = signallerUpdate(signal, team, job.event);
        return text === undefined ? undefined : () => toSignaller(signal, { type: 'message', text });
      }
      case 'signaller-question': {
        // Only while the question is still the open one: once answered or closed, a late card would only confuse.
        if (!question || question.answer || signal.lifecycle?.pendingQuestionId !== question.id) return undefined;
        const card = signallerQuestionCard(signal, question, team.name, textsFor(signal.language));
        return () => toSignaller(signal, { type: 'message', attachments: [adaptiveCard(card)] });
      }
      case 'post-answer':
        // Questions are asked from the card, so it was posted; without it there is no thread to answer in.
        return posted && question?.answer ? () => postAnswer(signal, question, posted) : undefined;
      case 'new-signal':
        return undefined;
    }
  }

  async function handle(job: NotificationJob, team: Team): Promise<boolean> {
    const ids = { jobId: job.id, teamId: job.teamId, signalId: job.signalId, kind: job.kind };
    const signal = await signals.get(job.teamId, job.signalId);
    if (!signal) {
      log.warn(ids, 'signal of a notification job is gone; job dropped');
      await queue.ack(job.teamId, job.id);
      return false;
    }
    const posted = await cards.get(job.teamId, job.signalId);
    if (job.kind !== 'new-signal') {
      const deliver = deliveryFor(job, signal, team, posted);
      if (!deliver) {
        if (job.kind !== 'card-update') log.info(ids, 'nothing to deliver for this job any more; dropped');
        return done(job);
      }
      return attempt(job, ids, deliver);
    }
    if (posted) return done(job);
    const link = await links.get(job.teamId);
    if (!link) {
      // Waits, pending, until an admin links a channel; checked again now and then.
      notBefore.set(job.id, { at: clock.now() + unlinkedRecheckMs, attempt: 0 });
      log.debug(ids, 'no intake channel linked yet; signal waits');
      return false;
    }
    return attempt(job, ids, async () => {
      const card = await postCard(link, deps.renderCard(signal, team), acuteMention(signal, team));
      await cards.record(job.teamId, job.signalId, card);
      log.info({ ...ids, activityId: card.activityId }, 'signal card posted');
      if (effectiveUrgency(signal) === 'acute') await deps.reminders?.schedule(job.teamId, job.signalId, clock.now() + acuteReminderMs);
    });
  }

  async function done(job: NotificationJob): Promise<boolean> {
    await queue.ack(job.teamId, job.id);
    notBefore.delete(job.id);
    return false;
  }

  /** Runs one delivery; acknowledges on success, schedules a retry with backoff on failure. */
  async function attempt(job: NotificationJob, ids: Record<string, unknown>, deliver: () => Promise<void>): Promise<boolean> {
    const previous = notBefore.get(job.id)?.attempt ?? 0;
    try {
      await deliver();
      await queue.ack(job.teamId, job.id);
      notBefore.delete(job.id);
      return true;
    } catch (err) {
      const { delayMs, retryable } = retryDelayMs(err, previous);
      notBefore.set(job.id, { at: clock.now() + delayMs, attempt: previous + 1 });
      const details = { ...ids, status: statusOf(err), attempt: previous + 1, retryInMs: Math.round(delayMs) };
      if (retryable) log.warn(details, 'not delivered yet; will retry');
      else log.error(details, 'cannot be delivered (bot blocked, not installed, or refused); retrying slowly');
      return false;
    }
  }

  /**
   * An acute signal nobody has claimed is announced again in its thread. The next reminder is scheduled before
   * this one is posted, so a crash in between skips one reminder, never all of them.
   */
  async function remind(team: Team): Promise<void> {
    if (!deps.reminders) return;
    for (const signalId of await deps.reminders.takeDue(team.id, clock.now(), 10)) {
      const signal = await signals.get(team.id, signalId);
      const posted = await cards.get(team.id, signalId);
      if (!signal || !posted || signal.status !== 'new') continue;
      await deps.reminders.schedule(team.id, signalId, clock.now() + acuteReminderMs);
      try {
        await spaceOut(posted.conversationId.split(';')[0] ?? posted.conversationId);
        const text = textsFor('nl').signalCard.reminder(signal.reference);
        await continueIn(threadOf(signal, posted), async (context) => {
          await context.sendActivity({ type: 'message', textFormat: 'plain', text });
        });
        log.info({ teamId: team.id, signalId }, 'unclaimed acute signal announced again');
      } catch (err) {
        log.warn({ teamId: team.id, signalId, status: statusOf(err) }, 'could not announce an unclaimed acute signal; next reminder is scheduled');
      }
    }
  }

  /** One pass over every queue; resolves with the number of cards posted. */
  async function runOnce(): Promise<number> {
    let posted = 0;
    for (const team of routing.teams) {
      await remind(team).catch((err: unknown) => log.warn({ teamId: team.id, err }, 'could not read acute reminders'));
      let jobs: NotificationJob[];
      try {
        jobs = await queue.take(team.id, deps.consumer, { count: 20, staleMs });
      } catch (err) {
        log.warn({ teamId: team.id, err }, 'could not read notification jobs');
        continue;
      }
      for (const job of jobs) {
        if ((notBefore.get(job.id)?.at ?? 0) > clock.now()) continue;
        if (await handle(job, team)) posted++;
      }
    }
    return posted;
  }

  const loop = () => {
    if (stopped) return;
    running = runOnce().catch((err: unknown) => {
      log.error({ err }, 'notifier pass failed');
      return 0;
    });
    void running.finally(() => {
      if (!stopped) timer = setTimeout(loop, pollMs);
    });
  };

  return {
    runOnce,
    start() {
      stopped = false;
      loop();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
