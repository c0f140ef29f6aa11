import { z } from 'zod';

export const AGE_BANDS = ['0-3', '4-11', '12-17'] as const;
export const AgeBandSchema = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof AgeBandSchema>;

export const SIGNAL_GROUPS = ['L', 'K', 'I', 'O', 'S'] as const;
export type SignalGroup = (typeof SIGNAL_GROUPS)[number];

/** One item of a checklist; its words are in the texts (src/texts/checklist.ts). */
export interface ChecklistItem {
  readonly code: string;
}

/**
 * Signals per age band (Meldcode step 1). Codes are `<band>.<group>.<nr>`: L physical, K the child's behaviour,
 * I parent-child interaction, O parents and family, S sexual abuse; V adult signals that start a GP's kindcheck. Codes
 * are never renumbered or reused: signals store codes, so a code must keep its meaning. New items go at the end of
 * their group (raise its size here, add the labels in src/texts/checklist.ts).
 */
const GROUP_SIZES: Readonly<Record<AgeBand, Readonly<Record<SignalGroup, number>>>> = {
  '0-3': { L: 8, K: 7, I: 6, O: 6, S: 6 },
  '4-11': { L: 6, K: 7, I: 6, O: 7, S: 6 },
  '12-17': { L: 6, K: 7, I: 6, O: 6, S: 6 },
};
const KINDCHECK_SIZE = 8;

const numbered = (prefix: string, count: number): ChecklistItem[] =>
  Array.from({ length: count }, (_, i) => ({ code: `${prefix}.${String(i + 1).padStart(2, '0')}` }));

const KNOWN = new Set(
  [
    ...AGE_BANDS.flatMap((band) => SIGNAL_GROUPS.flatMap((group) => numbered(`${band}.${group}`, GROUP_SIZES[band][group]))),
    ...numbered('V', KINDCHECK_SIZE),
  ].map((item) => item.code),
);

export function checklistFor(band: AgeBand): ReadonlyArray<{ group: SignalGroup; items: readonly ChecklistItem[] }> {
  return SIGNAL_GROUPS.map((group) => ({ group, items: numbered(`${band}.${group}`, GROUP_SIZES[band][group]) }));
}

export const KINDCHECK_ITEMS: readonly ChecklistItem[] = numbered('V', KINDCHECK_SIZE);

/** Whether a code is one of the checklist's (an age band's signal or a kindcheck reason). */
export function isChecklistCode(code: string): boolean {
  return KNOWN.has(code);
}

/** Codes of the child's own account of violence: a disclosure weighs towards a report. */
export const DISCLOSURE_CODES: ReadonlySet<string> = new Set(['4-11.K.07', '12-17.K.07']);
