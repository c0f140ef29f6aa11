import { randomBytes } from 'node:crypto';
import { ConversationState, TestAdapter, type Storage, type StoreItems, type TurnContext } from 'botbuilder';
import type { Redis } from 'ioredis';
import type { TurnLogic } from '../../src/teams/turn-runner';
import { createRedisConversationStore } from '../../src/store/redis-conversation-store';
import { createStateCodec } from '../../src/store/state-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import { messageActivity, membersAddedActivity } from '../helpers/activities';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { connectRedis, countCommands, uniquePrefix } from '../helpers/redis';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** A bot whose every turn reads, increments and writes one number: the smallest thing that loses updates. */
function counterLogic(runs: { count: number }, options: { failFirst?: number } = {}): TurnLogic {
  let failuresLeft = options.failFirst ?? 0;
  return async (context: TurnContext, state: ConversationState) => {
    runs.count++;
    const counter = state.createProperty<{ n: number }>('counter');
    const value = await counter.get(context, { n: 0 });
    // Yield as real turn logic would (dialogs, I/O), so overlapping turns really interleave.
    await new Promise((resolve) => setImmediate(resolve));
    value.n++;
    await counter.set(context, value);
    await context.sendActivity(`n=${value.n}`);
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new Error('made-up crash before commit');
    }
  };
}

let redis: Redis;
let capture: CaptureServer;
let app: TestApp | undefined;

beforeEach(async () => {
  redis = connectRedis();
  capture = await startCaptureServer();
});
afterEach(async () => {
  await app?.stop(); // closes the store, and with it the redis client
  app = undefined;
  await capture.close();
});

async function startWithRedis(logic?: TurnLogic) {
  const store = createRedisConversationStore({
    redis,
    codec: createStateCodec(createValueCipher({ keys: [{ id: 'k1', key: randomBytes(32) }] })),
    keyPrefix: uniquePrefix(),
    stateTtlMs: 60_000,
    doneTtlMs: 60_000,
  });
  app = await startTestApp({ store, logic });
  return app;
}

describe('turns against real Redis', () => {
  it('loses no update and sends no reply twice when two turns of one conversation overlap, many times', async () => {
    const runs = { count: 0 };
    const bot = await startWithRedis(counterLogic(runs));
    const conversationId = 'a:overlap';
    const rounds = 40;
    for (let round = 0; round < rounds; round++) {
      const [a, b] = await Promise.all([
        bot.post(messageActivity({ serviceUrl: capture.serviceUrl, conversationId, text: 'x' })),
        bot.post(messageActivity({ serviceUrl: capture.serviceUrl, conversationId, text: 'y' })),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
    }
    const replies = capture.texts(conversationId);
    expect(replies).toHaveLength(rounds * 2);
    expect(new Set(replies).size).toBe(rounds * 2);
    expect(replies.map((r) => Number(r.slice(2))).sort((x, y) => x - y)).toEqual(Array.from({ length: rounds * 2 }, (_, i) => i + 1));
    // The overlap was real: some turns lost the compare-and-set and ran again.
    expect(runs.count).toBeGreaterThan(rounds * 2);
  });

  it('costs two round trips per turn before the reply leaves, and one delivery receipt after', async () => {
    const counted = countCommands(redis);
    const bot = await startWithRedis(counterLogic({ count: 0 }));
    const conversationId = 'a:round-trips';
    const atReply: number[] = [];
    capture.onRequest = () => atReply.push(counted.count());
    await bot.post(messageActivity({ serviceUrl: capture.serviceUrl, conversationId, text: 'warm up' }));

    counted.reset();
    atReply.splice(0);
    await bot.post(messageActivity({ serviceUrl: capture.serviceUrl, conversationId, text: 'measured' }));
    expect(atReply).toEqual([2]);
    expect(counted.names()).toEqual(['evalsha', 'evalsha', 'evalsha']);
  });

  it('costs one round trip for a turn that changes nothing and sends nothing', async () => {
    const counted = countCommands(redis);
    const bot = await startWithRedis();
    const conversationId = 'a:quiet';
    await bot.post(membersAddedActivity({ serviceUrl: capture.serviceUrl, conversationId }));
    counted.reset();
    await bot.post(membersAddedActivity({ serviceUrl: capture.serviceUrl, conversationId }));
    expect(counted.names()).toEqual(['evalsha']);
    expect(capture.texts(conversationId)).toHaveLength(1);
  });

  it('runs a re-delivered activity once and does not send its reply again', async () => {
    const runs = { count: 0 };
    const bot = await startWithRedis(counterLogic(runs));
    const activity = messageActivity({ serviceUrl: capture.serviceUrl, conversationId: 'a:repeat', text: 'x' });
    expect((await bot.post(activity)).status).toBe(200);
    expect((await bot.post(activity)).status).toBe(200);
    expect(runs.count).toBe(1);
    expect(capture.texts('a:repeat')).toEqual(['n=1']);
  });

  it('sends one reply when Teams delivers the same activity twice at once', async () => {
    const runs = { count: 0 };
    const bot = await startWithRedis(counterLogic(runs));
    const activity = messageActivity({ serviceUrl: capture.serviceUrl, conversationId: 'a:twice-at-once', text: 'x' });
    await Promise.all([bot.post(activity), bot.post(activity)]);
    expect(capture.texts('a:twice-at-once')).toEqual(['n=1']);
  });

  it('runs the re-delivery of a turn that crashed before its commit, and sent nothing the first time', async () => {
    const runs = { count: 0 };
    const bot = await startWithRedis(counterLogic(runs, { failFirst: 1 }));
    const activity = messageActivity({ serviceUrl: capture.serviceUrl, conversationId: 'a:crash', text: 'x' });
    const first = await bot.post(activity);
    expect(first.status).toBe(500);
    expect(first.body).toBe('{"error":"internal error"}');
    expect(capture.texts('a:crash')).toEqual([]);
    expect((await bot.post(activity)).status).toBe(200);
    expect(runs.count).toBe(2);
    expect(capture.texts('a:crash')).toEqual(['n=1']);
  });

  it('re-sends the stored replies, without running the turn again, when sending failed after the commit', async () => {
    const runs = { count: 0 };
    const bot = await startWithRedis(counterLogic(runs));
    const activity = messageActivity({ serviceUrl: capture.serviceUrl, conversationId: 'a:send-failed', text: 'x' });
    capture.failNext(403);
    expect((await bot.post(activity)).status).toBe(500);
    expect(capture.texts('a:send-failed')).toEqual([]);
    expect((await bot.post(activity)).status).toBe(200);
    expect(runs.count).toBe(1);
    expect(capture.texts('a:send-failed')).toEqual(['n=1']);
    // Delivered now: a third delivery sends nothing.
    expect((await bot.post(activity)).status).toBe(200);
    expect(capture.texts('a:send-failed')).toEqual(['n=1']);
  });
});

describe('repeat deliveries while or after replies are sent', () => {
  it('answers a repeat that arrives while the first run is still sending with 503, and sends each reply once', async () => {
    const runs = { count: 0 };
    const bot = await startWithRedis(counterLogic(runs));
    const activity = messageActivity({ serviceUrl: capture.serviceUrl, conversationId: 'a:slow-connector', text: 'x' });
    capture.delayMs = 800;
    const arrived = new Promise<void>((resolve) => (capture.onRequest = resolve));
    const first = bot.post(activity);
    await arrived;
    const repeat = await bot.post(activity);
    expect(repeat.status).toBe(503);
    expect((await first).status).toBe(200);
    capture.delayMs = 0;
    expect((await bot.post(activity)).status).toBe(200);
    expect(runs.count).toBe(1);
    expect(capture.texts('a:slow-connector')).toEqual(['n=1']);
  });

  it('after a reply failed halfway, the repeat sends only the replies that did not go out', async () => {
    const bot = await startWithRedis(async (context) => {
      await context.sendActivity('een');
      await context.sendActivity('twee');
    });
    const activity = messageActivity({ serviceUrl: capture.serviceUrl, conversationId: 'a:halfway', text: 'x' });
    capture.failNext(403, 1, 1);
    expect((await bot.post(activity)).status).toBe(500);
    expect(capture.texts('a:halfway')).toEqual(['een']);
    expect((await bot.post(activity)).status).toBe(200);
    expect(capture.texts('a:halfway')).toEqual(['een', 'twee']);
  });

  it('answers a repeated invoke with the first answer, without running the turn again', async () => {
    const runs = { count: 0 };
    const bot = await startWithRedis(async (context) => {
      runs.count++;
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { run: runs.count } } });
    });
    const invoke = {
      ...messageActivity({ serviceUrl: capture.serviceUrl, conversationId: 'a:invoke', text: '' }),
      type: 'invoke',
      name: 'adaptiveCard/action',
    };
    const first = await bot.post(invoke);
    const repeat = await bot.post(invoke);
    expect(first).toEqual({ status: 200, body: '{"run":1}' });
    expect(repeat).toEqual(first);
    expect(runs.count).toBe(1);
  });
});

/** What botbuilder does by default: read, then write with eTag '*', over a store that cannot compare-and-set. */
class NaiveRedisStorage implements Storage {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}
  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const value = await this.redis.get(this.prefix + key);
      if (value) items[key] = JSON.parse(value);
    }
    return items;
  }
  async write(changes: StoreItems): Promise<void> {
    for (const [key, value] of Object.entries(changes)) await this.redis.set(this.prefix + key, JSON.stringify(value));
  }
  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.redis.del(this.prefix + key);
  }
}

describe('the reference: plain BotState over a naive Redis storage', () => {
  afterEach(async () => {
    await redis.quit();
  });

  it('loses updates when two turns of one conversation overlap', async () => {
    const state = new ConversationState(new NaiveRedisStorage(redis, uniquePrefix()));
    const counter = counterLogic({ count: 0 });
    const adapter = new TestAdapter(async (context) => {
      await counter(context, state);
      await state.saveChanges(context);
    });
    const rounds = 40;
    for (let round = 0; round < rounds; round++) {
      await Promise.all([adapter.receiveActivity('x'), adapter.receiveActivity('y')]);
    }
    const replies = adapter.activeQueue.map((a) => Number(String(a.text).slice(2)));
    // Every turn replied, but the counter ended far below the number of turns: updates were lost.
    expect(replies).toHaveLength(rounds * 2);
    expect(Math.max(...replies)).toBeLessThan(rounds * 2);
  });
});
