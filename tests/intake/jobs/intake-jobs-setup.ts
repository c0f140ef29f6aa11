import { applyTransition, lifecycleOf, parseRoutingConfig, withLifecycle, type PostedCard, type SignalToSubmit } from '../../../src/domain';
import { intakeJobs } from '../../../src/intake/jobs';
import { createMemoryChannelLinks, createMemoryDutyRosters } from '../../../src/store/memory-channel-links';
import { createMemoryLeases } from '../../../src/store/memory-leases';
import { createMemoryNotificationQueue, createMemoryPostedCards } from '../../../src/store/memory-notification-queue';
import { createMemoryReminderSchedule } from '../../../src/store/memory-reminder-schedule';
import { createMemorySignalStore } from '../../../src/store/memory-signal-store';
import { createMemoryWakeUps } from '../../../src/store/memory-wake-ups';
import { createSignalCodec } from '../../../src/store/signal-codec';
import { createValueCipher } from '../../../src/store/value-cipher';
import { systemClock } from '../../../src/runtime/system-clock';
import { createJobLoop } from '../../../src/teams/jobs/job-loop';
import { createMemoryAuditLog } from '../../../src/store/memory-audit-log';
import { signallerJobs } from '../../../src/signaller/jobs/follow-ups';
import { createPeriodicScheduler } from '../../../src/teams/jobs/periodic-scheduler';
import type { OutgoingMessage, ProactiveSender } from '../../../src/toolkit/proactive-sender';
import { consultationSignal } from '../../fixtures/signal';
import { fakeClock } from '../../helpers/fake-clock';
import { WEEKDAYS } from '../../helpers/intake';
import { captureLog } from '../../helpers/log-capture';

/** Made up: Noord's on-duty intake worker, @mentioned on acute cards. */
export const ON_DUTY = { aadObjectId: '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d', name: 'Dienstdoende intake' };
export const ACUTE_REMINDER_MS = 15 * 60_000;
const CHANNEL = '19:intake-noord@thread.tacv2';

export type Sent =
  | { readonly to: 'new-thread'; readonly channelId: string; readonly message: OutgoingMessage }
  | { readonly to: 'thread'; readonly conversationId: string; readonly message: OutgoingMessage }
  | { readonly to: 'card'; readonly conversationId: string; readonly card: Record<string, unknown> }
  | { readonly to: 'person'; readonly conversationId: string; readonly message: OutgoingMessage }
  | { readonly to: 'person-card'; readonly conversationId: string; readonly card: Record<string, unknown> };

/** A ProactiveSender that records instead of sending; `failNext` makes the next sends reject as Teams would. */
function recordingSender() {
  const sent: Sent[] = [];
  const failures: Array<{ statusCode: number }> = [];
  let threads = 0;
  const record = async (entry: Sent) => {
    const failure = failures.shift();
    if (failure) throw Object.assign(new Error('made-up failure'), failure);
    sent.push(entry);
  };
  const sender: ProactiveSender = {
    async startThread(channel, message) {
      await record({ to: 'new-thread', channelId: channel.channelId, message });
      const id = ++threads;
      return { conversationId: `${channel.channelId};messageid=${id}`, activityId: String(id), serviceUrl: channel.serviceUrl };
    },
    postInThread: (posted, _as, message) => record({ to: 'thread', conversationId: posted.conversationId, message }),
    updateCard: (posted, _as, card) => record({ to: 'card', conversationId: posted.conversationId, card }),
    toPerson: (reference, message) => record({ to: 'person', conversationId: reference.conversationId, message }),
    updateInPersonChat: (reference, _id, card) => record({ to: 'person-card', conversationId: reference.conversationId, card }),
  };
  return { sender, sent, failNext: (statusCode: number) => void failures.push({ statusCode }) };
}

/**
 * Intake's registrations on the real job loop and scheduler, with memory stores, a recording sender and a fake
 * clock; nothing runs by itself: `runOnce()` does everything due now.
 */
export function intakeJobsSetUp() {
  const clock = fakeClock();
  const codec = createSignalCodec(createValueCipher({ plaintext: true }));
  const queue = createMemoryNotificationQueue({ now: clock.now });
  const wakeUps = createMemoryWakeUps();
  const followUps = createMemoryReminderSchedule();
  const signals = createMemorySignalStore({ codec, jobs: queue, wakeUps, followUps });
  const cards = createMemoryPostedCards();
  const links = createMemoryChannelLinks();
  const reminders = createMemoryReminderSchedule();
  const deadlines = createMemoryReminderSchedule();
  const duty = createMemoryDutyRosters();
  const routing = parseRoutingConfig({
    gemeente: 'Proefdorp',
    fallbackTeamId: 'intake',
    teams: [
      { id: 'noord', name: 'Wijkteam Noord', officeHours: WEEKDAYS, acuteMentions: [ON_DUTY] },
      { id: 'intake', name: 'Centrale intake', officeHours: WEEKDAYS },
    ],
    areas: [{ teamId: 'noord', pc4: ['1021-1025'] }],
  });
  if (!routing.ok) throw new Error(routing.problems.join('\n'));
  const captured = captureLog();
  const recording = recordingSender();
  const intake = intakeJobs({
    signals,
    cards,
    links,
    reminders,
    deadlines,
    escalations: createMemoryReminderSchedule(),
    escalationIntervalMs: 4 * 60 * 60_000,
    duty,
    purges: createMemoryReminderSchedule(),
    audit: createMemoryAuditLog(),
    retentionMs: 30 * 24 * 60 * 60_000,
    auditRetentionMs: 365 * 24 * 60 * 60_000,
    routing: routing.table,
    clock,
    log: captured.log,
    acuteReminderMs: ACUTE_REMINDER_MS,
  });
  // Every job kind needs its registration; the signaller's follow-up runs beside intake's work, as in the product.
  const signaller = signallerJobs({ signals, followUps, routing: routing.table, clock, log: captured.log });
  const registrations = { jobKinds: [...intake.jobKinds, ...signaller.jobKinds], periodicTasks: [...intake.periodicTasks, ...signaller.periodicTasks] };
  const tools = { sender: recording.sender };
  // Leases run on real time, as the scheduler's timers do; the fake clock is for what is due.
  const leases = createMemoryLeases(systemClock);
  const running: Array<{ stop(): Promise<void> }> = [];

  /** One bot instance's background work on the shared stores; several can run side by side. */
  const instance = (consumer: string) => {
    const loop = createJobLoop({
      queue,
      wakeUps,
      kinds: registrations.jobKinds,
      queues: ['noord', 'intake'],
      consumer,
      staleMs: 30_000,
      tools,
      log: captured.log,
      retryDelay: () => ({ delayMs: 60_000, retryable: true }),
    });
    const scheduler = createPeriodicScheduler({
      leases,
      owner: consumer,
      leaseMs: 30_000,
      tasks: registrations.periodicTasks,
      tools,
      clock,
      log: captured.log,
    });
    running.push(loop, scheduler);
    return {
      /** Everything due now: the queues once, then the periodic tasks once (if this instance holds the lease). */
      async runOnce() {
        const result = await loop.runOnce();
        await scheduler.runOnce();
        return result;
      },
      /** Stops it, leaving what it had in hand pending, as an instance that dies does. */
      stop: () => Promise.all([loop.stop(), scheduler.stop()]),
    };
  };
  const first = instance('instance-a');

  return {
    clock,
    queue,
    signals,
    cards,
    reminders,
    sent: recording.sent,
    failNext: recording.failNext,
    logLines: captured.lines,
    runOnce: first.runOnce,
    instance,
    async submit(signal: SignalToSubmit = consultationSignal()) {
      await signals.submit(signal);
      return signal;
    },
    linkNoord: () =>
      links.link({
        teamId: 'noord',
        serviceUrl: 'https://smba.example.invalid/emea/',
        msTeamId: '19:team@thread.tacv2',
        channelId: CHANNEL,
        botId: '28:bot',
        linkedBy: 'admin',
        linkedAt: '2026-11-23T08:00:00.000Z',
      }),
    /** An intake worker claims the signal, as the card's button does: the record changes and the card follows. */
    claim: (signalId: string) =>
      signals.update('noord', signalId, (current) => {
        const transition = applyTransition(
          lifecycleOf(current),
          { verb: 'claim' },
          { aadObjectId: 'worker', name: 'Anna Intake' },
          new Date(clock.now()).toISOString(),
        );
        if (!transition.ok) return { refused: transition.reason };
        return {
          signal: withLifecycle(current, transition.state),
          audit: { at: new Date(clock.now()).toISOString(), actor: 'worker', action: 'signal-claimed', teamId: 'noord', signalId },
          jobs: [{ kind: 'card-update', signalId }],
        };
      }),
    postedCard: (signalId: string): Promise<PostedCard | undefined> => cards.get('noord', signalId),
    stop: () => Promise.all(running.map((r) => r.stop())),
  };
}

export const acuteSignal = (draftId: string): SignalToSubmit => ({ ...consultationSignal({ draftId }), acute: true });
