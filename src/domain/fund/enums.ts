/** The closed lists of the study fund 爱心·梦想. Labels live in the fund message catalogue. */

/** Where a student studies: 大学, 内高班 (inland senior classes), 内初班 (inland junior classes). */
export const STUDY_STAGES = ['university', 'inland_senior', 'inland_junior', 'other'] as const;
export type StudyStage = (typeof STUDY_STAGES)[number];

/** Ledger entries: money in, a grant paid out, or the reversal of one earlier entry. */
export const LEDGER_KINDS = ['donation_in', 'payment_out', 'reversal'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const DONOR_KINDS = ['cadre', 'unit', 'other'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];

/** A grant run goes draft → submitted → approved | rejected (maker-checker). */
export const RUN_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** A grant line: proposed in an open run, excluded with a reason, paid, reversed, or rejected. */
export const GRANT_STATUSES = ['proposed', 'excluded', 'paid', 'reversed', 'rejected'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

/** Why a qualifying student gets nothing in a run. */
export const GRANT_EXCLUSIONS = ['already_paid'] as const;
export type GrantExclusion = (typeof GRANT_EXCLUSIONS)[number];
