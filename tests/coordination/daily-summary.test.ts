import { messageActivity } from '../helpers/activities';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { ADMIN, INTAKE_ROUTING, cardOf, inChannel, postedCards } from '../helpers/intake';
import { testRedisUrl } from '../helpers/redis';
import { startRedisApp } from '../helpers/redis-app';

/**
 * The coordinators' daily summary on real Redis, with the bots' clocks injected and stepped through Christmas 2026:
 * two instances sharing the data each run their periodic work at every step. One summary per working day at the
 * configured time; none on the weekend, none on Kerstmis or Tweede Kerstdag.
 */

type RedisApp = Awaited<ReturnType<typeof startRedisApp>>;
const COORDINATION_CHANNEL = '19:coordinatie@thread.tacv2';

let capture: CaptureServer;
const apps: RedisApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.app.stop();
  await capture.close();
});

async function start(same?: RedisApp): Promise<RedisApp> {
  const started = await startRedisApp(testRedisUrl(), {
    routing: INTAKE_ROUTING,
    env: { ADMIN_AAD_OBJECT_IDS: ADMIN, DAILY_SUMMARY_TIME: '08:30' },
    ...(same ? { same: { prefix: same.prefix, key: same.key }, instanceId: 'second-instance' } : {}),
  });
  apps.push(started);
  return started;
}

const summaries = () =>
  postedCards(capture)
    .map((r) => JSON.stringify(cardOf(r)))
    .flatMap((card) => /"text":"(Dagoverzicht [^"]+)"/.exec(card)?.[1] ?? []);

describe('the daily summary', () => {
  it('is posted once per working day at 08:30, also with two instances; none at the weekend or on Christmas', async () => {
    capture = await startCaptureServer();
    const first = await start();
    const second = await start(first);
    const link = inChannel(messageActivity({ serviceUrl: capture.serviceUrl, text: '<at>wijksignaal</at> koppel coördinatie' }), COORDINATION_CHANNEL, {
      aadObjectId: ADMIN,
      name: 'Beheerder',
    });
    expect((await first.app.post(link)).status).toBe(200);

    // Wednesday 23 December 2026 12:00 in Amsterdam to Tuesday 29 December 12:00, every 20 minutes, both instances.
    const from = Date.parse('2026-12-23T11:00:00Z');
    const to = Date.parse('2026-12-29T11:00:00Z');
    let before2812 = 0;
    for (let at = from; at <= to; at += 20 * 60_000) {
      for (const a of [first, second]) {
        a.clock.advance(at - a.clock.now());
        await a.app.jobs.runOnce();
      }
      if (at === Date.parse('2026-12-28T07:20:00Z')) before2812 = summaries().length;
    }
    expect(summaries()).toEqual(['Dagoverzicht do 24 dec 2026', 'Dagoverzicht ma 28 dec 2026', 'Dagoverzicht di 29 dec 2026']);
    // Monday's came at 08:30 Amsterdam, not before.
    expect(before2812).toBe(1);
  }, 60_000);
});
