/** Open the database: better-sqlite3 (default, WAL, foreign keys on) or PostgreSQL via pg. */
import Sqlite from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  type DialectAdapter,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the database or a transaction: repositories accept both. */
export type Conn = Kysely<Database>;

export interface DbHandle {
  readonly db: Db;
  readonly dialect: Dialect;
  /** How it was opened, so a worker thread can open its own connection to the same database. */
  readonly options: ConnectOptions;
  close(): Promise<void>;
}

// Counts and sums come back from PostgreSQL as strings; our integers are far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export interface ConnectOptions {
  /** postgres://… for PostgreSQL; otherwise a file path or ':memory:' for SQLite. */
  readonly url: string;
  /** PostgreSQL schema to use (tests isolate themselves this way). */
  readonly pgSchema?: string;
  readonly poolSize?: number;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * Kysely's SQLite adapter, carrying the better-sqlite3 database it talks to. Transactions share
 * their database's adapter, so the bulk insert (bulk-insert.ts) can reach the driver's prepared
 * statements from any `Conn`, inside the connection Kysely holds for it.
 */
export class SqliteDatabaseAdapter extends SqliteAdapter {
  constructor(readonly database: Sqlite.Database) {
    super();
  }
}

class BangfuSqliteDialect extends SqliteDialect {
  constructor(private readonly database: Sqlite.Database) {
    super({ database });
  }

  override createAdapter(): DialectAdapter {
    return new SqliteDatabaseAdapter(this.database);
  }
}

function openSqlite(options: ConnectOptions): DbHandle {
  const database = new Sqlite(options.url);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new BangfuSqliteDialect(database) });
  return { db, dialect: 'sqlite', options, close: () => db.destroy() };
}

function openPostgres(options: ConnectOptions): DbHandle {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', options, close: () => db.destroy() };
}

/** Open a connection handle for the URL. */
export function connect(options: ConnectOptions): DbHandle {
  return isPostgresUrl(options.url) ? openPostgres(options) : openSqlite(options);
}
