/** Whole-database chores of the demo: batched inserts, the tables present, counts, ANALYZE, reset. */
import { sql, type Insertable } from 'kysely';
import type { DbHandle } from '../../db/connect.js';
import type { Database } from '../../db/database.js';
import { currentSchema } from '../runtime.js';

/** Insert rows in batches small enough for either database's parameter limit. */
export async function insertInBatches<T extends keyof Database>(
  handle: Pick<DbHandle, 'db'>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  const size = Math.max(1, Math.floor(20_000 / columns));
  for (let i = 0; i < rows.length; i += size) {
    await handle.db
      .insertInto(table)
      .values(rows.slice(i, i + size))
      .execute();
  }
}

/** The tables of the database (on PostgreSQL: of the current schema), Kysely's own included. */
export async function listTables(handle: DbHandle): Promise<string[]> {
  const schema = await currentSchema(handle);
  const tables = await handle.db.introspection.getTables({ withInternalKyselyTables: true });
  return tables
    .filter((t) => schema === undefined || t.schema === schema)
    .map((t) => t.name)
    .sort();
}

/** Row counts of the application's tables (Kysely's migration tables left out). */
export async function countRows(handle: DbHandle): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of await listTables(handle)) {
    if (table.startsWith('kysely_')) {
      continue;
    }
    const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
      handle.db,
    );
    counts.set(table, Number(result.rows[0]?.n ?? 0));
  }
  return counts;
}

/** Refresh the planner's statistics of every table. */
export async function analyze(handle: DbHandle): Promise<void> {
  if (handle.dialect === 'sqlite') {
    await sql`analyze`.execute(handle.db);
    return;
  }
  const tables = await listTables(handle);
  if (tables.length > 0) {
    await sql`analyze ${sql.join(tables.map((t) => sql.table(t)))}`.execute(handle.db);
  }
}

/**
 * Empty the current PostgreSQL schema by dropping and re-creating it, so every table, function
 * and trigger that migrations made goes too (the demo owns the schema it is built in).
 */
export async function recreateSchema(handle: DbHandle): Promise<void> {
  const schema = await currentSchema(handle);
  if (!schema) {
    throw new Error('no current schema: check the search_path of BANGFU_DATABASE_URL');
  }
  await sql`drop schema ${sql.id(schema)} cascade`.execute(handle.db);
  await sql`create schema ${sql.id(schema)}`.execute(handle.db);
}
