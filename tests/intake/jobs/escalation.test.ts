import { escalationTask } from '../../../src/intake/jobs/escalation';
import type { JobTools } from '../../../src/toolkit/job-registry';
import { startCaptureServer, type CaptureServer } from '../../helpers/capture-server';
import { ADMIN, INTAKE_ROUTING, NOORD_CHANNEL, WORKER_ANNA, cardOf, linkChannel, postedCards, pressCard, teacherSends, until } from '../../helpers/intake';
import { captureLog } from '../../helpers/log-capture';
import { testRedisUrl } from '../../helpers/redis';
import { startRedisApp } from '../../helpers/redis-app';

/**
 * Escalation of a signal past its claim deadline and still unclaimed, on real Redis with an injected clock, and two
 * bot instances that both run the escalation task at the same moment (no lease between them): one decision per
 * interval, one post in the card's thread per decision.
 */

type RedisApp = Awaited<ReturnType<typeof startRedisApp>>;
const HOUR = 3_600_000;

let capture: CaptureServer;
const apps: RedisApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.app.stop();
  await capture.close();
});

async function start(same?: RedisApp): Promise<RedisApp> {
  const started = await startRedisApp(testRedisUrl(), {
    routing: INTAKE_ROUTING,
    env: { ESCALATION_INTERVAL_HOURS: '4', ADMIN_AAD_OBJECT_IDS: ADMIN },
    ...(same ? { same: { prefix: same.prefix, key: same.key }, instanceId: 'second-instance' } : {}),
  });
  apps.push(started);
  return started;
}

/** The escalation task of one instance, run directly: what its periodic scheduler would run when it holds the lease. */
function escalationOf(instance: RedisApp) {
  return escalationTask({
    ...instance.stores,
    routing: INTAKE_ROUTING,
    clock: instance.clock,
    log: captureLog().log,
    escalationIntervalMs: 4 * HOUR,
    acuteReminderMs: 15 * 60_000,
    retentionMs: 30 * 24 * HOUR,
    auditRetentionMs: 365 * 24 * HOUR,
  });
}

const reminders = () => capture.texts().filter((t) => /over de termijn en nog door niemand opgepakt/.test(t));

describe('escalation of a late, unclaimed signal', () => {
  it('two instances at the same moment decide one reminder per interval, posted once in the thread; none once it is claimed', async () => {
    capture = await startCaptureServer();
    const first = await start();
    const second = await start(first);
    await linkChannel(first.app, capture, 'noord', NOORD_CHANNEL);
    const { reference } = await teacherSends(first.app, capture);
    await until(async () => (await first.app.jobs.runOnce(), postedCards(capture).length === 1));
    const signalId = String((cardOf(postedCards(capture)[0]).actions as Array<{ data: { signalId: string } }>)[0]!.data.signalId);
    const due = Date.parse((await first.stores.signals.get('noord', signalId))!.claimDueAt);
    const tools = { sender: undefined } as unknown as JobTools; // the task decides; the job loop posts
    const both = async (atMs: number) => {
      for (const a of [first, second]) a.clock.advance(atMs - a.clock.now());
      await Promise.all([escalationOf(first).run(atMs, tools), escalationOf(second).run(atMs, tools)]);
      await first.app.jobs.runOnce();
      await second.app.jobs.runOnce();
    };
    const decisions = async () => (await first.app.audit.list('noord')).filter((e) => e.action === 'signal-escalated' && e.signalId === signalId).length;

    // Before the deadline: the overdue check does not mark it, nothing is scheduled, nothing decided.
    await both(due - 60_000);
    expect(await decisions()).toBe(0);

    // A minute past it: the overdue check marks it and hands it to escalation; both instances run it: one decision.
    first.clock.advance(due + 60_000 - first.clock.now());
    await first.app.jobs.runOnce();
    await both(due + 60_000);
    expect(await decisions()).toBe(1);
    await until(async () => (await first.app.jobs.runOnce(), reminders().length === 1));
    expect(reminders()[0]).toMatch(new RegExp(`^${reference} is al \\d+ min over de termijn`));

    // An hour later: not due again yet.
    await both(due + HOUR);
    expect(await decisions()).toBe(1);

    // Four hours on (inside office hours: the deadline is at 10:00 Amsterdam): the second reminder, once.
    await both(due + 4 * HOUR + 60_000);
    expect(await decisions()).toBe(2);
    await until(async () => (await first.app.jobs.runOnce(), reminders().length === 2));

    // Claimed: the next interval brings nothing, and the signal leaves the schedule.
    await pressCard(first.app, capture, cardOf(postedCards(capture)[0]), /pak dit op/i, WORKER_ANNA);
    await both(due + 9 * HOUR);
    await both(due + 30 * HOUR);
    expect(await decisions()).toBe(2);
    expect(reminders()).toHaveLength(2);
    expect(await first.stores.escalations.takeDue(due + 1000 * HOUR, 10)).toEqual([]);
  });
});
