/**
 * Lists and searches of households at region scale: GET /api/v1/households through the real app
 * (app.inject, a signed-in coordinator) versus the raw engine running the same SQL, same run.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { seededRandom } from '../src/cli/demo/context.js';
import type { Dialect, DbHandle } from '../src/db/connect.js';
import { buildApp } from '../src/server/app.js';
import { planRegion } from './generate-region.js';
import { benchArgs, OUT_DIR, type BenchArgs } from './lib/args.js';
import { buildRegion, readManifest, regionName } from './lib/build-db.js';
import { openDb, regionDb, type BenchDb } from './lib/databases.js';
import { indexDrift, syncIndexes } from './lib/schema-check.js';
import { currentLoad, machine, recordResult } from './lib/machine.js';
import { measure, signIn, type Measured } from './lib/measure.js';
import { rawEngine, type RawEngine } from './lib/raw-search.js';
import { mix, row, TABLE_HEAD } from './lib/report.js';
import { buildScenarios, type Scenario } from './lib/scenarios.js';

/** The index RESULTS.md proposes for searches within a village. */
const PROPOSED_INDEX = 'bench_search_village_term_idx';

async function explainAll(
  raw: RawEngine,
  scenarios: readonly Scenario[],
  file: string,
): Promise<void> {
  const parts: string[] = [];
  for (const sc of scenarios) {
    const [f, q] = [sc.requests[0], sc.queries[0]];
    if (f && q) {
      parts.push(
        `## ${sc.name}\n${JSON.stringify(f)}\n${q.sql}\n${JSON.stringify(q.params)}\n\n${await raw.explain(q)}\n`,
      );
    }
  }
  writeFileSync(file, parts.join('\n'));
  console.log(`plans written to ${file}`);
}

/** Apply the requested variant (ANALYZE, the proposed index); returns its label and an undo. */
async function variant(
  handle: DbHandle,
  args: BenchArgs,
): Promise<{ label: string; undo: () => Promise<void> }> {
  const labels: string[] = [];
  if (args.analyze && handle.dialect === 'sqlite') {
    const t0 = performance.now();
    await sql`analyze`.execute(handle.db);
    labels.push(`ANALYZE (${Math.round((performance.now() - t0) / 1000)} s)`);
  }
  if (args.proposed) {
    const t0 = performance.now();
    await sql`create index if not exists ${sql.id(PROPOSED_INDEX)} on household_search (village_code, term, household_id, person_id)`.execute(
      handle.db,
    );
    await sql`analyze household_search`.execute(handle.db);
    labels.push(
      `+ index (village_code, term, household_id, person_id) (${Math.round((performance.now() - t0) / 1000)} s)`,
    );
  }
  const undo = async () => {
    if (args.keep) {
      return;
    }
    if (args.proposed) {
      await sql`drop index if exists ${sql.id(PROPOSED_INDEX)}`.execute(handle.db);
    }
    // Leave the SQLite database as built: without statistics, like the app leaves it.
    if (handle.dialect === 'sqlite' && (args.analyze || args.proposed)) {
      await sql`delete from sqlite_stat1`.execute(handle.db);
    }
  };
  return { label: labels.length > 0 ? labels.join(', ') : 'as built', undo };
}

/** Recreate indexes the migrations have changed since the database was built; returns their names. */
async function matchMigrations(handle: DbHandle, target: BenchDb): Promise<string[]> {
  const drift = await indexDrift(handle, target, [PROPOSED_INDEX]);
  const names = [...drift.missing, ...drift.changed, ...drift.extra];
  if (names.length > 0) {
    console.log(`indexes differ from today's migrations (${names.join(', ')}): recreating them`);
    const t0 = performance.now();
    await syncIndexes(handle, drift);
    console.log(`  done in ${Math.round((performance.now() - t0) / 1000)} s`);
  }
  return names;
}

async function runScenarios(
  handle: DbHandle,
  raw: RawEngine,
  scenarios: readonly Scenario[],
  budgetMs: number,
): Promise<Measured[]> {
  const app = await buildApp({
    handle,
    sessionSecret: 'bench-secret-bench-secret-bench-secret-0',
    cookieSecure: 'false',
    dataDir: mkdtempSync(join(tmpdir(), 'bangfu-bench-')),
  });
  try {
    await app.ready();
    const cookie = await signIn(app);
    const measured: Measured[] = [];
    for (const sc of scenarios) {
      const m = await measure(app, cookie, raw, sc, budgetMs);
      console.log(row(m));
      measured.push(m);
    }
    return measured;
  } finally {
    await app.close();
  }
}

async function benchDialect(dialect: Dialect, args: BenchArgs): Promise<void> {
  const plan = planRegion({ households: args.households, seed: args.seed });
  const name = regionName(plan);
  if (!readManifest(dialect, name)) {
    console.log(`no complete ${dialect} database ${name}: building it first`);
    await buildRegion(plan, dialect, args);
  }
  const target = regionDb(dialect, name, args.pgUrl);
  const handle = openDb(target, 4);
  const raw = await rawEngine(target);
  try {
    const synced = await matchMigrations(handle, target);
    const { label, undo } = await variant(handle, args);
    const all = await buildScenarios(
      handle.db,
      plan,
      raw,
      seededRandom(args.seed * 31 + 5),
      args.samples,
    );
    const scenarios = all.filter((sc) => !args.only || args.only.test(sc.name));
    if (args.explain) {
      await explainAll(
        raw,
        scenarios,
        join(
          OUT_DIR,
          `plans-${name}-${dialect}${args.analyze ? '-analyzed' : ''}${args.proposed ? '-proposed' : ''}.txt`,
        ),
      );
    }
    const loadBefore = currentLoad();
    const measured = await runScenarios(handle, raw, scenarios, args.budgetSeconds * 1000);
    await undo();
    const results = [...measured, mix(measured)].filter((m) => m.ours.n > 0);
    console.log(
      `\n${dialect}, ${plan.households} households, ${label}; latency in ms; ratio = ours / raw\n`,
    );
    console.log(`${TABLE_HEAD}\n${results.map(row).join('\n')}`);
    recordResult({
      bench: 'search',
      dialect,
      households: plan.households,
      variant: label,
      indexesSynced: synced,
      samples: args.samples,
      results: results.map((m) => ({
        name: m.name,
        ours: m.ours,
        raw: m.raw,
        oursCpu: m.oursCpu,
        rawCpu: m.rawCpu,
        mismatches: m.mismatches,
      })),
      machine: await machine(dialect === 'postgres' ? args.pgUrl : null),
      loadBefore,
      loadAfter: currentLoad(),
    });
  } finally {
    await raw.close();
    await handle.close();
  }
}

async function main(): Promise<void> {
  const args = benchArgs({ households: 1_600_000, samples: 300 });
  for (const dialect of args.dialects) {
    await benchDialect(dialect, args);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
