import type { Clock } from '../domain';

export const systemClock: Clock = { now: () => Date.now() };
