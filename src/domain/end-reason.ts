/** Why a signalling conversation ends without a wijkteam signal (another route, or nothing to record). */
export const END_REASONS = ['acute-no-record', 'staff-violence', 'staff-sexual', 'between-children', 'kindcheck-no-children', 'no-suspicion'] as const;
export type EndReason = (typeof END_REASONS)[number];
