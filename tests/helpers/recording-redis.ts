import type { Redis } from 'ioredis';

/** One command as the client sent it: its name and its arguments as strings. */
export interface RecordedCommand {
  readonly name: string;
  readonly args: readonly string[];
}

/**
 * Records every command a client (and every duplicate of it) sends, so a test can count what a read costs; the
 * client works as before.
 */
export function recordCommands(redis: Redis, into: RecordedCommand[] = []): { redis: Redis; commands: RecordedCommand[] } {
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = ((command: { name: string; args?: unknown[] }, stream?: unknown) => {
    into.push({ name: command.name.toLowerCase(), args: (command.args ?? []).map((a) => (Buffer.isBuffer(a) ? a.toString('utf8') : String(a))) });
    return send(command as never, stream as never);
  }) as typeof redis.sendCommand;
  const duplicate = redis.duplicate.bind(redis);
  redis.duplicate = (override) => recordCommands(duplicate(override), into).redis;
  return { redis, commands: into };
}
