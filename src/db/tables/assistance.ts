/** Row types of the assistance tables: records, beneficiaries, one detail table per kind, campaigns. */

/** Every kind's common columns. */
export interface AssistanceTable {
  id: string;
  kind: string;
  measure: string;
  status: string;
  date: string;
  beneficiary_kind: string;
  arranged_by_cadre_id: string | null;
  notes: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
}

/** Who a record is for: one row per person, household or village (filters, scope, timeline). */
export interface AssistanceBeneficiariesTable {
  assistance_id: string;
  position: number;
  household_id: string | null;
  person_id: string | null;
  village_code: string;
}

export interface AssistanceJobsTable {
  assistance_id: string;
  employer: string;
  job_title: string;
  place: string;
  channel: string;
  start_date: string;
  end_date: string | null;
  monthly_wage_fen: number;
}

export interface AssistanceMedicalTable {
  assistance_id: string;
  medical_kind: string;
  provider: string;
  cost_fen: number;
  paid_by: string;
}

export interface AssistanceHealthChecksTable {
  assistance_id: string;
  provider: string;
}

export interface AssistanceHealthCheckVillagesTable {
  assistance_id: string;
  village_code: string;
  people_checked: number;
}

export interface DonationItemsTable {
  id: string;
  item_name: string;
  unit: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface AssistanceDonationsTable {
  assistance_id: string;
  donor: string;
}

export interface AssistanceDonationLinesTable {
  assistance_id: string;
  position: number;
  recipient_household_id: string | null;
  recipient_village_code: string;
  item_id: string;
  quantity: number;
}

export interface AssistanceProjectsTable {
  assistance_id: string;
  village_code: string;
  project_name: string;
  category: string;
  project_status: string;
  start_date: string | null;
  end_date: string | null;
  household_count: number | null;
}

export interface AssistanceProjectFundsTable {
  assistance_id: string;
  position: number;
  source: string;
  amount_fen: number;
}

export interface AssistanceLoansTable {
  assistance_id: string;
  lender: string;
  amount_fen: number;
  purpose: string;
  term_months: number;
  loan_status: string;
}

export interface AssistanceGoodDeedsTable {
  assistance_id: string;
  description: string;
}

export interface CampaignsTable {
  id: string;
  title: string;
  measure: string;
  start_date: string;
  end_date: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
}

/** One per pairing current when the campaign was created. */
export interface CampaignChecklistsTable {
  id: string;
  campaign_id: string;
  pairing_id: string;
  cadre_id: string;
  household_id: string;
  created_at: string;
}

/** The five items of a checklist. */
export interface CampaignItemsTable {
  checklist_id: string;
  item: string;
  done: number;
  done_on: string | null;
  note: string;
  activity_id: string | null;
  assistance_id: string | null;
  updated_at: string | null;
  updated_by: string | null;
}

export interface AssistanceTables {
  assistance: AssistanceTable;
  assistance_beneficiaries: AssistanceBeneficiariesTable;
  assistance_jobs: AssistanceJobsTable;
  assistance_medical: AssistanceMedicalTable;
  assistance_health_checks: AssistanceHealthChecksTable;
  assistance_health_check_villages: AssistanceHealthCheckVillagesTable;
  donation_items: DonationItemsTable;
  assistance_donations: AssistanceDonationsTable;
  assistance_donation_lines: AssistanceDonationLinesTable;
  assistance_projects: AssistanceProjectsTable;
  assistance_project_funds: AssistanceProjectFundsTable;
  assistance_loans: AssistanceLoansTable;
  assistance_good_deeds: AssistanceGoodDeedsTable;
  campaigns: CampaignsTable;
  campaign_checklists: CampaignChecklistsTable;
  campaign_items: CampaignItemsTable;
}
