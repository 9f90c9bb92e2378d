/** Set-based corrections of roster imports: many persons or households in one statement. */
import { sql } from 'kysely';
import type { Conn } from './connect.js';
import type { HouseholdsTable, PersonsTable } from './database.js';
import { chunks } from './import-roster.repository.js';

/**
 * `update <table> set … from (values …) as v where <table>.id = v.column1`: one statement for many
 * rows on both SQLite (3.33+) and PostgreSQL, whose VALUES columns are both named column1…N.
 */
async function updateFromValues(
  db: Conn,
  table: 'persons' | 'households',
  columns: readonly string[],
  rows: readonly (string | number | null)[][],
  integers: ReadonlySet<string> = new Set(),
): Promise<void> {
  const assignments = sql.join(
    columns.map((c, i) => {
      const value = sql.ref(`v.column${i + 2}`);
      return sql`${sql.ref(c)} = ${integers.has(c) ? sql`cast(${value} as integer)` : value}`;
    }),
  );
  for (const part of chunks(rows, Math.floor(30_000 / (columns.length + 1)))) {
    const tuples = sql.join(part.map((r) => sql`(${sql.join(r)})`));
    await sql`update ${sql.table(table)} set ${assignments} from (values ${tuples}) as v
      where ${sql.ref(`${table}.id`)} = ${sql.ref('v.column1')}`.execute(db);
  }
}

const PERSON_COLUMNS = [
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
  'updated_at',
] as const;

/** Write corrected persons (every column but the ids and created_at) in set-based statements. */
export async function updatePersonRows(db: Conn, persons: readonly PersonsTable[]): Promise<void> {
  if (persons.length === 0) {
    return;
  }
  const rows = persons.map((p) => [p.id, ...PERSON_COLUMNS.map((c) => p[c])]);
  await updateFromValues(db, 'persons', PERSON_COLUMNS, rows);
}

const HOUSEHOLD_COLUMNS = [
  'village_code',
  'address',
  'phone',
  'status',
  'status_since',
  'exit_year',
  'updated_at',
] as const;

/** Write corrected households (address, phone, village, status) in set-based statements. */
export async function updateHouseholdRows(
  db: Conn,
  households: readonly HouseholdsTable[],
): Promise<void> {
  if (households.length === 0) {
    return;
  }
  const rows = households.map((h) => [h.id, ...HOUSEHOLD_COLUMNS.map((c) => h[c])]);
  await updateFromValues(db, 'households', HOUSEHOLD_COLUMNS, rows, new Set(['exit_year']));
}
