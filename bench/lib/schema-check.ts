/**
 * Kept databases outlive changes to the migrations: compare a kept database's indexes with a
 * freshly migrated one, and optionally bring them in line (drop and recreate what differs).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { DbHandle } from '../../src/db/connect.js';
import { freshDb, dropDb, type BenchDb } from './databases.js';

type Indexes = Map<string, string>;

/** The tables the benchmarks read and write; other features' tables are not compared. */
const TABLES = [
  'regions',
  'villages',
  'households',
  'household_status_changes',
  'persons',
  'household_search',
  'pairings',
  'cadres',
  'users',
  'sessions',
];

async function indexesOf(handle: DbHandle, schema: string): Promise<Indexes> {
  if (handle.dialect === 'sqlite') {
    const rows = await sql<{ name: string; sql: string }>`
      select name, sql from sqlite_master
      where type = 'index' and sql is not null and tbl_name in (${sql.join(TABLES)})`.execute(
      handle.db,
    );
    return new Map(rows.rows.map((r) => [r.name, r.sql.replace(/\s+/g, ' ')]));
  }
  const rows = await sql<{ indexname: string; indexdef: string }>`
    select indexname, indexdef from pg_indexes
    where schemaname = ${schema} and tablename in (${sql.join(TABLES)})`.execute(handle.db);
  return new Map(rows.rows.map((r) => [r.indexname, r.indexdef.replaceAll(`${schema}.`, '')]));
}

export interface IndexDrift {
  readonly missing: string[];
  readonly changed: string[];
  readonly extra: string[];
  /** The definitions of a fresh migration, by name. */
  readonly expected: Indexes;
}

/** How the kept database's indexes differ from what the migrations make today. */
export async function indexDrift(
  kept: DbHandle,
  target: BenchDb,
  ignore: readonly string[],
): Promise<IndexDrift> {
  const probe: BenchDb =
    target.dialect === 'sqlite'
      ? { ...target, url: `${target.url}.probe-${randomBytes(3).toString('hex')}` }
      : { ...target, schema: `probe_${randomBytes(4).toString('hex')}` };
  const fresh = await freshDb(probe);
  try {
    const expected = await indexesOf(fresh, probe.schema);
    const actual = await indexesOf(kept, target.schema);
    return {
      missing: [...expected.keys()].filter((n) => !actual.has(n)),
      changed: [...expected.keys()].filter(
        (n) => actual.has(n) && actual.get(n) !== expected.get(n),
      ),
      extra: [...actual.keys()].filter((n) => !expected.has(n) && !ignore.includes(n)),
      expected,
    };
  } finally {
    await fresh.close();
    await dropDb(probe);
  }
}

/** Drop changed and extra indexes, create changed and missing ones as the migrations do now. */
export async function syncIndexes(kept: DbHandle, drift: IndexDrift): Promise<void> {
  for (const name of [...drift.changed, ...drift.extra]) {
    await sql`drop index if exists ${sql.id(name)}`.execute(kept.db);
  }
  for (const name of [...drift.changed, ...drift.missing]) {
    const definition = drift.expected.get(name);
    if (definition) {
      console.log(`  creating ${definition}`);
      await sql.raw(definition).execute(kept.db);
    }
  }
}
