/** Row types of the study fund 爱心·梦想: balance row, ledger, students, rules, runs, grants. */

/** One row per fund, holding the balance the ledger keeps (CHECK balance_fen >= 0). */
export interface FundsTable {
  id: string;
  name: string;
  balance_fen: number;
  updated_at: string;
}
/** Append-only: triggers refuse UPDATE and DELETE, and apply each effect to the balance. */
export interface FundLedgerTable {
  id: string;
  fund_id: string;
  kind: string;
  amount_fen: number;
  effect_fen: number;
  entry_date: string;
  donor_name: string | null;
  donor_kind: string | null;
  grant_id: string | null;
  reverses_id: string | null;
  reason: string;
  note: string;
  created_at: string;
  created_by: string | null;
}
export interface StudentEnrollmentsTable {
  id: string;
  person_id: string;
  household_id: string;
  stage: string;
  school_name: string;
  admitted_on: string;
  expected_end: string | null;
  active: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
}
export interface GrantRulesTable {
  id: string;
  name: string;
  valid_from: string;
  valid_to: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
}
export interface GrantRuleAmountsTable {
  rule_id: string;
  stage: string;
  amount_fen: number;
}
export interface GrantRunsTable {
  id: string;
  semester: string;
  rule_id: string;
  status: string;
  total_fen: number;
  grant_count: number;
  excluded_count: number;
  note: string;
  paid_on: string | null;
  created_at: string;
  created_by: string;
  submitted_at: string | null;
  submitted_by: string | null;
  decided_at: string | null;
  decided_by: string | null;
  decision_reason: string;
  updated_at: string;
}
export interface FundGrantsTable {
  id: string;
  run_id: string;
  semester: string;
  enrollment_id: string;
  person_id: string;
  household_id: string;
  village_code: string;
  person_name: string;
  stage: string;
  school_name: string;
  admitted_on: string;
  amount_fen: number;
  status: string;
  exclusion: string | null;
  paid_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface FundTables {
  funds: FundsTable;
  fund_ledger: FundLedgerTable;
  student_enrollments: StudentEnrollmentsTable;
  grant_rules: GrantRulesTable;
  grant_rule_amounts: GrantRuleAmountsTable;
  grant_runs: GrantRunsTable;
  fund_grants: FundGrantsTable;
}
