/** Build the dashboard benchmark's database: the region's registry and a year of ~12 records per household. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Migrator, sql, type Migration } from 'kysely';
import type { DbHandle, Dialect } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createUser } from '../../src/server/auth/auth.service.js';
import { OUT_DIR } from '../lib/args.js';
import { BENCH_PASSWORD } from '../lib/build-db.js';
import { dropDb, openDb, type BenchDb } from '../lib/databases.js';
import { currentLoad, machine, recordResult } from '../lib/machine.js';
import { planRegion } from '../lib/region.js';
import { insertActivities, insertAssistance, insertVillageAssistance } from './records.js';
import { dropSecondaryIndexes, rebuildIndexes } from './indexes.js';
import { insertFund, insertIndustry, insertTraining } from './records-more.js';
import { insertPeople, insertPlaces, run, type Scale } from './registry.js';
import type { Gen } from './sql.js';

const MIGRATIONS_DIR = resolve(import.meta.dirname, '..', '..', 'src', 'db', 'migrations');
/** The indicator migration: the bench loads the records before it, so its backfill is measured too. */
export const INDICATOR_MIGRATION = '202611281910-indicators';

/** Every migration before the indicators one (read from the folder, like a provider would). */
async function migrationsBefore(): Promise<Record<string, Migration>> {
  const out: Record<string, Migration> = {};
  for (const file of readdirSync(MIGRATIONS_DIR).sort()) {
    const name = file.replace(/\.ts$/, '');
    if (/^\d{12}-.*\.ts$/.test(file) && name < INDICATOR_MIGRATION) {
      out[name] = (await import(join(MIGRATIONS_DIR, file))) as Migration;
    }
  }
  return out;
}

/** A fresh database migrated up to (not including) the indicator migration. */
export async function freshWithoutIndicators(target: BenchDb): Promise<DbHandle> {
  await dropDb(target);
  if (target.dialect === 'postgres') {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    await client.query(`create schema ${target.schema}`);
    await client.end();
  }
  const handle = openDb(target, 4);
  const migrations = await migrationsBefore();
  const result = await new Migrator({
    db: handle.db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    ...(target.schema ? { migrationTableSchema: target.schema } : {}),
  }).migrateToLatest();
  if (result.error) {
    throw result.error instanceof Error ? result.error : new Error(JSON.stringify(result.error));
  }
  return handle;
}

/** ANALYZE this schema's tables only (a bare ANALYZE would visit every schema of the database). */
export async function analyzeSchema(handle: DbHandle): Promise<void> {
  const { rows } = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = current_schema()`.execute(handle.db);
  for (const { name } of rows) {
    await sql`analyze ${sql.id(name)}`.execute(handle.db);
  }
}

export function dashboardName(households: number, seed: number): string {
  return `dashboard_${households}_s${seed}`;
}

export function manifestFile(dialect: Dialect, name: string): string {
  return join(OUT_DIR, `${name}.${dialect}.json`);
}

async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await work();
  console.log(`  ${label}: ${Math.round((performance.now() - t0) / 1000)} s`);
  return result;
}

/** The registry and the records, set-based; returns how many records were made. */
export async function loadProgram(handle: DbHandle, g: Gen, households: number): Promise<number> {
  const db = handle.db;
  const plan = planRegion({ households, seed: g.seed });
  const s: Scale = { households, villages: plan.villages.length };
  await step('regions', () => insertPlaces(db, plan));
  await step('units, cadres, households, persons, pairings', () => insertPeople(db, g, s));
  const leader = await createUser(db, null, {
    username: 'leader',
    displayName: 'leader',
    role: 'leader',
    cadreId: null,
    password: BENCH_PASSWORD,
  });
  let records = households; // the status changes
  records += await step('activities', () => insertActivities(db, g, s));
  records += await step('assistance', () => insertAssistance(db, g, s));
  records += await step('village assistance', () => insertVillageAssistance(db, g, s));
  records += await step('training', () => insertTraining(db, g, s));
  records += await step('fund', () => insertFund(db, g, s, leader.id));
  records += await step('industry', () => insertIndustry(db, g, s));
  await run(db, 'drop table bench_villages');
  return records;
}

async function applyIndicatorMigration(handle: DbHandle, target: BenchDb): Promise<number> {
  if (target.dialect === 'sqlite') {
    // No journal while the summaries are backfilled: a WAL would hold them all once more on disk.
    await sql`pragma journal_mode = off`.execute(handle.db);
  }
  const t0 = performance.now();
  await migrateToLatest(handle.db, target.schema || undefined);
  const ms = performance.now() - t0;
  if (target.dialect === 'sqlite') {
    await sql`pragma journal_mode = wal`.execute(handle.db);
  }
  return ms;
}

/**
 * Finish a SQLite build whose records are loaded but whose indicator migration was interrupted:
 * drop what the migration left half-made, then run it again.
 */
export async function resumeDashboardDb(target: BenchDb): Promise<number> {
  const handle = openDb(target, 4);
  try {
    const { rows } = await sql<{ name: string; type: string }>`select name, type from sqlite_master
      where (type = 'trigger' and name like 'ind_%') or (type = 'table' and name like 'indicator_%')`.execute(
      handle.db,
    );
    for (const r of rows.filter((x) => x.type === 'trigger')) {
      await sql`drop trigger if exists ${sql.id(r.name)}`.execute(handle.db);
    }
    for (const r of rows.filter((x) => x.type === 'table')) {
      await sql`drop table if exists ${sql.id(r.name)}`.execute(handle.db);
    }
    await sql`delete from kysely_migration where name = ${INDICATOR_MIGRATION}`.execute(handle.db);
    await sql`pragma cache_size = -2000000`.execute(handle.db);
    const ms = await step('indicator migration (summaries backfilled, triggers)', () =>
      applyIndicatorMigration(handle, target),
    );
    return ms;
  } finally {
    await handle.close();
  }
}

/** Build the benchmark database of a dialect and write its manifest. */
export async function buildDashboardDb(
  target: BenchDb,
  options: { households: number; seed: number; pgUrl: string },
): Promise<void> {
  const name = dashboardName(options.households, options.seed);
  console.log(`building ${target.dialect} ${name}`);
  const started = performance.now();
  const handle = await freshWithoutIndicators(target);
  try {
    if (target.dialect === 'sqlite') {
      // Only while building: a big page cache, and no journal (a failed build is dropped anyway).
      await sql`pragma cache_size = -2000000`.execute(handle.db);
      await sql`pragma journal_mode = off`.execute(handle.db);
    }
    const g: Gen = { dialect: target.dialect, seed: options.seed };
    const indexes = await dropSecondaryIndexes(handle);
    const records = await loadProgram(handle, g, options.households);
    await step(`${indexes.length} indexes rebuilt`, () => rebuildIndexes(handle, indexes));
    if (target.dialect === 'sqlite') {
      await sql`pragma journal_mode = wal`.execute(handle.db);
    }
    const backfillMs = await step(
      'indicator migration (summaries backfilled, triggers)',
      async () => {
        const t0 = performance.now();
        await migrateToLatest(handle.db, target.schema || undefined);
        return performance.now() - t0;
      },
    );
    if (target.dialect === 'postgres') {
      await step('analyze', () => analyzeSchema(handle));
    } else {
      await sql`pragma wal_checkpoint(truncate)`.execute(handle.db);
    }
    const manifest = {
      bench: 'dashboard-build',
      dialect: target.dialect,
      name,
      households: options.households,
      records,
      backfillSeconds: Math.round(backfillMs / 1000),
      seconds: Math.round((performance.now() - started) / 1000),
      machine: await machine(target.dialect === 'postgres' ? options.pgUrl : null),
      load: currentLoad(),
    };
    writeFileSync(manifestFile(target.dialect, name), JSON.stringify(manifest, null, 2));
    recordResult(manifest);
    console.log(`built ${name}: ${records} records in ${manifest.seconds} s`);
  } finally {
    await handle.close();
  }
}
