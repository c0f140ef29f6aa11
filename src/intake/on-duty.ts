import type { DutyRosters, OnDuty, RoutingTable } from '../domain';

/**
 * Who is on duty for a queue's acute signals: what "dienst" last set in its channel, or until then the routing
 * file's acuteMentions (so a deployment that named them keeps working before anyone types "dienst").
 */
export async function onDutyOf(deps: { readonly duty: DutyRosters; readonly routing: RoutingTable }, teamId: string): Promise<OnDuty> {
  const set = await deps.duty.get(teamId);
  if (set) return set;
  return (deps.routing.teams.find((t) => t.id === teamId)?.acuteMentions ?? []).map((m) => ({ id: m.aadObjectId, name: m.name }));
}
