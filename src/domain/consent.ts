import type { AgeBand } from './signal-checklist';

/** Whose consent a hand-over of identifying data to the wijkteam needs (WGBO/Jeugdwet ages). */
export interface ConsentNeeded {
  readonly parents: boolean;
  readonly child: boolean;
}

/** Under 12: the parents with authority. 12 to 15: the parents and the child. From 16: the young person alone. */
export function consentNeeded(band: AgeBand, sixteenOrOlder: boolean | undefined): ConsentNeeded {
  if (band !== '12-17') return { parents: true, child: false };
  return sixteenOrOlder ? { parents: false, child: true } : { parents: true, child: true };
}

export type ConsentGiven = { readonly parents?: boolean; readonly child?: boolean };

export type HandoverCheck = { readonly allowed: true } | { readonly allowed: false; readonly missing: ReadonlyArray<'parents' | 'child'> };

/** Without every needed consent only an anonymous consultation (or a report to Veilig Thuis) is possible. */
export function checkHandover(needed: ConsentNeeded, given: ConsentGiven): HandoverCheck {
  const missing: Array<'parents' | 'child'> = [];
  if (needed.parents && given.parents !== true) missing.push('parents');
  if (needed.child && given.child !== true) missing.push('child');
  return missing.length === 0 ? { allowed: true } : { allowed: false, missing };
}
