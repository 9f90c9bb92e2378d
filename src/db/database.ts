/** Table row types of the bangfu database. Row types never leave src/db. */
import type { Generated } from 'kysely';
import type { ActivitiesTables } from './tables/activities.js';
import type { AssistanceTables } from './tables/assistance.js';
import type { FundTables } from './tables/fund.js';
import type { TrainingTables } from './tables/training.js';
import type { IndustryTables } from './tables/industry.js';
import type { ImportsTables } from './tables/imports.js';
import type { IndicatorsTables } from './tables/indicators.js';

export interface RegionsTable {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
}
export interface VillagesTable {
  code: string;
  taken_on: number;
  deeply_poor: number;
  created_at: string;
  updated_at: string;
}
export interface OrgUnitsTable {
  id: string;
  name: string;
  parent_id: string | null;
  created_at: string;
  updated_at: string;
}
export interface CadresTable {
  id: string;
  unit_id: string;
  name: string;
  sex: string;
  phone: string | null;
  position: string;
  left_on: string | null;
  created_at: string;
  updated_at: string;
}
export interface HouseholdsTable {
  id: string;
  village_code: string;
  address: string;
  phone: string | null;
  head_name: string;
  member_count: number;
  status: string;
  status_since: string;
  exit_year: number | null;
  created_at: string;
  updated_at: string;
}
export interface StatusChangesTable {
  id: string;
  household_id: string;
  status: string;
  effective_date: string;
  exit_year: number | null;
  reason: string;
  recorded_by: string | null;
  recorded_at: string;
}
export interface PersonsTable {
  id: string;
  household_id: string;
  name: string;
  sex: string;
  birth_date: string;
  id_number: string | null;
  relation: string;
  schooling: string;
  labour_ability: string;
  health: string;
  disability: string;
  phone: string | null;
  created_at: string;
  updated_at: string;
}
export interface HouseholdSearchTable {
  term: string;
  household_id: string;
  person_id: string;
  village_code: string;
  name: string;
}
export interface IncomeRecordsTable {
  id: string;
  household_id: string;
  year: number;
  wages_fen: number;
  production_fen: number;
  property_fen: number;
  transfer_fen: number;
  member_count: number;
  created_at: string;
  updated_at: string;
}
export interface PairingsTable {
  id: string;
  cadre_id: string;
  household_id: string;
  role: string;
  start_date: string;
  end_date: string | null;
  end_reason: string;
  created_at: string;
}
export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  cadre_id: string | null;
  password_hash: string;
  active: number;
  failed_logins: Generated<number>;
  locked_until: string | null;
  password_changed_at: string;
  created_at: string;
  updated_at: string;
}
export interface SessionsTable {
  id: string;
  user_id: string | null;
  data: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}
export interface AuditLogTable {
  id: string;
  at: string;
  user_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  ip: string | null;
}

/** A client's idempotency key and the record it made (see server/request-keys.ts). */
export interface RequestKeysTable {
  user_id: string;
  key: string;
  entity: string;
  entity_id: string;
  /** SHA-256 of the request body: the same key with another body is refused. */
  fingerprint: string;
  created_at: string;
}

export interface Database
  extends
    ActivitiesTables,
    AssistanceTables,
    FundTables,
    TrainingTables,
    IndustryTables,
    ImportsTables,
    IndicatorsTables {
  regions: RegionsTable;
  villages: VillagesTable;
  org_units: OrgUnitsTable;
  cadres: CadresTable;
  households: HouseholdsTable;
  household_status_changes: StatusChangesTable;
  persons: PersonsTable;
  household_search: HouseholdSearchTable;
  income_records: IncomeRecordsTable;
  pairings: PairingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  request_keys: RequestKeysTable;
}
