/** Turn validated assistance input into the rows of the common, beneficiary and detail tables. */
import type { AssistanceCreate } from '../domain/assistance/assistance.schema.js';
import { beneficiaryKindOf } from '../domain/assistance/assistance.schema.js';
import type { Database } from './database.js';
import type { AssistanceTables } from './tables/assistance.js';

/** Where a person or household lives, read before building rows. */
export interface Lookup {
  readonly persons: ReadonlyMap<string, { householdId: string; villageCode: string }>;
  readonly households: ReadonlyMap<string, { villageCode: string }>;
}

/** One record to write: its id, validated input and who recorded it when. */
export interface NewAssistance {
  readonly id: string;
  readonly input: AssistanceCreate;
  readonly arrangedByCadreId: string | null;
  readonly createdBy: string | null;
  readonly at: string;
}

/** The tables a record's rows go to, in insert order (parents first). */
export const ROW_TABLES = [
  'assistance',
  'assistance_beneficiaries',
  'assistance_jobs',
  'assistance_medical',
  'assistance_health_checks',
  'assistance_health_check_villages',
  'assistance_donations',
  'assistance_donation_lines',
  'assistance_projects',
  'assistance_project_funds',
  'assistance_loans',
  'assistance_good_deeds',
] as const satisfies readonly (keyof AssistanceTables)[];
export type RowTable = (typeof ROW_TABLES)[number];

export type RowSet = { [T in RowTable]: Database[T][] };

function emptyRowSet(): RowSet {
  return Object.fromEntries(ROW_TABLES.map((t) => [t, []])) as unknown as RowSet;
}

function villageOfHousehold(lookup: Lookup, id: string): string {
  return lookup.households.get(id)?.villageCode ?? '';
}

/** The beneficiary rows of a record: who it is for. */
function beneficiariesOf(input: AssistanceCreate, lookup: Lookup) {
  const person = (id: string) => {
    const p = lookup.persons.get(id);
    return {
      household_id: p?.householdId ?? null,
      person_id: id,
      village_code: p?.villageCode ?? '',
    };
  };
  const household = (id: string) => ({
    household_id: id,
    person_id: null,
    village_code: villageOfHousehold(lookup, id),
  });
  const village = (code: string) => ({ household_id: null, person_id: null, village_code: code });
  switch (input.kind) {
    case 'job':
    case 'medical':
      return [person(input.personId)];
    case 'loan':
      return [household(input.householdId)];
    case 'good_deed':
      return [input.personId ? person(input.personId) : household(input.householdId ?? '')];
    case 'health_check':
      return input.villages.map((v) => village(v.villageCode));
    case 'project':
      return [village(input.villageCode), ...input.householdIds.map(household)];
    case 'donation':
      return input.recipients.map((r) =>
        r.householdId ? household(r.householdId) : village(r.villageCode ?? ''),
      );
  }
}

/** Add the kind's detail rows of one record to the set. */
function addDetails(rows: RowSet, id: string, input: AssistanceCreate, lookup: Lookup): void {
  switch (input.kind) {
    case 'job':
      rows.assistance_jobs.push({
        assistance_id: id,
        employer: input.employer,
        job_title: input.jobTitle,
        place: input.place,
        channel: input.channel,
        start_date: input.startDate,
        end_date: input.endDate,
        monthly_wage_fen: input.monthlyWageFen,
      });
      return;
    case 'medical':
      rows.assistance_medical.push({
        assistance_id: id,
        medical_kind: input.medicalKind,
        provider: input.provider,
        cost_fen: input.costFen,
        paid_by: input.paidBy,
      });
      return;
    case 'health_check':
      rows.assistance_health_checks.push({ assistance_id: id, provider: input.provider });
      rows.assistance_health_check_villages.push(
        ...input.villages.map((v) => ({
          assistance_id: id,
          village_code: v.villageCode,
          people_checked: v.peopleChecked,
        })),
      );
      return;
    case 'donation':
      addDonation(rows, id, input, lookup);
      return;
    case 'project':
      addProject(rows, id, input);
      return;
    case 'loan':
      rows.assistance_loans.push({
        assistance_id: id,
        lender: input.lender,
        amount_fen: input.amountFen,
        purpose: input.purpose,
        term_months: input.termMonths,
        loan_status: input.loanStatus,
      });
      return;
    case 'good_deed':
      rows.assistance_good_deeds.push({ assistance_id: id, description: input.description });
  }
}

function addDonation(
  rows: RowSet,
  id: string,
  input: Extract<AssistanceCreate, { kind: 'donation' }>,
  lookup: Lookup,
): void {
  rows.assistance_donations.push({ assistance_id: id, donor: input.donor });
  const lines = input.recipients.flatMap((r) =>
    r.items.map((line) => ({
      recipient_household_id: r.householdId ?? null,
      recipient_village_code: r.householdId
        ? villageOfHousehold(lookup, r.householdId)
        : (r.villageCode ?? ''),
      item_id: line.itemId,
      quantity: line.quantity,
    })),
  );
  rows.assistance_donation_lines.push(
    ...lines.map((line, position) => ({ assistance_id: id, position, ...line })),
  );
}

function addProject(
  rows: RowSet,
  id: string,
  input: Extract<AssistanceCreate, { kind: 'project' }>,
): void {
  rows.assistance_projects.push({
    assistance_id: id,
    village_code: input.villageCode,
    project_name: input.projectName,
    category: input.category,
    project_status: input.projectStatus,
    start_date: input.startDate,
    end_date: input.endDate,
    household_count: input.householdCount,
  });
  rows.assistance_project_funds.push(
    ...input.funds.map((f, position) => ({
      assistance_id: id,
      position,
      source: f.source,
      amount_fen: f.amountFen,
    })),
  );
}

/** The detail and beneficiary rows of records (not the common row). */
export function detailRowsOf(items: readonly NewAssistance[], lookup: Lookup): RowSet {
  const rows = emptyRowSet();
  for (const item of items) {
    rows.assistance_beneficiaries.push(
      ...beneficiariesOf(item.input, lookup).map((b, position) => ({
        assistance_id: item.id,
        position,
        ...b,
      })),
    );
    addDetails(rows, item.id, item.input, lookup);
  }
  return rows;
}

/** Every row of new records, the common row included. */
export function rowsOf(items: readonly NewAssistance[], lookup: Lookup): RowSet {
  const rows = detailRowsOf(items, lookup);
  rows.assistance = items.map((item) => ({
    id: item.id,
    kind: item.input.kind,
    measure: item.input.measure,
    status: item.input.status,
    date: item.input.date,
    beneficiary_kind: beneficiaryKindOf(item.input),
    arranged_by_cadre_id: item.arrangedByCadreId,
    notes: item.input.notes,
    created_at: item.at,
    created_by: item.createdBy,
    updated_at: item.at,
    voided_at: null,
    voided_by: null,
    void_reason: null,
  }));
  return rows;
}
