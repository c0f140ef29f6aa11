import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  amsterdamMonth,
  applyTransition,
  claimBucket,
  CLAIM_BUCKETS,
  DEFAULT_OFFICE_HOURS,
  figureCalendarOf,
  FALLBACK_ONLY_ROUTING,
  lifecycleOf,
  receivedCopy,
  transferSignal,
  withdrawSignal,
  withLifecycle,
  type LifecycleCommand,
  type MonthField,
  type QueueFigures,
  type QueueStatus,
  type Signal,
  type SignalStore,
} from '../../src/domain';
import { rebuildFigures } from '../../src/store/backfill';
import { createMemoryQueueFigures } from '../../src/store/memory-figures';
import { createMemorySignalStore } from '../../src/store/memory-signal-store';
import { createRedisQueueFigures } from '../../src/store/redis-figures';
import { createRedisSignalStore } from '../../src/store/redis-signal-store';
import { createSignalCodec } from '../../src/store/signal-codec';
import { queueKeys } from '../../src/store/signal-keys';
import { createValueCipher } from '../../src/store/value-cipher';
import { figuresFromRecords } from '../../src/domain/queue-figures';
import { consultationSignal } from '../fixtures/signal';
import { connectRedis, uniquePrefix } from '../helpers/redis';

const codec = createSignalCodec(createValueCipher({ keys: [{ id: 'k1', key: randomBytes(32) }] }));
const calendar = figureCalendarOf(FALLBACK_ONLY_ROUTING);
const TEAMS = ['noord', 'zuid'] as const;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** When the figures are read: Monday 30 November 2026, 13:00 in Amsterdam. */
const NOW = Date.parse('2026-11-30T12:00:00Z');
const ANNA = { aadObjectId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', name: 'Anna Intake' };
const iso = (ms: number) => new Date(ms).toISOString();

let redis: Redis;
beforeAll(() => {
  redis = connectRedis();
});
afterAll(async () => {
  await redis.quit();
});

interface Setup {
  readonly store: SignalStore;
  readonly figures: QueueFigures;
  /** Throws the figures away (all of them, or scrambles the counters) as a deploy before this release would leave them. */
  readonly lose: () => Promise<void>;
  readonly rebuild: () => Promise<void>;
}

const setups: Array<[string, () => Setup]> = [
  [
    'memory',
    () => {
      const figures = createMemoryQueueFigures({});
      const store = createMemorySignalStore({ codec, figures, calendar });
      return {
        store,
        figures,
        lose: async () => {
          for (const team of TEAMS) await figures.replace(team, { counts: { 'new:normal': 999 }, sets: [], months: {} });
        },
        rebuild: async () => {
          const records = (await Promise.all(TEAMS.map((team) => allOf(store, team)))).flat();
          const rebuilt = figuresFromRecords(records, NOW, calendar);
          for (const team of TEAMS) await figures.replace(team, rebuilt.get(team) ?? { counts: {}, sets: [], months: {} });
        },
      };
    },
  ],
  [
    'redis',
    () => {
      const keyPrefix = uniquePrefix();
      const store = createRedisSignalStore({ redis, codec, keyPrefix, calendar });
      const figures = createRedisQueueFigures({ redis, keyPrefix });
      return {
        store,
        figures,
        lose: async () => {
          for (const team of TEAMS) {
            const keys = await redis.keys(`${queueKeys(keyPrefix, team).figures}*`);
            if (keys.length > 0) await redis.del(...keys);
          }
        },
        rebuild: async () => void (await rebuildFigures({ redis, keyPrefix, codec, teams: TEAMS, figures, calendar, now: NOW })),
      };
    },
  ],
];

/** Every record the test made, read back by id (the brute force reads records, not figures). */
const made = new Map<string, string[]>();
async function allOf(store: SignalStore, team: string): Promise<Signal[]> {
  const found = await Promise.all((made.get(team) ?? []).map((id) => store.get(team, id)));
  return found.filter((s): s is Signal => s !== undefined);
}

/**
 * The scripted mix: 32 signals over the last ten days, to two queues, every urgency, each taking one of eight paths
 * (left new, claimed, asked and answered, closed, transferred and received, withdrawn, given back and claimed again,
 * closed and purged). Returns the purged signals' last records (their events stay in the month counts).
 */
async function playScript(store: SignalStore): Promise<Signal[]> {
  made.clear();
  const purged: Signal[] = [];
  const note = (team: string, id: string) => made.set(team, [...new Set([...(made.get(team) ?? []), id])]);
  const change = async (signal: Signal, command: LifecycleCommand, at: number) => {
    const result = await store.update(signal.routing.teamId, signal.id, (current) => {
      const step = applyTransition(lifecycleOf(current), command, ANNA, iso(at));
      if (!step.ok) throw new Error(`${command.verb} refused: ${step.reason}`);
      return {
        signal: withLifecycle(current, step.state),
        audit: { at: iso(at), actor: ANNA.aadObjectId, action: 'signal-claimed', teamId: signal.routing.teamId },
        jobs: [],
      };
    });
    if (!result.ok) throw new Error('change failed');
    return result.signal;
  };
  for (let i = 0; i < 32; i++) {
    const team = i % 3 === 0 ? 'zuid' : 'noord';
    const created = NOW - 10 * DAY + i * 7 * HOUR;
    const base = consultationSignal({ draftId: `mix-${i}`, teamId: team, createdAt: iso(created), claimDueAt: iso(created + (i % 5) * 12 * HOUR + HOUR) });
    const submitted = { ...base, acute: i % 4 === 0, afweging: { ...base.afweging, urgency: i % 4 === 1 ? ('urgent' as const) : ('normal' as const) } };
    await store.submit(submitted);
    note(team, submitted.id);
    let signal = (await store.get(team, submitted.id))!;
    const at = (hours: number) => created + hours * HOUR;
    switch (i % 8) {
      case 0:
        break;
      case 1:
        await change(signal, { verb: 'claim' }, at(0.5));
        break;
      case 2:
        signal = await change(signal, { verb: 'claim' }, at(20));
        signal = await change(signal, { verb: 'ask', questionId: 'q1' }, at(21));
        if (i % 16 === 2) await change(signal, { verb: 'answer', questionId: 'q1' }, at(22));
        break;
      case 3:
        signal = await change(signal, { verb: 'claim' }, at(72));
        await change(signal, { verb: 'close', outcome: i % 16 === 3 ? 'help-started' : 'handed-to-veilig-thuis' }, at(73));
        break;
      case 4: {
        const other = team === 'noord' ? 'zuid' : 'noord';
        const moved = await store.update(team, signal.id, (current) => {
          const result = transferSignal(current, { teamId: other, teamName: `Wijkteam ${other}` }, { reason: 'other-area' }, ANNA, iso(at(2)));
          if (!result.ok) throw new Error('transfer refused');
          return { signal: result.signal, audit: { at: iso(at(2)), actor: ANNA.aadObjectId, action: 'signal-transferred-out', teamId: team }, jobs: [] };
        });
        if (!moved.ok) throw new Error('transfer failed');
        const copy = receivedCopy(moved.signal)!;
        await store.receive(copy, { at: iso(at(2)), actor: 'system', action: 'signal-transferred-in', teamId: other, signalId: copy.id });
        await store.receive(copy, { at: iso(at(2)), actor: 'system', action: 'signal-transferred-in', teamId: other, signalId: copy.id });
        note(other, copy.id);
        if (i % 16 === 4) await change(copy, { verb: 'claim' }, at(3));
        break;
      }
      case 5: {
        const result = await store.update(team, signal.id, (current) => {
          const w = withdrawSignal(current, { reason: 'sent-by-mistake' }, iso(at(1)));
          if (!w.ok) throw new Error('withdraw refused');
          return { signal: w.signal, audit: { at: iso(at(1)), actor: 'signaller', action: 'signal-withdrawn', teamId: team }, jobs: [] };
        });
        if (!result.ok) throw new Error('withdraw failed');
        break;
      }
      case 6:
        signal = await change(signal, { verb: 'claim' }, at(0.25));
        signal = await change(signal, { verb: 'unclaim' }, at(1));
        await change(signal, { verb: 'claim' }, at(30));
        break;
      case 7:
        signal = await change(signal, { verb: 'claim' }, at(5));
        signal = await change(signal, { verb: 'close', outcome: 'no-concerns' }, at(6));
        purged.push(signal);
        await store.purge(team, signal.id, { at: iso(at(7)), actor: 'system', action: 'signal-purged', teamId: team, signalId: signal.id });
        await store.purge(team, signal.id, { at: iso(at(7)), actor: 'system', action: 'signal-purged', teamId: team, signalId: signal.id });
        break;
    }
  }
  return purged;
}

const arrival = (s: Signal) => {
  const last = s.transfers?.at(-1);
  return last && last.to.teamId === s.routing.teamId ? Date.parse(last.at) : Date.parse(s.createdAt);
};
const urgencyOf = (s: Signal) => (s.acute ? 'acute' : s.afweging.urgency);
const firstClaimAt = (s: Signal) => {
  const history = s.lifecycle?.history ?? [];
  const since = history.slice(history.map((e) => e.verb).lastIndexOf('receive') + 1);
  return since.find((e) => e.verb === 'claim')?.at;
};

/** The figures by brute force over the records, written out here apart from the product's code. */
function bruteForce(records: readonly Signal[], team: string): Omit<QueueStatus, 'linked' | 'stuckDeliveries'> {
  const mine = records.filter((s) => s.routing.teamId === team);
  const counts: Record<string, number> = {};
  for (const s of mine) counts[`${s.status}:${urgencyOf(s)}`] = (counts[`${s.status}:${urgencyOf(s)}`] ?? 0) + 1;
  const unclaimed = mine.filter((s) => s.status === 'new');
  const claimTimes = Object.fromEntries(CLAIM_BUCKETS.map((b) => [b, 0])) as QueueStatus['claimTimes'];
  for (const s of mine) {
    const claimed = firstClaimAt(s);
    if (claimed && Date.parse(claimed) >= NOW - 7 * DAY) claimTimes[claimBucket(arrival(s), Date.parse(claimed), DEFAULT_OFFICE_HOURS, calendar.holidays)]++;
  }
  const moves = new Map<string, { at: number; from: string; to: string }>();
  for (const s of records) s.transfers?.forEach((t, n) => moves.set(`${s.id}:${n}`, { at: Date.parse(t.at), from: t.from.teamId, to: t.to.teamId }));
  const recent = [...moves.values()].filter((m) => m.at >= NOW - 7 * DAY);
  return {
    teamId: team,
    counts,
    ...(unclaimed.length > 0 ? { oldestUnclaimedAt: Math.min(...unclaimed.map(arrival)) } : {}),
    pastDeadline: unclaimed.filter((s) => Date.parse(s.claimDueAt) <= NOW).length,
    claimTimes,
    transfersIn: recent.filter((m) => m.to === team).length,
    transfersOut: recent.filter((m) => m.from === team).length,
  };
}

/** The month counts by brute force: every event of every record (and of the purged ones), where it happened. */
function monthsByBruteForce(records: readonly Signal[], team: string): Record<string, Partial<Record<MonthField, number>>> {
  const months: Record<string, Partial<Record<MonthField, number>>> = {};
  const count = (at: string | number, field: MonthField) => {
    const month = (months[amsterdamMonth(typeof at === 'number' ? at : Date.parse(at))] ??= {});
    month[field] = (month[field] ?? 0) + 1;
  };
  const seen = new Set<string>();
  for (const s of records) {
    s.transfers?.forEach((t, n) => {
      if (seen.has(`${s.id}:${n}`)) return;
      seen.add(`${s.id}:${n}`);
      if (t.from.teamId === team) count(t.at, 'transferred-out');
      if (t.to.teamId === team) count(t.at, 'transferred-in');
    });
    if (s.routing.teamId !== team) continue;
    if (!(s.transfers?.at(-1)?.to.teamId === team)) count(s.createdAt, 'in');
    const claimed = firstClaimAt(s);
    if (claimed) count(claimed, Date.parse(claimed) <= Date.parse(s.claimDueAt) ? 'claimed-in-time' : 'claimed-late');
    if (s.status === 'closed') count(s.lifecycle!.closedAt!, `closed:${s.lifecycle!.closeOutcome!}`);
    if (s.withdrawal) count(s.withdrawal.at, 'withdrawn');
  }
  return months;
}

describe.each(setups)('%s: queue figures', (_name, make) => {
  it('are exactly the brute-force count over the records after a scripted mix, and again after a rebuild', async () => {
    const { store, figures, lose, rebuild } = make();
    const purged = await playScript(store);
    const records = (await Promise.all(TEAMS.map((team) => allOf(store, team)))).flat();
    // The precondition the name depends on: every path of the mix is there.
    expect(new Set(records.map((s) => s.status))).toEqual(new Set(['new', 'claimed', 'waiting-for-signaller', 'closed', 'transferred', 'withdrawn']));
    expect(purged.length).toBeGreaterThan(0);
    const expected = TEAMS.map((team) => bruteForce(records, team));
    const strip = (statuses: QueueStatus[]) => statuses.map(({ linked: _l, stuckDeliveries: _s, ...rest }) => rest);
    expect(strip(await figures.status(TEAMS, NOW))).toEqual(expected);
    for (const team of TEAMS) {
      const months = monthsByBruteForce([...records, ...purged], team);
      for (const [month, fields] of Object.entries(months)) expect([team, month, await figures.month(team, month)]).toEqual([team, month, fields]);
    }
    const late = await figures.overdue('noord', NOW, 3);
    expect(late.total).toBe(expected[0]!.pastDeadline);
    expect(late.references).toHaveLength(Math.min(3, late.total));

    await lose();
    expect(strip(await figures.status(TEAMS, NOW))).not.toEqual(expected);
    await rebuild();
    expect(strip(await figures.status(TEAMS, NOW))).toEqual(expected);
    // Month counts survive a rebuild: the purged signals' events are still counted.
    for (const team of TEAMS) {
      for (const [month, fields] of Object.entries(monthsByBruteForce([...records, ...purged], team))) expect(await figures.month(team, month)).toEqual(fields);
    }
  });
});

describe('claim-time buckets', () => {
  // Monday 23 November 2026, 10:00 in Amsterdam; office hours 09:00–17:00 on weekdays.
  const arrived = Date.parse('2026-11-23T09:00:00Z');
  it.each([
    ['59 minutes later', '2026-11-23T09:59:00Z', 'within-hour'],
    ['the same afternoon', '2026-11-23T15:00:00Z', 'within-working-day'],
    ['the next working day at the same hour', '2026-11-24T09:00:00Z', 'within-working-day'],
    ['the next working day, an hour later', '2026-11-24T10:00:00Z', 'within-3-working-days'],
    ['three working days later at the same hour', '2026-11-26T09:00:00Z', 'within-3-working-days'],
    ['a week later', '2026-11-30T09:00:00Z', 'later'],
  ])('%s: %s', (_what, claimed, bucket) => {
    expect(claimBucket(arrived, Date.parse(claimed), DEFAULT_OFFICE_HOURS, calendar.holidays)).toBe(bucket);
  });

  it('a signal sent on Friday evening and claimed on Monday morning was claimed within a working day', () => {
    expect(claimBucket(Date.parse('2026-11-27T18:00:00Z'), Date.parse('2026-11-30T08:30:00Z'), DEFAULT_OFFICE_HOURS, calendar.holidays)).toBe(
      'within-working-day',
    );
  });
});
