/** Build a kept region database for the search benchmark, through the domain's bulk path. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { DbHandle, Dialect } from '../../src/db/connect.js';
import { HouseholdCreate } from '../../src/domain/registry/household.schema.js';
import { createUser } from '../../src/server/auth/auth.service.js';
import { registerHouseholds } from '../../src/server/registry/household.service.js';
import {
  generateCadres,
  generateHouseholds,
  inBatches,
  type RegionPlan,
} from '../generate-region.js';
import { OUT_DIR, type BenchArgs } from './args.js';
import { freshDb, regionDb } from './databases.js';
import { currentLoad, machine, recordResult } from './machine.js';
import { insertCadres, insertPairingsAndIncomes, insertRegions, insertUnits } from './reference.js';

export const BENCH_PASSWORD = 'Bench-passw0rd-2026';

/** The name of a region's kept database: region_<households>_s<seed>. */
export function regionName(plan: Pick<RegionPlan, 'households' | 'seed'>): string {
  return `region_${plan.households}_s${plan.seed}`;
}

/** The manifest written when a build completes; its presence means the database is whole. */
export function manifestPath(dialect: Dialect, name: string): string {
  return join(OUT_DIR, `${name}.${dialect}.json`);
}

/** The manifest of a completed build, or null. */
export function readManifest(dialect: Dialect, name: string): Record<string, unknown> | null {
  const path = manifestPath(dialect, name);
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>)
    : null;
}

async function insertPeople(handle: DbHandle, plan: RegionPlan, batch: number): Promise<number> {
  const { db } = handle;
  await insertRegions(db, plan);
  const unitIds = await insertUnits(db, plan);
  const cadreIds: string[] = [];
  for (const cadres of inBatches(generateCadres(plan), 10_000)) {
    cadreIds.push(...(await insertCadres(db, unitIds, cadres)));
  }
  console.log(`  ${cadreIds.length} cadres in ${unitIds.length} units`);
  const started = performance.now();
  let registered = 0;
  let registerMs = 0;
  for (const households of inBatches(generateHouseholds(plan), batch)) {
    // Validate a sample against the API's own schema, so generator drift shows at once.
    HouseholdCreate.parse(households[0]?.input);
    const t0 = performance.now();
    const ids = await registerHouseholds(
      db,
      null,
      households.map((h) => h.input),
      { audit: 'summary' },
    );
    registerMs += performance.now() - t0;
    await insertPairingsAndIncomes(
      db,
      households.map((generated, i) => ({ generated, id: ids[i] ?? '' })),
      cadreIds,
    );
    registered += households.length;
    if (registered % (batch * 25) === 0 || registered === plan.households) {
      const s = (performance.now() - started) / 1000;
      console.log(
        `  ${registered} households, ${Math.round(s)} s, ${Math.round(registered / s)}/s overall`,
      );
    }
  }
  return registerMs;
}

async function insertUsers(handle: DbHandle): Promise<void> {
  const cadre = await handle.db
    .selectFrom('cadres')
    .select('id')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  for (const [username, role] of [
    ['coordinator', 'coordinator'],
    ['leader', 'leader'],
    ['cadre', 'cadre'],
  ] as const) {
    await createUser(handle.db, null, {
      username,
      displayName: username,
      role,
      cadreId: role === 'cadre' ? (cadre?.id ?? null) : null,
      password: BENCH_PASSWORD,
    });
  }
}

/** Build one dialect's database of the plan (dropping what was there) and write its manifest. */
export async function buildRegion(
  plan: RegionPlan,
  dialect: Dialect,
  args: BenchArgs,
): Promise<void> {
  const name = regionName(plan);
  const target = regionDb(dialect, name, args.pgUrl);
  console.log(`building ${dialect} ${target.schema || target.url}`);
  rmSync(manifestPath(dialect, name), { force: true });
  const started = performance.now();
  const handle = await freshDb(target);
  if (dialect === 'sqlite') {
    // Only while building: a 2 GB page cache instead of the app's 64 MB spares most of the
    // page reads of random inserts into the search index. The file is the same either way.
    await sql`pragma cache_size = -2000000`.execute(handle.db);
  }
  try {
    const registerMs = await insertPeople(handle, plan, args.batch);
    await insertUsers(handle);
    // PostgreSQL's autovacuum would analyze soon anyway; do it now so runs are reproducible.
    if (dialect === 'postgres') {
      await sql`analyze`.execute(handle.db);
    }
    const seconds = Math.round((performance.now() - started) / 1000);
    const manifest = {
      bench: 'generate',
      dialect,
      name,
      households: plan.households,
      villages: plan.villages.length,
      cadres: plan.cadres,
      units: plan.units,
      seconds,
      registerPerSecond: Math.round(plan.households / (registerMs / 1000)),
      machine: await machine(dialect === 'postgres' ? args.pgUrl : null),
      load: currentLoad(),
    };
    writeFileSync(manifestPath(dialect, name), JSON.stringify(manifest, null, 2));
    recordResult(manifest);
    console.log(`built ${dialect} in ${seconds} s`);
  } finally {
    await handle.close();
  }
}

/** Build the region for every requested dialect. */
export async function buildRegionDatabases(plan: RegionPlan, args: BenchArgs): Promise<void> {
  for (const dialect of args.dialects) {
    await buildRegion(plan, dialect, args);
  }
}
