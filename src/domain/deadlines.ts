import type { Urgency } from './afweging';
import type { ClaimDeadlineHours } from './routing';
import type { Signal } from './signal';

/** A signal is treated as acute when direct danger was named, even if the afweging said otherwise. */
export function effectiveUrgency(signal: Pick<Signal, 'acute' | 'afweging'>): Urgency {
  return signal.acute ? 'acute' : signal.afweging.urgency;
}

/** When a team member should have claimed the signal: sent + the team's hours for its urgency (an ISO instant). */
export function claimDeadline(signal: Pick<Signal, 'acute' | 'afweging' | 'createdAt'>, hours: ClaimDeadlineHours): string {
  return new Date(Date.parse(signal.createdAt) + hours[effectiveUrgency(signal)] * 3_600_000).toISOString();
}
