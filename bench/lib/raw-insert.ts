/** The raw-driver baselines: better-sqlite3 prepared statements, and pg with unnest or VALUES. */
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { COLUMNS, RAW_TABLES, type RawBatch, type RawTable } from './raw-rows.js';

/** A batch turned into driver calls ahead of time, so only the driver's work is timed. */
export interface RawInserter<Op> {
  readonly name: string;
  /** Untimed: the statements and parameters of a batch. */
  prepare(batch: RawBatch): Op[];
  /** Timed: run them, in a transaction of their own or in the one open for the whole run. */
  insert(ops: readonly Op[]): Promise<void>;
  /** Timed: commit the whole run's transaction (nothing to do when each batch commits). */
  finish(): Promise<void>;
  close(): Promise<void>;
}

/** Commit each batch, or hold one transaction over the whole run (as the roster import must). */
export type RawCommit = 'batch' | 'whole';

function placeholders(count: number, from = 1, dollar = false): string {
  return Array.from({ length: count }, (_, i) => (dollar ? `$${from + i}` : '?')).join(', ');
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) {
    out.push(rows.slice(i, i + size));
  }
  return out;
}

type SqliteOp = readonly [Sqlite.Statement, unknown[]];

/** better-sqlite3 with the app's pragmas; `rows` rows per prepared statement (1 = one per row). */
export function rawSqlite(
  path: string,
  rows = 1,
  commit: RawCommit = 'batch',
): RawInserter<SqliteOp> {
  const db = new Sqlite(path);
  for (const pragma of [
    'journal_mode = WAL',
    'foreign_keys = ON',
    'synchronous = NORMAL',
    'cache_size = -65536',
  ]) {
    db.pragma(pragma);
  }
  const cache = new Map<string, Sqlite.Statement>();
  const statement = (table: RawTable, n: number): Sqlite.Statement => {
    const key = `${table}/${n}`;
    const cols = COLUMNS[table];
    const tuple = `(${placeholders(cols.length)})`;
    const hit =
      cache.get(key) ??
      db.prepare(
        `insert into ${table} (${cols.join(', ')}) values ${Array(n).fill(tuple).join(', ')}`,
      );
    cache.set(key, hit);
    return hit;
  };
  const runOps = (ops: readonly SqliteOp[]) => {
    for (const [stmt, params] of ops) {
      stmt.run(params);
    }
  };
  const run =
    commit === 'batch'
      ? db.transaction(runOps)
      : (ops: readonly SqliteOp[]) => {
          if (!db.inTransaction) {
            db.exec('begin');
          }
          runOps(ops);
        };
  const each = rows === 1 ? 'single-row' : `${rows}-row`;
  return {
    name: `better-sqlite3, prepared ${each} inserts, ${commit === 'batch' ? 'a transaction per batch' : 'one transaction'}`,
    prepare: (batch) =>
      RAW_TABLES.flatMap((table) =>
        chunks(batch[table], rows).map((c): SqliteOp => [
          statement(table, c.length),
          c.length === 1 ? (c[0] ?? []) : c.flat(),
        ]),
      ),
    insert: (ops) => Promise.resolve(run(ops)),
    finish: () => {
      if (db.inTransaction) {
        db.exec('commit');
      }
      return Promise.resolve();
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

type PgOp = readonly [string, unknown[]];
const INTEGER_COLUMNS = new Set(['member_count', 'exit_year']);

function unnestOp(table: RawTable, rows: readonly unknown[][]): PgOp {
  const cols = COLUMNS[table];
  const arrays = cols.map((c, i) => `$${i + 1}::${INTEGER_COLUMNS.has(c) ? 'integer' : 'text'}[]`);
  return [
    `insert into ${table} (${cols.join(', ')}) select * from unnest(${arrays.join(', ')})`,
    cols.map((_, c) => rows.map((r) => r[c])),
  ];
}

function valuesOps(table: RawTable, rows: readonly unknown[][]): PgOp[] {
  const cols = COLUMNS[table];
  return chunks(rows, Math.floor(30_000 / cols.length)).map((chunk): PgOp => {
    const tuples = chunk.map((_, r) => `(${placeholders(cols.length, r * cols.length + 1, true)})`);
    return [`insert into ${table} (${cols.join(', ')}) values ${tuples.join(', ')}`, chunk.flat()];
  });
}

/** pg on one connection: `unnest` sends one array per column, `values` multi-row VALUES statements. */
export async function rawPostgres(
  url: string,
  schema: string,
  mode: 'unnest' | 'values',
  commit: RawCommit = 'batch',
): Promise<RawInserter<PgOp>> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  let open = false;
  const statements =
    mode === 'unnest' ? 'insert … select from unnest($1::text[], …)' : 'multi-row insert … values';
  return {
    name: `pg, ${statements}, ${commit === 'batch' ? 'a transaction per batch' : 'one transaction'}`,
    prepare: (batch) =>
      RAW_TABLES.filter((t) => batch[t].length > 0).flatMap((t) =>
        mode === 'unnest' ? [unnestOp(t, batch[t])] : valuesOps(t, batch[t]),
      ),
    async insert(ops) {
      if (!open) {
        await client.query('begin');
        open = true;
      }
      try {
        for (const [text, params] of ops) {
          await client.query(text, params);
        }
        if (commit === 'batch') {
          await client.query('commit');
          open = false;
        }
      } catch (error) {
        await client.query('rollback');
        open = false;
        throw error;
      }
    },
    async finish() {
      if (open) {
        await client.query('commit');
        open = false;
      }
    },
    close: () => client.end(),
  };
}
