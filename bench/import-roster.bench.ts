/**
 * The roster import at region scale: a seeded CSV roster (one row per person) imported through the
 * real import path (runRosterImport, behind `bangfu import households` and the web import: a worker
 * thread with its own connection and a bounded heap) versus the raw driver inserting the same rows,
 * each into a fresh database of the same run; with the peak RSS of the whole process.
 *
 *   npx tsx bench/import-roster.bench.ts --households 20000 --dialect both
 *   npx tsx bench/import-roster.bench.ts --mode all_or_nothing           # check pass + write pass
 *   npx tsx bench/import-roster.bench.ts --mode dry --households 1600000 # read and check only (no raw side)
 *   nohup npx tsx bench/import-roster.bench.ts --households 1600000 --dialect sqlite > bench/out/roster-1600000-sqlite.log 2>&1 &
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify';
import type { DbHandle, Dialect } from '../src/db/connect.js';
import { HEADER_SYNONYMS, ROSTER_FIELDS } from '../src/domain/imports/roster-fields.js';
import { choiceLabel } from '../src/domain/imports/roster-values.js';
import type { HouseholdCreate } from '../src/domain/registry/household.schema.js';
import { generateHouseholds, inBatches, planRegion, type RegionPlan } from './generate-region.js';
import { parseArgs } from 'node:util';
import { DEFAULT_PG_URL, OUT_DIR } from './lib/args.js';
import { runCli } from './lib/cli-run.js';
import { dropDb, freshDb, openDb, regionDb, type BenchDb } from './lib/databases.js';
import { currentLoad, machine, recordResult } from './lib/machine.js';
import { rawPostgres, rawSqlite, type RawCommit, type RawInserter } from './lib/raw-insert.js';
import { rawRowsFor } from './lib/raw-rows.js';
import { insertRegions } from './lib/reference.js';

const TABLES = ['households', 'persons', 'household_status_changes', 'household_search'] as const;

/** One CSV row per member; the household's cells on the head's row, the key on every row. */
function rosterRows(index: number, h: HouseholdCreate): string[][] {
  return h.members.map((m, i) => {
    const household = i === 0;
    const cells: Record<(typeof ROSTER_FIELDS)[number], string> = {
      householdKey: String(index + 1),
      headIdNumber: '',
      villageCode: household ? h.villageCode : '',
      address: household ? h.address : '',
      householdPhone: household ? (h.phone ?? '') : '',
      status: household ? choiceLabel('zh-CN', 'status', h.status) : '',
      statusDate: household ? (h.statusDate ?? '') : '',
      exitYear: household && h.exitYear ? String(h.exitYear) : '',
      name: m.name,
      sex: choiceLabel('zh-CN', 'sex', m.sex),
      birthDate: m.birthDate,
      idNumber: m.idNumber ?? '',
      relation: choiceLabel('zh-CN', 'relation', m.relation),
      schooling: choiceLabel('zh-CN', 'schooling', m.schooling),
      labourAbility: choiceLabel('zh-CN', 'labourAbility', m.labourAbility),
      health: choiceLabel('zh-CN', 'health', m.health),
      disability: choiceLabel('zh-CN', 'disability', m.disability),
      phone: m.phone ?? '',
    };
    return ROSTER_FIELDS.map((f) => cells[f]);
  });
}

/** Write the seeded roster once (kept in bench/out); returns its path. */
async function writeRoster(plan: RegionPlan): Promise<string> {
  const path = join(OUT_DIR, `roster_${plan.households}_s${plan.seed}.csv`);
  if (existsSync(path)) {
    return path;
  }
  const out = createWriteStream(`${path}.part`);
  const csv = stringify({ bom: true });
  csv.pipe(out);
  csv.write(ROSTER_FIELDS.map((f) => HEADER_SYNONYMS[f][0] ?? f));
  for (const g of generateHouseholds(plan)) {
    for (const row of rosterRows(g.index, g.input)) {
      if (!csv.write(row)) {
        await once(csv, 'drain');
      }
    }
  }
  csv.end();
  await once(out, 'finish');
  renameSync(`${path}.part`, path);
  return path;
}

async function counts(handle: DbHandle): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await handle.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

interface RosterArgs {
  readonly households: number;
  readonly seed: number;
  readonly batch: number;
  readonly dialects: readonly Dialect[];
  readonly pgUrl: string;
  readonly mode: 'valid_only' | 'all_or_nothing' | 'dry';
  /** How the raw side commits: like the import, once for the whole run; or after each batch. */
  readonly rawCommits: readonly RawCommit[];
  readonly keep: boolean;
}

function rosterArgs(): RosterArgs {
  const { values } = parseArgs({
    options: {
      households: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '1' },
      batch: { type: 'string', default: '1000' },
      dialect: { type: 'string', default: 'both' },
      mode: { type: 'string', default: 'valid_only' },
      'raw-commit': { type: 'string', default: 'both' },
      keep: { type: 'boolean', default: false },
    },
  });
  const mode = values.mode;
  if (mode !== 'valid_only' && mode !== 'all_or_nothing' && mode !== 'dry') {
    throw new Error(`--mode must be valid_only, all_or_nothing or dry, got ${mode}`);
  }
  const rawCommit = values['raw-commit'];
  if (rawCommit !== 'whole' && rawCommit !== 'batch' && rawCommit !== 'both') {
    throw new Error(`--raw-commit must be whole, batch or both, got ${rawCommit}`);
  }
  const dialect = values.dialect;
  return {
    households: Number(values.households.replace(/[_,]/g, '')),
    seed: Number(values.seed),
    batch: Number(values.batch),
    dialects: dialect === 'both' ? ['sqlite', 'postgres'] : [dialect as Dialect],
    pgUrl: process.env.BANGFU_BENCH_PG_URL ?? DEFAULT_PG_URL,
    mode,
    rawCommits: rawCommit === 'both' ? ['whole', 'batch'] : [rawCommit],
    keep: values.keep,
  };
}

/** The numbers a line of the CLI's zh-CN summary holds, after its label. */
function summaryNumbers(stdout: string, label: string): number[] {
  const line = stdout.split('\n').find((l) => l.trim().startsWith(label)) ?? '';
  return [...line.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

/**
 * Ours: `bangfu import households FILE` from dist/, in a process of its own (the import itself
 * runs in the CLI's worker thread), into a fresh database with the region's villages. The time
 * includes the CLI's start (about a second).
 */
async function runOurs(
  dialect: Dialect,
  plan: RegionPlan,
  args: RosterArgs,
  csv: string,
  stamp: string,
) {
  const dataDir = join(OUT_DIR, `roster_${stamp}_ours`);
  mkdirSync(dataDir, { recursive: true });
  const target: BenchDb =
    dialect === 'sqlite'
      ? { dialect, url: join(dataDir, 'bangfu.db'), schema: '' }
      : regionDb(dialect, `roster_${stamp}_ours`, args.pgUrl);
  const handle = await freshDb(target);
  await insertRegions(handle.db, plan);
  await handle.close();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LANG: 'zh_CN.UTF-8',
    BANGFU_DATA_DIR: dataDir,
    BANGFU_SESSION_SECRET: randomBytes(32).toString('hex'),
  };
  // SQLite: the CLI's own file in the data directory; PostgreSQL: the bench schema.
  delete env.BANGFU_DATABASE_URL;
  if (dialect === 'postgres') {
    env.BANGFU_DATABASE_URL = target.url;
    env.PGOPTIONS = `-c search_path=${target.schema}`;
  }
  const flags =
    args.mode === 'dry'
      ? ['--dry-run']
      : ['--mode', args.mode === 'all_or_nothing' ? 'all_or_nothing' : 'valid_only'];
  const report = join(dataDir, 'errors.csv');
  const run = await runCli(
    ['import', 'households', csv, ...flags, '--report', report],
    env,
    (soFar) =>
      console.log(
        `  ours ${Math.round(soFar.ms / 1000)} s: peak rss so far ${mb(soFar.peakRss)} MB`,
      ),
  );
  if (run.code !== 0) {
    throw new Error(
      `bangfu import households exited with ${run.code}:\n${run.stdout}\n${run.stderr}`,
    );
  }
  const check = openDb(target);
  const rows = await counts(check);
  await check.close();
  const [csvRows = 0] = summaryNumbers(run.stdout, '数据行');
  const [created = 0, , , rejected = 0] = summaryNumbers(run.stdout, '户：');
  if (!args.keep) {
    await dropDb(target);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { ...run, rows, mode: args.mode, csvRows, created, rejected };
}

async function openRaw(
  dialect: Dialect,
  url: string,
  schema: string,
  commit: RawCommit,
): Promise<RawInserter<unknown>> {
  return dialect === 'sqlite'
    ? rawSqlite(url, 1, commit)
    : rawPostgres(url, schema, 'unnest', commit);
}

/**
 * The raw driver inserting the same rows, generated in memory (no CSV to read, nothing to check or
 * match, no audit): only the driver's calls and the commit are timed.
 */
async function runRaw(
  dialect: Dialect,
  plan: RegionPlan,
  args: RosterArgs,
  stamp: string,
  commit: RawCommit,
) {
  const target = regionDb(dialect, `roster_${stamp}_raw_${commit}`, args.pgUrl);
  const setup = await freshDb(target);
  await insertRegions(setup.db, plan);
  await setup.close();
  const raw = await openRaw(dialect, target.url, target.schema, commit);
  let ms = 0;
  let cpuMs = 0;
  let done = 0;
  for (const batch of inBatches(generateHouseholds(plan), args.batch)) {
    const ops = raw.prepare(rawRowsFor(batch.map((g) => g.input)));
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await raw.insert(ops);
    const cpu = process.cpuUsage(c0);
    ms += performance.now() - t0;
    cpuMs += (cpu.user + cpu.system) / 1000;
    done += batch.length;
    if (done % (args.batch * 50) === 0) {
      console.log(`  raw (${commit}) ${done} households, ${rate(done, ms)}/s`);
    }
  }
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await raw.finish();
  const cpu = process.cpuUsage(c0);
  ms += performance.now() - t0;
  cpuMs += (cpu.user + cpu.system) / 1000;
  await raw.close();
  const check = openDb(target);
  const rows = await counts(check);
  await check.close();
  if (!args.keep) {
    await dropDb(target);
  }
  return { ms, cpuMs, rows, name: raw.name, commit };
}

function rate(households: number, ms: number): number {
  return Math.round(households / (ms / 1000));
}

function mb(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}

function figures(args: RosterArgs, ours: Awaited<ReturnType<typeof runOurs>>, households: number) {
  return {
    bench: 'import-roster',
    households,
    csvRows: ours.csvRows,
    batch: args.batch,
    ours: `bangfu import households (${ours.mode === 'dry' ? 'dry run' : `${ours.mode}, one transaction`}; built CLI, worker thread)`,
    rows: ours.rows,
    oursPerSecond: rate(households, ours.ms),
    oursSeconds: Math.round(ours.ms / 100) / 10,
    oursCpuSeconds: Math.round(ours.cpuMs / 100) / 10,
    peakRssMB: mb(ours.peakRss),
    created: ours.created,
    rejected: ours.rejected,
  };
}

async function benchDialect(dialect: Dialect, plan: RegionPlan, args: RosterArgs, csv: string) {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const loadBefore = currentLoad();
  const csvBytes = statSync(csv).size;
  console.log(`roster import ${dialect}: ${plan.households} households, ${csvBytes} bytes of CSV`);
  const ours = await runOurs(dialect, plan, args, csv, stamp);
  console.log(`  ours done: ${rate(plan.households, ours.ms)}/s, peak rss ${mb(ours.peakRss)} MB`);
  const base = { ...figures(args, ours, plan.households), dialect, csvBytes };
  if (args.mode === 'dry') {
    const result = {
      ...base,
      machine: await machine(dialect === 'postgres' ? args.pgUrl : null),
      loadBefore,
      loadAfter: currentLoad(),
    };
    recordResult(result);
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(`  ours: ${JSON.stringify(base)}`);
  const raws = [];
  for (const commit of args.rawCommits) {
    const raw = await runRaw(dialect, plan, args, stamp, commit);
    if (JSON.stringify(ours.rows) !== JSON.stringify(raw.rows)) {
      throw new Error(
        `row counts differ: ours ${JSON.stringify(ours.rows)} raw ${JSON.stringify(raw.rows)}`,
      );
    }
    const side = {
      raw: raw.name,
      rawCommit: commit,
      rawPerSecond: rate(plan.households, raw.ms),
      ratio: Math.round((raw.ms / ours.ms) * 100) / 100,
      rawSeconds: Math.round(raw.ms / 100) / 10,
      rawCpuSeconds: Math.round(raw.cpuMs / 100) / 10,
      cpuRatio: Math.round((raw.cpuMs / ours.cpuMs) * 100) / 100,
      loadAfter: currentLoad(),
    };
    console.log(`  raw done: ${JSON.stringify(side)}`);
    raws.push(side);
  }
  const [first, ...others] = raws;
  const result = {
    ...base,
    ...first,
    others,
    machine: await machine(dialect === 'postgres' ? args.pgUrl : null),
    loadBefore,
    loadAfter: currentLoad(),
  };
  recordResult(result);
  console.log(JSON.stringify(result, null, 2));
}

async function main(): Promise<void> {
  const args = rosterArgs();
  const plan = planRegion({ households: args.households, seed: args.seed, cadres: 1 });
  const csv = await writeRoster(plan);
  for (const dialect of args.dialects) {
    await benchDialect(dialect, plan, args, csv);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
