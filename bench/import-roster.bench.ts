/**
 * The roster import at region scale: a seeded CSV roster (one row per person) imported through the
 * real import path (importRoster, the function behind `bangfu import households`) versus the raw
 * driver inserting the same rows, each into a fresh database of the same run; with peak RSS.
 *
 *   npx tsx bench/import-roster.bench.ts --households 20000 --dialect both
 *   npx tsx bench/import-roster.bench.ts --households 20000 --proposed   # with the todayIn fix (below)
 *   npx tsx bench/import-roster.bench.ts --mode all_or_nothing           # check pass + write pass
 *   npx tsx bench/import-roster.bench.ts --mode dry --households 1600000 # read and check only (no raw side)
 *   nohup npx tsx bench/import-roster.bench.ts --households 1600000 --dialect sqlite > bench/out/roster-1600000-sqlite.log 2>&1 &
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify';
import type { Conn, DbHandle, Dialect } from '../src/db/connect.js';
import type { NewHousehold } from '../src/db/household.repository.js';
import { newId } from '../src/db/ids.js';
import { ImportOptions } from '../src/domain/imports/import.schema.js';
import { HEADER_SYNONYMS, ROSTER_FIELDS } from '../src/domain/imports/roster-fields.js';
import { choiceLabel } from '../src/domain/imports/roster-values.js';
import type { HouseholdCreate } from '../src/domain/registry/household.schema.js';
import { importRoster } from '../src/server/imports/roster-import.service.js';
import { generateHouseholds, inBatches, planRegion, type RegionPlan } from './generate-region.js';
import { parseArgs } from 'node:util';
import { DEFAULT_PG_URL, OUT_DIR } from './lib/args.js';
import { dropDb, freshDb, openDb, regionDb } from './lib/databases.js';
import { currentLoad, machine, recordResult } from './lib/machine.js';
import { rawPostgres, rawSqlite, type RawInserter } from './lib/raw-insert.js';
import { insertColumns } from './lib/proposed-insert.js';
import { RAW_TABLES, rawRowsFor, rowsOfBuilt } from './lib/raw-rows.js';
import { insertRegions } from './lib/reference.js';

/**
 * `--proposed` measures two proposals: the bulk insert of bench/lib/proposed-insert.ts (pg unnest,
 * SQLite json_each: one parameter per column) in place of insertHouseholds' multi-row VALUES, and
 * the proposed fix of todayIn (src/domain/validation/dates.ts: one cached
 * Intl.DateTimeFormat per zone instead of a new one per call) does, simulated by caching the
 * formatters here. Every zod parse of a person calls today() three times; each call builds a
 * formatter (~0.3 ms and ICU memory the GC reclaims late).
 */
function cacheDateTimeFormats(): void {
  const Original = Intl.DateTimeFormat;
  const cache = new Map<string, Intl.DateTimeFormat>();
  function Cached(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    const key = JSON.stringify([locales ?? null, options ?? null]);
    const hit = cache.get(key) ?? new Original(locales, options);
    cache.set(key, hit);
    return hit;
  }
  Object.setPrototypeOf(Cached, Original);
  Cached.prototype = Original.prototype;
  (Intl as { DateTimeFormat: unknown }).DateTimeFormat = Cached;
}

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

/** Sample RSS every 100 ms while `work` runs; returns its wall time and the peak. */
async function sampled<T>(
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; cpuMs: number; peakRss: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    const value = await work();
    const cpu = process.cpuUsage(c0);
    return {
      value,
      ms: performance.now() - t0,
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakRss: Math.max(peak, process.memoryUsage().rss),
    };
  } finally {
    clearInterval(timer);
  }
}

interface RosterArgs {
  readonly households: number;
  readonly seed: number;
  readonly batch: number;
  readonly dialects: readonly Dialect[];
  readonly pgUrl: string;
  readonly mode: 'valid_only' | 'all_or_nothing' | 'dry';
  readonly proposed: boolean;
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
      proposed: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const mode = values.mode;
  if (mode !== 'valid_only' && mode !== 'all_or_nothing' && mode !== 'dry') {
    throw new Error(`--mode must be valid_only, all_or_nothing or dry, got ${mode}`);
  }
  const dialect = values.dialect;
  return {
    households: Number(values.households.replace(/[_,]/g, '')),
    seed: Number(values.seed),
    batch: Number(values.batch),
    dialects: dialect === 'both' ? ['sqlite', 'postgres'] : [dialect as Dialect],
    pgUrl: process.env.BANGFU_BENCH_PG_URL ?? DEFAULT_PG_URL,
    mode,
    proposed: values.proposed,
    keep: values.keep,
  };
}

async function runOurs(
  dialect: Dialect,
  plan: RegionPlan,
  args: RosterArgs,
  csv: string,
  stamp: string,
) {
  const target = regionDb(dialect, `roster_${stamp}_ours`, args.pgUrl);
  const handle = await freshDb(target);
  await insertRegions(handle.db, plan);
  global.gc?.();
  const options = ImportOptions.parse({
    dryRun: args.mode === 'dry',
    mode: args.mode === 'all_or_nothing' ? 'all_or_nothing' : 'valid_only',
  });
  let last = 0;
  const run = await sampled(() =>
    importRoster(handle.db, {
      path: csv,
      format: 'csv',
      options,
      actor: null,
      importId: newId(),
      reportPath: join(OUT_DIR, `roster_${stamp}_errors.csv`),
      locale: 'zh-CN',
      batchSize: args.batch,
      ...(args.proposed
        ? {
            // The bulk insert RESULTS.md proposes for household.repository.ts (one parameter per column).
            insertNew: async (tx: Conn, built: readonly NewHousehold[]) => {
              const rows = rowsOfBuilt(built);
              for (const table of RAW_TABLES) {
                if (rows[table].length > 0) {
                  await insertColumns(tx, dialect, table, rows[table]);
                }
              }
            },
          }
        : {}),
      onProgress: ({ fraction, rowsRead }) => {
        if (fraction - last >= 0.05) {
          last = fraction;
          console.log(
            `  ours ${Math.round(fraction * 100)}%: ${rowsRead} rows, rss ${mb(process.memoryUsage().rss)} MB`,
          );
        }
      },
    }),
  );
  const rows = await counts(handle);
  await handle.close();
  if (!args.keep) {
    await dropDb(target);
  }
  return { ...run, rows, mode: args.mode };
}

async function openRaw(
  dialect: Dialect,
  url: string,
  schema: string,
): Promise<RawInserter<unknown>> {
  return dialect === 'sqlite' ? rawSqlite(url, 1) : rawPostgres(url, schema, 'unnest');
}

async function runRaw(dialect: Dialect, plan: RegionPlan, args: RosterArgs, stamp: string) {
  const target = regionDb(dialect, `roster_${stamp}_raw`, args.pgUrl);
  const setup = await freshDb(target);
  await insertRegions(setup.db, plan);
  await setup.close();
  const raw = await openRaw(dialect, target.url, target.schema);
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
      console.log(`  raw ${done} households, ${rate(done, ms)}/s`);
    }
  }
  await raw.close();
  const check = openDb(target);
  const rows = await counts(check);
  await check.close();
  if (!args.keep) {
    await dropDb(target);
  }
  return { ms, cpuMs, rows, name: raw.name };
}

function rate(households: number, ms: number): number {
  return Math.round(households / (ms / 1000));
}

function mb(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}

function figures(args: RosterArgs, ours: Awaited<ReturnType<typeof runOurs>>, households: number) {
  const summary = ours.value.summary;
  return {
    bench: 'import-roster',
    households,
    csvRows: summary.rows,
    batch: args.batch,
    ours: `importRoster (${ours.mode === 'dry' ? 'dry run' : `${ours.mode}, one transaction`})${args.proposed ? ' + proposed todayIn cache and bulk insert' : ''}`,
    rows: ours.rows,
    oursPerSecond: rate(households, ours.ms),
    oursSeconds: Math.round(ours.ms / 100) / 10,
    oursCpuSeconds: Math.round(ours.cpuMs / 100) / 10,
    peakRssMB: mb(ours.peakRss),
    created: summary.households.created,
    rejected: summary.households.rejected,
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
  const raw = await runRaw(dialect, plan, args, stamp);
  if (JSON.stringify(ours.rows) !== JSON.stringify(raw.rows)) {
    throw new Error(
      `row counts differ: ours ${JSON.stringify(ours.rows)} raw ${JSON.stringify(raw.rows)}`,
    );
  }
  const result = {
    ...base,
    raw: raw.name,
    rawPerSecond: rate(plan.households, raw.ms),
    ratio: Math.round((raw.ms / ours.ms) * 100) / 100,
    rawSeconds: Math.round(raw.ms / 100) / 10,
    rawCpuSeconds: Math.round(raw.cpuMs / 100) / 10,
    cpuRatio: Math.round((raw.cpuMs / ours.cpuMs) * 100) / 100,
    machine: await machine(dialect === 'postgres' ? args.pgUrl : null),
    loadBefore,
    loadAfter: currentLoad(),
  };
  recordResult(result);
  console.log(JSON.stringify(result, null, 2));
}

async function main(): Promise<void> {
  const args = rosterArgs();
  if (args.proposed) {
    cacheDateTimeFormats();
  }
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
