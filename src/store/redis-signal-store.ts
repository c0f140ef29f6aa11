import type { Redis } from 'ioredis';
import { formatReference, type AuditEvent, type Signal, type SignalStore } from '../domain';
import { KEEP_AUDIT_EVENTS } from './redis-audit-log';
import { withReference, type SignalCodec } from './signal-codec';
import { queueKeys, referenceCounterKey } from './signal-keys';

// One atomic step on the queue's keys: store the signal (only if new), index it as open, schedule its card and
// audit it. A repeat of the same signal id changes nothing.
const SUBMIT_SCRIPT = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX') == false then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
redis.call('XADD', KEYS[3], '*', 'kind', 'new-signal', 'signal', ARGV[3])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[5], '*', 'e', ARGV[4])
return 1
`;

type ScriptedRedis = Redis & {
  wsSubmitSignal(signal: string, open: string, jobs: string, audit: string, ...args: Array<string | number>): Promise<number>;
};

export function createRedisSignalStore(options: { redis: Redis; codec: SignalCodec; keyPrefix: string }): SignalStore {
  const { codec, keyPrefix } = options;
  const redis = options.redis as ScriptedRedis;
  if (typeof redis.wsSubmitSignal !== 'function') redis.defineCommand('wsSubmitSignal', { numberOfKeys: 4, lua: SUBMIT_SCRIPT });

  const read = async (key: string): Promise<Signal | undefined> => {
    const sealed = await redis.get(key);
    return sealed === null ? undefined : codec.decode(sealed, key);
  };

  return {
    async submit(signal) {
      const keys = queueKeys(keyPrefix, signal.routing.teamId);
      const key = keys.signal(signal.id);
      const existing = await read(key);
      if (existing) return { reference: existing.reference, created: false };
      const year = new Date(signal.createdAt).getUTCFullYear();
      const sequence = await redis.incr(referenceCounterKey(keyPrefix, year));
      const complete = withReference(signal, formatReference(year, sequence));
      const audit: AuditEvent = { at: complete.createdAt, action: 'signal-submitted', actor: complete.signaller.aadObjectId ?? 'signaller', teamId: complete.routing.teamId, signalId: complete.id };
      const created = await redis.wsSubmitSignal(
        key,
        keys.open,
        keys.jobs,
        keys.audit,
        codec.encode(complete, key),
        Date.parse(complete.createdAt),
        complete.id,
        JSON.stringify(audit),
        KEEP_AUDIT_EVENTS,
      );
      if (created === 1) return { reference: complete.reference, created: true };
      // Another run of the same turn stored it first: its reference is the one the user sees.
      const winner = await read(key);
      return { reference: winner?.reference ?? complete.reference, created: false };
    },
    get: (teamId, signalId) => read(queueKeys(keyPrefix, teamId).signal(signalId)),
  };
}
