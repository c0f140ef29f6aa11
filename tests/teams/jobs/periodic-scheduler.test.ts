import type { Leases } from '../../../src/domain';
import { createMemoryLeases } from '../../../src/store/memory-leases';
import { systemClock } from '../../../src/runtime/system-clock';
import { createPeriodicScheduler } from '../../../src/teams/jobs/periodic-scheduler';
import type { ProactiveSender } from '../../../src/toolkit/proactive-sender';
import { captureLog } from '../../helpers/log-capture';

/** Two instances' schedulers sharing one lease store, each with a task that records where it ran. */

const sender = {} as ProactiveSender; // the tasks here send nothing
const LEASE_MS = 300;

function instances(leases: Leases, names: string[]) {
  const runs: Array<{ owner: string; at: number }> = [];
  const waiters: Array<() => void> = [];
  const schedulers = names.map((owner) =>
    createPeriodicScheduler({
      leases,
      owner,
      leaseMs: LEASE_MS,
      tasks: [
        {
          name: 'record',
          everyMs: 10,
          run: async () => {
            runs.push({ owner, at: Date.now() });
            waiters.splice(0).forEach((wake) => wake());
          },
        },
      ],
      tools: { sender },
      clock: systemClock,
      log: captureLog().log,
    }),
  );
  /** Resolves once `check` holds, re-checked at every run. */
  const when = async (check: () => boolean) => {
    while (!check()) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  const ranOn = (owner: string) => runs.filter((r) => r.owner === owner).length;
  return { schedulers, runs, when, ranOn };
}

let running: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.map((s) => s.stop()));
  running = [];
});

describe('the one-instance scheduler', () => {
  it('runs the tasks on one instance at a time', async () => {
    const { schedulers, when, ranOn } = instances(createMemoryLeases(systemClock), ['a', 'b']);
    for (const s of schedulers) s.start();
    running = schedulers;
    await when(() => ranOn('a') + ranOn('b') >= 20);
    expect([ranOn('a'), ranOn('b')].filter((n) => n > 0)).toHaveLength(1);
  });

  it('an instance that stops gives the lease up: another takes over at its next try', async () => {
    const { schedulers, when, ranOn } = instances(createMemoryLeases(systemClock), ['a', 'b']);
    const [a, b] = schedulers as [(typeof schedulers)[0], (typeof schedulers)[0]];
    a.start();
    await when(() => ranOn('a') >= 1);
    b.start();
    running = [b];
    await a.stop();
    const stoppedAt = Date.now();
    await when(() => ranOn('b') >= 1);
    // The next try is a third of the lease away, not the whole lease.
    expect(Date.now() - stoppedAt).toBeLessThan(LEASE_MS);
  });

  it('an instance that dies (no renewals, no release) is taken over once its lease has run out, not before', async () => {
    const memory = createMemoryLeases(systemClock);
    const renewedAt: number[] = [];
    // The dying instance's lease commands: recorded, and its last words (the release) never arrive.
    const dying: Leases = {
      acquire: async (...args) => (await memory.acquire(...args)) && renewedAt.push(Date.now()) > 0,
      renew: async (...args) => (await memory.renew(...args)) && renewedAt.push(Date.now()) > 0,
      release: async () => undefined,
    };
    const a = instances(dying, ['a']);
    const b = instances(memory, ['b']);
    a.schedulers[0]!.start();
    await a.when(() => a.ranOn('a') >= 1);
    b.schedulers[0]!.start();
    running = b.schedulers;
    await a.schedulers[0]!.stop();
    await b.when(() => b.ranOn('b') >= 1);
    expect(b.runs[0]!.at).toBeGreaterThanOrEqual(renewedAt.at(-1)! + LEASE_MS);
  });

  it('runOnce runs every task once on the instance that holds (or can take) the lease, and nowhere else', async () => {
    const { schedulers, runs } = instances(createMemoryLeases(systemClock), ['a', 'b']);
    const [a, b] = schedulers as [(typeof schedulers)[0], (typeof schedulers)[0]];
    await a.runOnce();
    await b.runOnce();
    await a.runOnce();
    expect(runs.map((r) => r.owner)).toEqual(['a', 'a']);
    running = [a, b];
  });
});
