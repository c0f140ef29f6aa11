import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { startLocalEntra } from '../../scripts/tab-host/local-entra';
import { figureCalendarOf, type RoutingTable } from '../../src/domain';
import { createRedisQueueFigures } from '../../src/store/redis-figures';
import { createRedisSignalStore } from '../../src/store/redis-signal-store';
import { createSignalCodec } from '../../src/store/signal-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import { TEST_TENANT } from '../helpers/activities';
import { fillQueues } from '../helpers/fill-queues';
import { INTAKE_ROUTING } from '../helpers/intake';
import { startRedisServer } from '../helpers/redis-server';
import { startTestApp } from '../helpers/test-app';

/**
 * npm run bench: what a coordinator's read costs, in time, on a throwaway redis-server on this machine. For each size
 * (signals in the queues): the figures store's status read alone, and GET /api/queues end to end (HTTP, the token's
 * signature and claims, the read, JSON), one request at a time and ten at once. Prints a table and writes
 * test-results/bench/latest.json. Timings vary with the machine: compare runs on one machine, not with a threshold.
 */
const SIZES = [10, 1_000, 10_000];
const RUNS = 300;
const CONCURRENCY = 10;
const APP_ID = '3f2b8c1e-5d4a-4b6c-9e7f-1a2b3c4d5e6f';
const COORDINATOR = '6c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

interface Timing {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly perSecond: number;
}

function summarise(durations: number[], wallMs: number): Timing {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), perSecond: Math.round((durations.length / wallMs) * 1000) };
}

/** `runs` calls, `concurrency` at a time; the first tenth warms up and is not counted. */
async function measure(call: () => Promise<unknown>, runs: number, concurrency: number): Promise<Timing> {
  for (let i = 0; i < Math.ceil(runs / 10); i++) await call();
  const durations: number[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < runs) {
        next++;
        const t0 = performance.now();
        await call();
        durations.push(performance.now() - t0);
      }
    }),
  );
  return summarise(durations, performance.now() - started);
}

async function main(): Promise<void> {
  const redisServer = await startRedisServer();
  const redis = new Redis(redisServer.url, { maxRetriesPerRequest: 1 });
  const entra = await startLocalEntra();
  const routing: RoutingTable = INTAKE_ROUTING;
  const teams = routing.teams.map((t) => t.id);
  const codec = createSignalCodec(createValueCipher({ keys: [{ id: 'k1', key: randomBytes(32) }] }));
  const rows: Array<{ signals: number; case: string } & Timing> = [];
  try {
    for (const size of SIZES) {
      const keyPrefix = `bench${size}:`;
      const now = Date.now();
      await fillQueues(createRedisSignalStore({ redis, codec, keyPrefix, calendar: figureCalendarOf(routing) }), size, now);
      const figures = createRedisQueueFigures({ redis, keyPrefix });
      rows.push({ signals: size, case: 'status read (store)', ...(await measure(() => figures.status(teams, Date.now()), RUNS, 1)) });

      const app = await startTestApp({
        clock: { now: () => Date.now() },
        routing,
        figures,
        env: { ALLOWED_TENANT_IDS: TEST_TENANT, COORDINATOR_AAD_OBJECT_IDS: COORDINATOR, TAB_SSO_APP_ID: APP_ID, TAB_OPENID_METADATA_URL: entra.metadataUrl },
      });
      try {
        const token = await entra.teamsToken({ tenantId: TEST_TENANT, objectId: COORDINATOR, audience: APP_ID });
        const get = async () => {
          const res = await fetch(`${app.url}/api/queues`, { headers: { authorization: `Bearer ${token}` } });
          if (res.status !== 200) throw new Error(`GET /api/queues answered ${res.status}`);
          await res.arrayBuffer();
        };
        rows.push({ signals: size, case: 'GET /api/queues, 1 at a time', ...(await measure(get, RUNS, 1)) });
        rows.push({ signals: size, case: `GET /api/queues, ${CONCURRENCY} at once`, ...(await measure(get, RUNS, CONCURRENCY)) });
      } finally {
        await app.stop();
      }
    }
  } finally {
    await redis.quit();
    await entra.close();
    await redisServer.stop();
  }

  console.log(`\nwijksignaal bench: ${RUNS} runs per case, on a throwaway redis-server (ms; per second = throughput)\n`);
  console.table(rows.map((r) => ({ signals: r.signals, case: r.case, 'p50 ms': r.p50, 'p95 ms': r.p95, 'p99 ms': r.p99, 'per second': r.perSecond })));
  // npm runs scripts from the project's root; the compiled file sits in dist/, away from it.
  const dir = join(process.cwd(), 'test-results', 'bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, runs: RUNS, rows }, null, 2));
  console.log(`written: ${join(dir, 'latest.json')}`);
}

main().catch((err: unknown) => {
  console.error('bench failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
