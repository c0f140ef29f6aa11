import { randomUUID } from 'node:crypto';
import calculateSlot from 'cluster-key-slot';
import { Command, Redis } from 'ioredis';

export function testRedisUrl(): string {
  const url = process.env.WS_TEST_REDIS_URL;
  if (!url) throw new Error('WS_TEST_REDIS_URL is not set: run the tests with `npm test`, which starts redis-server');
  return url;
}

/** Tests share one server; a unique prefix per test keeps their keys apart. */
export function uniquePrefix(): string {
  return `t${randomUUID().slice(0, 8)}:`;
}

/**
 * A client for the test server that refuses any command touching keys in more than one Redis Cluster hash slot
 * (see assertOneSlotPerCommand): every store built on it is checked for "one atomic step, one slot".
 */
export function connectRedis(): Redis {
  return assertOneSlotPerCommand(new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 }));
}

/** One command as a client sent it: its name (lower case) and its arguments as text. */
export interface RecordedCommand {
  readonly name: string;
  readonly args: readonly string[];
}

/**
 * Records the commands this client (and every client made from it with `duplicate()`) sends; each store call awaits
 * one command, so the count is its round trips, and the arguments show which keys a read touched.
 */
export function countCommands(redis: Redis, into: RecordedCommand[] = []) {
  const original = redis.sendCommand.bind(redis);
  redis.sendCommand = ((command: { name: string; args?: unknown[] }, stream?: unknown) => {
    into.push({ name: command.name.toLowerCase(), args: (command.args ?? []).map((a) => (Buffer.isBuffer(a) ? a.toString('utf8') : String(a))) });
    return original(command as never, stream as never);
  }) as typeof redis.sendCommand;
  const duplicate = redis.duplicate.bind(redis);
  redis.duplicate = (override) => countCommands(duplicate(override), into).redis;
  return {
    redis,
    commands: into,
    count: () => into.length,
    names: () => into.map((c) => c.name),
    reset: () => void into.splice(0),
  };
}

/** What a standalone server happily runs but Redis Cluster answers with CROSSSLOT. */
export class CrossSlotError extends Error {
  override readonly name = 'CrossSlotError';
}

type Key = string | Buffer;

/**
 * Makes `redis` refuse, before anything is sent, every step whose keys hash to more than one Cluster slot:
 *  - one command with several keys: EVAL/EVALSHA (the numkeys keys; also scripts from defineCommand), MGET, MSET,
 *    DEL/EXISTS/UNLINK of several keys, RENAME, SUNIONSTORE and friends, BLPOP/BLMOVE, XREAD/XREADGROUP with
 *    several streams, … — key positions come from ioredis' own command table (`command.getKeys()`);
 *  - a MULTI/EXEC transaction: all keys of all its commands (pipelined `multi()…exec()` is checked as a whole in
 *    `exec()`, so nothing of it is sent; `multi({ pipeline: false })` is checked at EXEC, which is replaced by
 *    DISCARD so nothing of it runs).
 * Clients made with `redis.duplicate()` are checked too. Single-key commands are never checked against each other:
 * a step may touch another slot with a command of its own (e.g. the reference counter). Keys a Lua script builds
 * itself, not passed in KEYS, cannot be seen here.
 * The refused command's promise rejects with a CrossSlotError naming the command, its keys and their slots.
 */
export function assertOneSlotPerCommand(redis: Redis): Redis {
  const send = redis.sendCommand.bind(redis);
  // A transaction opened with a plain MULTI (not pipelined) on this connection: every command until EXEC is in it.
  let transaction: { names: string[]; keys: Key[]; problem?: CrossSlotError } | undefined;

  redis.sendCommand = ((command: Command, stream?: { isPipeline?: boolean }) => {
    // Pipelined commands were checked together when their pipeline's exec() was called.
    if (stream?.isPipeline) return send(command, stream as never);
    const name = command.name.toLowerCase();
    if (name === 'multi') {
      transaction = { names: [], keys: [] };
      return send(command, stream as never);
    }
    if (transaction && (name === 'exec' || name === 'discard')) {
      const { names, keys, problem } = transaction;
      transaction = undefined;
      const refused = name === 'exec' ? (problem ?? slotProblem(`MULTI/EXEC transaction (${names.join(', ')})`, keys)) : undefined;
      if (!refused) return send(command, stream as never);
      void (send(new Command('discard', []), stream as never) as Promise<unknown>).catch(() => undefined);
      command.reject(refused);
      return command.promise;
    }
    const keys = command.getKeys();
    const refused = slotProblem(name.toUpperCase(), keys);
    if (transaction) {
      transaction.names.push(name.toUpperCase());
      transaction.keys.push(...keys);
      transaction.problem ??= refused;
    }
    if (refused) {
      command.reject(refused);
      return command.promise;
    }
    return send(command, stream as never);
  }) as typeof redis.sendCommand;

  type Batch = { exec: (...args: unknown[]) => Promise<unknown>; _queue?: Command[] };
  const checkedExec = <T>(batch: T): T => {
    const pipeline = batch as unknown as Batch;
    if (!Array.isArray(pipeline._queue)) return batch; // multi({ pipeline: false }) answers a promise, not a pipeline
    const exec = pipeline.exec;
    pipeline.exec = function (this: unknown, ...args: unknown[]) {
      const refused = pipelineProblem(pipeline._queue ?? []);
      if (!refused) return exec.apply(this, args);
      const callback = args.find((arg): arg is (err: Error) => void => typeof arg === 'function');
      const rejected = Promise.reject(refused);
      if (callback) {
        rejected.catch(() => undefined);
        callback(refused);
      }
      return rejected;
    };
    return batch;
  };
  const multi = redis.multi.bind(redis) as (...args: unknown[]) => unknown;
  const pipeline = redis.pipeline.bind(redis) as (...args: unknown[]) => unknown;
  redis.multi = ((...args: unknown[]) => checkedExec(multi(...args))) as typeof redis.multi;
  redis.pipeline = ((...args: unknown[]) => checkedExec(pipeline(...args))) as typeof redis.pipeline;
  // A second connection (e.g. for blocking reads) is checked too.
  const duplicate = redis.duplicate.bind(redis);
  redis.duplicate = (override) => assertOneSlotPerCommand(duplicate(override));
  return redis;
}

/** Each command on its own, and each MULTI…EXEC run within the pipeline as a whole (exec() appends the EXEC). */
function pipelineProblem(queue: readonly Command[]): CrossSlotError | undefined {
  let transaction: { names: string[]; keys: Key[] } | undefined;
  for (const command of queue) {
    const name = command.name.toLowerCase();
    if (name === 'multi') {
      transaction = { names: [], keys: [] };
      continue;
    }
    if (name === 'exec' || name === 'discard') {
      const refused = name === 'exec' && transaction ? slotProblem(`MULTI/EXEC transaction (${transaction.names.join(', ')})`, transaction.keys) : undefined;
      if (refused) return refused;
      transaction = undefined;
      continue;
    }
    const keys = command.getKeys();
    const refused = slotProblem(name.toUpperCase(), keys);
    if (refused) return refused;
    transaction?.names.push(name.toUpperCase());
    transaction?.keys.push(...keys);
  }
  return transaction ? slotProblem(`MULTI/EXEC transaction (${transaction.names.join(', ')})`, transaction.keys) : undefined;
}

function slotProblem(what: string, keys: readonly Key[]): CrossSlotError | undefined {
  const slots = keys.map((key) => calculateSlot(key));
  if (new Set(slots).size <= 1) return undefined;
  const listed = keys.map((key, i) => `${JSON.stringify(String(key))} (slot ${slots[i]})`).join(', ');
  return new CrossSlotError(
    `cross-slot ${what}: keys ${listed} hash to ${new Set(slots).size} Redis Cluster slots; ` +
      'Redis Cluster refuses this (CROSSSLOT): keep one atomic step under one hash tag',
  );
}
