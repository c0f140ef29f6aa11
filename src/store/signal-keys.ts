/**
 * A signal lives under its queue's hash tag `{q:<team>}`, so queue operations (issue 4) stay on one Cluster slot.
 * The yearly reference counter has its own key: handing out a number is the one step outside the queue's slot,
 * and it is made safe by storing the signal with NX afterwards (a lost race only leaves a gap in the numbers).
 */
export function signalKeys(prefix: string, teamId: string) {
  return {
    signal: (signalId: string) => `${prefix}{q:${teamId}}:signal:${signalId}`,
  };
}

export function referenceCounterKey(prefix: string, year: number): string {
  return `${prefix}seq:reference:${year}`;
}
