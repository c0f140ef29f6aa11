import type { Urgency } from './afweging';
import type { Signal } from './signal';
import { claimDueAt, type DeadlineTeam, type HolidayRules } from './working-time';

/** A signal is treated as acute when direct danger was named, even if the afweging said otherwise. */
export function effectiveUrgency(signal: { readonly acute: boolean; readonly afweging: Pick<Signal['afweging'], 'urgency'> }): Urgency {
  return signal.acute ? 'acute' : signal.afweging.urgency;
}

/** When a team member should have claimed the signal (an ISO instant), counted from sending as {@link claimDueAt} does. */
export function claimDeadlineFor(
  signal: Parameters<typeof effectiveUrgency>[0] & Pick<Signal, 'createdAt'>,
  team: DeadlineTeam,
  holidays: HolidayRules,
): string {
  return claimDueAt(new Date(signal.createdAt), effectiveUrgency(signal), team, holidays).toISOString();
}
