import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { SignalSchema } from '../src/domain';
import { createSignalCodec } from '../src/store/signal-codec';
import { createValueCipher } from '../src/store/value-cipher';
import { TEACHER } from './fixtures/answers';
import { botProcesses } from './helpers/bot-process';
import { startCaptureServer, type CaptureServer } from './helpers/capture-server';
import { walk } from './helpers/dialogue';
import { httpDialogue } from './helpers/http-dialogue';
import { connectRedis, testRedisUrl, uniquePrefix } from './helpers/redis';

let capture: CaptureServer;
let redis: Redis;
const bots = botProcesses();

beforeEach(async () => {
  capture = await startCaptureServer();
  redis = connectRedis();
});
afterEach(async () => {
  await bots.killAll();
  await capture.close();
  await redis.quit();
});

describe('a whole dialogue through /api/messages with state in real Redis', () => {
  it('survives a restart of the bot process halfway and ends in exactly one confirmed signal', async () => {
    const key = randomBytes(32);
    const prefix = uniquePrefix();
    const env = {
      BOT_LOCAL_MODE: 'true',
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: prefix,
      STATE_ENCRYPTION_KEYS: `k1:${key.toString('base64')}`,
      ROUTING_FILE: 'config/routing.example.json',
    };
    const startBot = () => bots.start(env);
    const d = httpDialogue(capture);

    const first = await startBot();
    d.useBot(first.url);
    await d.say('start');
    await walk(d, TEACHER, 'signals.observation');
    expect(await first.stop()).toBe(0);

    const second = await startBot();
    d.useBot(second.url);
    await walk(d, TEACHER);
    await d.press((data) => data.ws === 'send');
    // A second press of the same send button, as an impatient user would.
    await d.press((data) => data.ws === 'send');
    // 1021 AB lies in Voorbeeldstad-Midden in the example routing file.
    expect(d.texts().join('\n')).toMatch(/Je signaal is verstuurd naar Wijkteam Voorbeeldstad-Midden. Je referentie is WS-\d{4}-000001/);
    expect(d.texts().join('\n')).toMatch(/al verstuurd/);

    const signalKeys = (await redis.keys(`${prefix}*`)).filter((k) => k.includes(':signal:'));
    expect(signalKeys).toHaveLength(1);
    const codec = createSignalCodec(createValueCipher({ keys: [{ id: 'k1', key }] }));
    const signal = codec.decode(String(await redis.get(signalKeys[0]!)), signalKeys[0]!);
    expect(SignalSchema.parse(signal)).toMatchObject({
      mode: 'consultation',
      reference: 'WS-2026-000001'.replace('2026', String(new Date().getUTCFullYear())),
      child: { pc4: '1021', ageBand: '4-11' },
      observations: { text: TEACHER['signals.observation'] },
    });
    expect(signal).not.toHaveProperty('identity');
  }, 90_000);
});
