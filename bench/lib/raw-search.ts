/**
 * The raw side of the search benchmark: the exact SQL listHouseholds runs (captured from the
 * repository through Kysely's query log), executed directly on better-sqlite3 or pg.
 */
import Sqlite from 'better-sqlite3';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
} from 'kysely';
import pg from 'pg';
import type { Dialect } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';
import { listHouseholds } from '../../src/db/household.repository.js';
import type { BenchDb } from './databases.js';

export interface ListFilters {
  readonly limit: number;
  readonly village?: string;
  readonly status?: 'registered_poor' | 'exited' | 'monitored' | 'not_poor';
  readonly q?: string;
  readonly cursor?: string;
}

export interface RawQuery {
  /** In the dialect's own placeholders (? or $n). */
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** The household ids a page shows. */
export function pageIds(rows: readonly { id: string }[], limit: number): string[] {
  return rows.slice(0, limit).map((r) => r.id);
}

export interface RawEngine {
  run(query: RawQuery): Promise<{ id: string }[]>;
  explain(query: RawQuery): Promise<string>;
  /** The statement GET /households runs for these filters (a coordinator: no cadre scope). */
  capture(f: ListFilters): Promise<RawQuery>;
  close(): Promise<void>;
}

/** Kysely without a database that records the query it would run: the repository's exact SQL. */
function capturing(dialect: Dialect) {
  let last: CompiledQuery | null = null;
  const sqlite = dialect === 'sqlite';
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => (sqlite ? new SqliteAdapter() : new PostgresAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => (sqlite ? new SqliteIntrospector(k) : new PostgresIntrospector(k)),
      createQueryCompiler: () => (sqlite ? new SqliteQueryCompiler() : new PostgresQueryCompiler()),
    },
    log(event) {
      last = event.query;
    },
  });
  return {
    db,
    async capture(f: ListFilters): Promise<RawQuery> {
      last = null;
      await listHouseholds(db, f, { cadreId: null });
      const query = last as CompiledQuery | null;
      if (!query) {
        throw new Error('no query captured');
      }
      return { sql: query.sql, params: query.parameters };
    },
  };
}

function sqliteEngine(path: string): RawEngine {
  const db = new Sqlite(path, { readonly: true });
  db.pragma('cache_size = -65536');
  const prepared = new Map<string, Sqlite.Statement>();
  const statement = (text: string) => {
    const hit = prepared.get(text) ?? db.prepare(text);
    prepared.set(text, hit);
    return hit;
  };
  const kysely = capturing('sqlite');
  return {
    run: (q) => Promise.resolve(statement(q.sql).all(q.params) as { id: string }[]),
    explain: (q) =>
      Promise.resolve(
        (db.prepare(`explain query plan ${q.sql}`).all(q.params) as { detail: string }[])
          .map((r) => r.detail)
          .join('\n'),
      ),
    capture: (f) => kysely.capture(f),
    close: async () => {
      db.close();
      await kysely.db.destroy();
    },
  };
}

async function postgresEngine(url: string, schema: string): Promise<RawEngine> {
  const options = `-c search_path=${schema}`;
  const client = new pg.Client({ connectionString: url, options });
  await client.connect();
  const kysely = capturing('postgres');
  return {
    run: async (q) => (await client.query<{ id: string }>(q.sql, [...q.params])).rows,
    explain: async (q) =>
      (
        await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.sql}`, [
          ...q.params,
        ])
      ).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n'),
    capture: (f) => kysely.capture(f),
    close: async () => {
      await client.end();
      await kysely.db.destroy();
    },
  };
}

/** better-sqlite3 on the same file (statements prepared once per text), or one pg connection. */
export async function rawEngine(target: BenchDb): Promise<RawEngine> {
  return target.dialect === 'sqlite'
    ? sqliteEngine(target.url)
    : postgresEngine(target.url, target.schema);
}
