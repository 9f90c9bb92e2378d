/** Bulk loading: drop a table's secondary indexes while it is filled, and build them again after. */
import { sql } from 'kysely';
import type { DbHandle } from '../../src/db/connect.js';

/** The tables the generator fills. */
export const LOADED_TABLES = [
  'households',
  'persons',
  'pairings',
  'household_status_changes',
  'cadres',
  'activities',
  'assistance',
  'assistance_beneficiaries',
  'training_enrollments',
  'training_follow_ups',
  'training_credentials',
  'student_enrollments',
  'fund_grants',
  'sales',
] as const;

/** Drop the secondary indexes of the tables (not those behind keys); returns how to rebuild them. */
export async function dropSecondaryIndexes(handle: DbHandle): Promise<string[]> {
  const tables = [...LOADED_TABLES];
  const rows =
    handle.dialect === 'sqlite'
      ? (
          await sql<{ name: string; def: string }>`select name, sql as def from sqlite_master
            where type = 'index' and sql is not null and tbl_name in (${sql.join(tables)})`.execute(
            handle.db,
          )
        ).rows
      : (
          await sql<{ name: string; def: string }>`select indexname as name, indexdef as def
            from pg_indexes i where schemaname = current_schema() and tablename in (${sql.join(tables)})
            and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`.execute(
            handle.db,
          )
        ).rows;
  for (const r of rows) {
    await sql`drop index ${sql.id(r.name)}`.execute(handle.db);
  }
  return rows.map((r) => r.def);
}

/** Build the dropped indexes again. */
export async function rebuildIndexes(
  handle: DbHandle,
  definitions: readonly string[],
): Promise<void> {
  for (const def of definitions) {
    await sql.raw(def).execute(handle.db);
  }
}
