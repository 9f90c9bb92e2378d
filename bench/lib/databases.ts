/** Benchmark databases: fresh or kept SQLite files in bench/out, PostgreSQL schemas in bangfu_bench. */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { connect, type DbHandle, type Dialect } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { OUT_DIR } from './args.js';

export interface BenchDb {
  readonly dialect: Dialect;
  /** The SQLite file, or the PostgreSQL URL. */
  readonly url: string;
  /** The PostgreSQL schema (empty for SQLite). */
  readonly schema: string;
}

/** Where the kept database of a region lives. */
export function regionDb(dialect: Dialect, name: string, pgUrl: string): BenchDb {
  mkdirSync(OUT_DIR, { recursive: true });
  if (dialect === 'sqlite') {
    return { dialect, url: join(OUT_DIR, `${name}.sqlite`), schema: '' };
  }
  return { dialect, url: pgUrl, schema: name.replace(/[^a-z0-9_]/g, '_') };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Remove the database: the SQLite file with its WAL, or the schema. */
export async function dropDb(target: BenchDb): Promise<void> {
  if (target.dialect === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) {
      rmSync(`${target.url}${suffix}`, { force: true });
    }
    return;
  }
  await adminQuery(target.url, `drop schema if exists ${target.schema} cascade`);
}

/** Open the database as the app does (connect()); `pool` sizes the PostgreSQL pool. */
export function openDb(target: BenchDb, pool = 4): DbHandle {
  return target.dialect === 'sqlite'
    ? connect({ url: target.url })
    : connect({ url: target.url, pgSchema: target.schema, poolSize: pool });
}

/** Drop, recreate and migrate. */
export async function freshDb(target: BenchDb, pool = 4): Promise<DbHandle> {
  await dropDb(target);
  if (target.dialect === 'postgres') {
    await adminQuery(target.url, `create schema ${target.schema}`);
  }
  const handle = openDb(target, pool);
  await migrateToLatest(handle.db, target.schema || undefined);
  return handle;
}

/** Whether a kept SQLite database file exists (PostgreSQL: see the manifest). */
export function sqliteExists(target: BenchDb): boolean {
  return target.dialect === 'sqlite' && existsSync(target.url);
}
