/**
 * Bulk inserts for the registry's bulk path (registration, roster import). SQLite runs one cached
 * prepared single-row statement per row through better-sqlite3, inside the connection Kysely holds
 * for the caller; PostgreSQL gets one bound array per column, read through `unnest`. On SQLite the
 * prepared statement is about 1.4× the rate of the `json_each` array statement this replaced, and
 * it leaves no JSON text to build (bench/RESULTS.md, issue 5).
 */
import type Sqlite from 'better-sqlite3';
import { sql } from 'kysely';
import { SqliteDatabaseAdapter, type Conn } from './connect.js';
import type { Database } from './database.js';

/** PostgreSQL rows per statement: bounds the size of one set of arrays. */
const CHUNK = 5_000;

const statements = new WeakMap<Sqlite.Database, Map<string, Sqlite.Statement>>();

function quoted(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) {
    throw new Error(`not a column or table name: ${name}`);
  }
  return `"${name}"`;
}

function insertStatement(
  database: Sqlite.Database,
  table: string,
  columns: readonly string[],
): Sqlite.Statement {
  let cache = statements.get(database);
  if (!cache) {
    cache = new Map();
    statements.set(database, cache);
  }
  const text = `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
  let statement = cache.get(text);
  if (!statement) {
    statement = database.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}

/** SQLite: run the prepared statement once per row (synchronous; the caller holds the connection). */
function insertSqliteRows(
  database: Sqlite.Database,
  table: string,
  columns: readonly string[],
  rows: readonly object[],
): void {
  const statement = insertStatement(database, table, columns);
  const values: unknown[] = new Array<unknown>(columns.length);
  for (const r of rows) {
    const row = r as Record<string, unknown>;
    for (let k = 0; k < columns.length; k += 1) {
      const value = row[columns[k] ?? ''] ?? null;
      values[k] = typeof value === 'boolean' ? Number(value) : value;
    }
    statement.run(values);
  }
}

/**
 * Insert rows (objects with the same keys) into a table. `integers` names the integer columns,
 * which PostgreSQL needs typed; every other column is text.
 */
export async function insertColumns(
  db: Conn,
  table: keyof Database,
  rows: readonly object[],
  integers: ReadonlySet<string> = new Set(),
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const names = new Set<string>();
  for (const row of rows) {
    for (const key in row) {
      names.add(key);
    }
  }
  const columns = [...names];
  const executor = db.getExecutor();
  const adapter = executor.adapter;
  if (adapter instanceof SqliteDatabaseAdapter) {
    const { database } = adapter;
    const insert = () => insertSqliteRows(database, table, columns, rows);
    // Holding Kysely's connection keeps other queries (and other transactions) out meanwhile;
    // outside a transaction the rows go in together or not at all, as one statement's would.
    await executor.provideConnection(() => {
      if (db.isTransaction) {
        insert();
      } else {
        database.transaction(insert)();
      }
      return Promise.resolve();
    });
    return;
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((r) => {
      const row = r as Record<string, unknown>;
      return columns.map((c) => row[c] ?? null);
    });
    const arrays = columns.map((c, k) => {
      const type = integers.has(c) ? sql.raw('bigint[]') : sql.raw('text[]');
      return sql`${chunk.map((r) => r[k])}::${type}`;
    });
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) select * from unnest(${sql.join(arrays)})`.execute(
      db,
    );
  }
}
