import type { Clock, Leases } from '../domain';

/** The in-memory twin: several owners in one process compete as instances do against Redis. */
export function createMemoryLeases(clock: Clock): Leases {
  const held = new Map<string, { owner: string; until: number }>();
  const holder = (name: string) => {
    const lease = held.get(name);
    return lease && lease.until > clock.now() ? lease.owner : undefined;
  };
  return {
    async acquire(name, owner, ttlMs) {
      if (holder(name) !== undefined) return false;
      held.set(name, { owner, until: clock.now() + ttlMs });
      return true;
    },
    async renew(name, owner, ttlMs) {
      if (holder(name) !== owner) return false;
      held.set(name, { owner, until: clock.now() + ttlMs });
      return true;
    },
    async release(name, owner) {
      if (holder(name) === owner) held.delete(name);
    },
  };
}
