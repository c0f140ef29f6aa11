import type { Clock } from '../../src/domain';

export function fakeClock(start = Date.parse('2026-11-23T09:00:00Z')): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => now, advance: (ms) => void (now += ms) };
}
