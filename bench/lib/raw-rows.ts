/** The rows the domain writes for a batch of households, computed ahead as plain value arrays. */
import { nowIso } from '../../src/db/ids.js';
import { searchRowsFor, type NewHousehold } from '../../src/db/household.repository.js';
import type { HouseholdCreate } from '../../src/domain/registry/household.schema.js';
import { buildNewHousehold } from '../../src/server/registry/household.service.js';

export const COLUMNS = {
  households: [
    'id',
    'village_code',
    'address',
    'phone',
    'head_name',
    'member_count',
    'status',
    'status_since',
    'exit_year',
    'created_at',
    'updated_at',
  ],
  persons: [
    'id',
    'household_id',
    'name',
    'sex',
    'birth_date',
    'id_number',
    'relation',
    'schooling',
    'labour_ability',
    'health',
    'disability',
    'phone',
    'created_at',
    'updated_at',
  ],
  household_status_changes: [
    'id',
    'household_id',
    'status',
    'effective_date',
    'exit_year',
    'reason',
    'recorded_by',
    'recorded_at',
  ],
  household_search: ['term', 'household_id', 'person_id', 'village_code', 'name'],
} as const;

export type RawTable = keyof typeof COLUMNS;
export const RAW_TABLES = Object.keys(COLUMNS) as RawTable[];

/** Per table, one array of values per row, in COLUMNS order. */
export type RawBatch = Record<RawTable, unknown[][]>;

function values(row: object, table: RawTable): unknown[] {
  const record = row as Record<string, unknown>;
  return COLUMNS[table].map((c) => record[c] ?? null);
}

/**
 * The same rows registerHouseholds inserts (households, persons, first status entry, search
 * terms), built with the domain's own buildNewHousehold and searchRowsFor.
 */
export function rawRowsFor(inputs: readonly HouseholdCreate[]): RawBatch {
  const at = nowIso();
  return rowsOfBuilt(inputs.map((input) => buildNewHousehold(input, null, at)));
}

/** The rows of households already built (with their ids). */
export function rowsOfBuilt(built: readonly NewHousehold[]): RawBatch {
  const villageOf = new Map(built.map((b) => [b.household.id, b.household.village_code]));
  const persons = built.flatMap((b) => b.persons);
  return {
    households: built.map((b) => values(b.household, 'households')),
    persons: persons.map((p) => values(p, 'persons')),
    household_status_changes: built.map((b) => values(b.status, 'household_status_changes')),
    household_search: searchRowsFor(persons, (id) => villageOf.get(id) ?? '').map((s) =>
      values(s, 'household_search'),
    ),
  };
}
