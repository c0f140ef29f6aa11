import { NOTIFICATION_KINDS, type NotificationJob, type NotificationQueue } from '../../../src/domain';
import { createMemoryNotificationQueue } from '../../../src/store/memory-notification-queue';
import { createMemoryWakeUps } from '../../../src/store/memory-wake-ups';
import { createJobLoop, type JobLoopOptions } from '../../../src/teams/jobs/job-loop';
import type { ProactiveSender } from '../../../src/toolkit/proactive-sender';
import type { JobKind, JobPlan } from '../../../src/toolkit/job-registry';
import { captureLog } from '../../helpers/log-capture';

/** The job loop alone: memory queue and wake-ups, job kinds that record what they were asked to do. */

const unusedSender: ProactiveSender = {
  startThread: () => Promise.reject(new Error('not in this test')),
  postInThread: () => Promise.reject(new Error('not in this test')),
  updateCard: () => Promise.reject(new Error('not in this test')),
  toPerson: () => Promise.reject(new Error('not in this test')),
  updateInPersonChat: () => Promise.reject(new Error('not in this test')),
};

/** Resolves the n-th time `signal()` is called. */
function counter() {
  let count = 0;
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  return {
    get count() {
      return count;
    },
    signal() {
      count++;
      for (const w of waiters.splice(0))
        if (count >= w.n) w.resolve();
        else waiters.push(w);
    },
    reached: (n: number) => new Promise<void>((resolve) => (count >= n ? resolve() : waiters.push({ n, resolve }))),
  };
}

/** The same plan for every kind, as one feature registering them all. */
const allKinds = (plan: (job: NotificationJob) => Promise<JobPlan>): JobKind[] => NOTIFICATION_KINDS.map((kind) => ({ kind, plan }));

/** Counts takes per queue and consumer, so a test can see which queues the loop read. */
function countingQueue(inner: NotificationQueue) {
  const takes: string[] = [];
  const taken = counter();
  const queue: NotificationQueue = {
    async take(teamId, consumer, options) {
      takes.push(`${consumer}/${teamId}`);
      const jobs = await inner.take(teamId, consumer, options);
      taken.signal();
      return jobs;
    },
    ack: (teamId, jobId) => inner.ack(teamId, jobId),
    recordFailure: (teamId, jobId) => inner.recordFailure(teamId, jobId),
  };
  return { queue, takes, taken };
}

function setUp(plan: (job: NotificationJob) => Promise<JobPlan>, overrides: Partial<JobLoopOptions> = {}) {
  const memory = createMemoryNotificationQueue({ now: () => Date.now() });
  const counting = countingQueue(memory);
  const wakeUps = createMemoryWakeUps();
  const loop = createJobLoop({
    queue: counting.queue,
    wakeUps,
    kinds: allKinds(plan),
    queues: ['noord', 'zuid'],
    consumer: 'a',
    staleMs: 60_000,
    tools: { sender: unusedSender },
    log: captureLog().log,
    ...overrides,
  });
  /** A job as the signal store writes it: in the queue, then a wake-up (unless it is lost). */
  const submit = async (teamId: string, signalId: string, wake = true) => {
    memory.enqueue(teamId, { kind: 'new-signal', signalId });
    if (wake) await wakeUps.notify(teamId);
  };
  return { loop, memory, wakeUps, submit, ...counting };
}

let stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(stops.map((stop) => stop()));
  stops = [];
});
const started = <T extends { loop: { start(): void; stop(): Promise<void> } }>(setup: T): T => {
  setup.loop.start();
  stops.push(() => setup.loop.stop());
  return setup;
};

describe('the job loop', () => {
  it('takes from the queue a wake-up names, and from no other', async () => {
    const delivered = counter();
    const { loop, submit, takes, taken } = started(setUp(async () => async () => delivered.signal()));
    await taken.reached(2); // the start-up sweep: both queues once
    takes.splice(0);
    await submit('noord', 'sig_1');
    await delivered.reached(1);
    expect(takes).toEqual(['a/noord']);
    // Acknowledged: nothing is left to do.
    expect(await loop.runOnce()).toEqual({ delivered: 0, dropped: 0, waiting: 0 });
  });

  it('runOnce delivers everything due and resolves when it is done', async () => {
    const delivered: string[] = [];
    const { loop, submit } = setUp(async (job) => async () => void delivered.push(job.signalId));
    await submit('noord', 'sig_1', false);
    await submit('zuid', 'sig_2', false);
    expect(await loop.runOnce()).toEqual({ delivered: 2, dropped: 0, waiting: 0 });
    expect(delivered.sort()).toEqual(['sig_1', 'sig_2']);
    expect(await loop.runOnce()).toEqual({ delivered: 0, dropped: 0, waiting: 0 });
  });

  it('a job whose wake-up was lost is delivered by the next sweep', async () => {
    const delivered = counter();
    const { submit, taken } = started(setUp(async () => async () => delivered.signal(), { staleMs: 100 }));
    await taken.reached(2);
    await submit('noord', 'sig_lost', false);
    await delivered.reached(1);
  });

  it('a failed delivery waits for its backoff (runOnce does not hurry it), then is delivered and acknowledged once', async () => {
    const attempts = counter();
    const plan = async () => async () => {
      attempts.signal();
      if (attempts.count === 1) throw Object.assign(new Error('too many requests'), { statusCode: 429 });
    };
    const { loop, submit } = started(setUp(plan, { retryDelay: () => ({ delayMs: 150, retryable: true }) }));
    await submit('noord', 'sig_1');
    await attempts.reached(1);
    expect(await loop.runOnce()).toEqual({ delivered: 0, dropped: 0, waiting: 1 });
    expect(attempts.count).toBe(1);
    await attempts.reached(2);
    expect(await loop.runOnce()).toEqual({ delivered: 0, dropped: 0, waiting: 0 });
    expect(attempts.count).toBe(2);
  });

  it('a job waiting for something is looked at again when its queue wakes up', async () => {
    const plans = counter();
    const delivered = counter();
    const plan = async (): Promise<JobPlan> => {
      plans.signal();
      return plans.count === 1 ? { waitMs: 60_000 } : async () => delivered.signal();
    };
    const { wakeUps, submit } = started(setUp(plan));
    await submit('noord', 'sig_1');
    await plans.reached(1);
    await wakeUps.notify('noord');
    await delivered.reached(1);
  });

  it('"nothing to deliver" acknowledges the job', async () => {
    const { loop, submit } = setUp(async () => 'done');
    await submit('noord', 'sig_1', false);
    expect(await loop.runOnce()).toEqual({ delivered: 0, dropped: 1, waiting: 0 });
    expect(await loop.runOnce()).toEqual({ delivered: 0, dropped: 0, waiting: 0 });
  });

  it('keeps a job it waits on: takes it again within the stale period, so other instances leave it alone', async () => {
    const { memory, submit, taken } = started(setUp(async () => ({ waitMs: 60_000 }), { staleMs: 300 }));
    await submit('noord', 'sig_1');
    // The job is in hand; the loop takes its queue again every 100 ms. Several stale periods' worth of takes later:
    await taken.reached(taken.count + 8);
    expect(await memory.take('noord', 'b', { count: 10, staleMs: 300 })).toEqual([]);
  });

  it('stopping leaves the jobs in hand pending, for another instance to take over', async () => {
    const planned = counter();
    const setup = setUp(async () => {
      planned.signal();
      return { waitMs: 60_000 };
    });
    setup.loop.start();
    await setup.submit('noord', 'sig_1');
    await planned.reached(1);
    await setup.loop.stop();
    expect(await setup.memory.take('noord', 'b', { count: 10, staleMs: 0 })).toEqual([expect.objectContaining({ signalId: 'sig_1' })]);
  });

  it('refuses to start with a job kind registered twice or not at all', () => {
    const base = { queue: createMemoryNotificationQueue({ now: () => 0 }), wakeUps: createMemoryWakeUps(), queues: [], consumer: 'a', staleMs: 1000 };
    const rest = { tools: { sender: unusedSender }, log: captureLog().log };
    const kind = (name: (typeof NOTIFICATION_KINDS)[number]): JobKind => ({ kind: name, plan: async () => 'done' });
    expect(() => createJobLoop({ ...base, ...rest, kinds: [kind('new-signal')] })).toThrow(/no registration for job kind\(s\): card-update/);
    expect(() => createJobLoop({ ...base, ...rest, kinds: [...NOTIFICATION_KINDS.map(kind), kind('post-answer')] })).toThrow(
      /'post-answer' is registered twice/,
    );
  });
});
