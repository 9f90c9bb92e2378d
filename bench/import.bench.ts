/**
 * Bulk registration: registerHouseholds (the domain's bulk path, one transaction per batch) versus
 * the raw driver inserting the same rows, into two fresh databases in the same run.
 */
import type { Dialect, DbHandle } from '../src/db/connect.js';
import { registerHouseholds } from '../src/server/registry/household.service.js';
import { generateHouseholds, inBatches, planRegion, type RegionPlan } from './generate-region.js';
import { benchArgs, type BenchArgs } from './lib/args.js';
import { dropDb, freshDb, openDb, regionDb, type BenchDb } from './lib/databases.js';
import { currentLoad, machine, recordResult } from './lib/machine.js';
import { rawPostgres, rawSqlite, type RawInserter } from './lib/raw-insert.js';
import { rawRowsFor } from './lib/raw-rows.js';
import { insertRegions } from './lib/reference.js';

const TABLES = ['households', 'persons', 'household_status_changes', 'household_search'] as const;

async function openRaw(
  target: BenchDb,
  variant: string | undefined,
): Promise<RawInserter<unknown>> {
  if (target.dialect === 'sqlite') {
    const rows = Number((variant ?? 'rows:1').replace('rows:', ''));
    return rawSqlite(target.url, Number.isInteger(rows) && rows > 0 ? rows : 1);
  }
  const mode = variant === 'values' ? 'values' : 'unnest';
  return rawPostgres(target.url, target.schema, mode);
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

interface Timings {
  oursMs: number;
  rawMs: number;
  /** CPU of this process: everything for SQLite, the client's share for pg. */
  oursCpuMs: number;
  rawCpuMs: number;
}

/** Run `work`, adding its wall-clock and CPU milliseconds to the side's totals. */
async function timed(
  t: Timings,
  side: 'ours' | 'raw',
  work: () => Promise<unknown>,
): Promise<void> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const cpu = process.cpuUsage(c0);
  t[`${side}Ms`] += performance.now() - t0;
  t[`${side}CpuMs`] += (cpu.user + cpu.system) / 1000;
}

async function timeBatches(
  plan: RegionPlan,
  args: BenchArgs,
  ours: DbHandle,
  raw: RawInserter<unknown>,
): Promise<Timings> {
  const timings: Timings = { oursMs: 0, rawMs: 0, oursCpuMs: 0, rawCpuMs: 0 };
  let done = 0;
  let turn = 0;
  for (const batch of inBatches(generateHouseholds(plan), args.batch)) {
    const inputs = batch.map((h) => h.input);
    const ops = raw.prepare(rawRowsFor(inputs));
    const register = () => registerHouseholds(ours.db, null, inputs, { audit: 'summary' });
    const runOurs = () => timed(timings, 'ours', register);
    const runRaw = () => timed(timings, 'raw', () => raw.insert(ops));
    // Alternate who goes first, so garbage collection and cache warmth fall on both sides.
    turn += 1;
    await (turn % 2 === 0 ? runOurs().then(runRaw) : runRaw().then(runOurs));
    done += batch.length;
    if (done % (args.batch * 25) === 0) {
      console.log(
        `  ${done} households: ours ${rate(done, timings.oursMs)}/s, raw ${rate(done, timings.rawMs)}/s`,
      );
    }
  }
  return timings;
}

function rate(households: number, ms: number): number {
  return Math.round(households / (ms / 1000));
}

async function benchDialect(dialect: Dialect, args: BenchArgs): Promise<void> {
  const plan = planRegion({ households: args.households, seed: args.seed, cadres: 1 });
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const oursDb = regionDb(dialect, `import_${stamp}_ours`, args.pgUrl);
  const rawDb = regionDb(dialect, `import_${stamp}_raw`, args.pgUrl);
  const ours = await freshDb(oursDb);
  const rawSetup = await freshDb(rawDb);
  await insertRegions(ours.db, plan);
  await insertRegions(rawSetup.db, plan);
  await rawSetup.close();
  const raw = await openRaw(rawDb, args.raw);
  const loadBefore = currentLoad();
  console.log(
    `import ${dialect}: ${plan.households} households in batches of ${args.batch}; raw = ${raw.name}`,
  );
  try {
    const t = await timeBatches(plan, args, ours, raw);
    await raw.close();
    const check = openDb(rawDb);
    const [oursRows, rawRows] = [await counts(ours), await counts(check)];
    await check.close();
    if (JSON.stringify(oursRows) !== JSON.stringify(rawRows)) {
      throw new Error(
        `row counts differ: ours ${JSON.stringify(oursRows)} raw ${JSON.stringify(rawRows)}`,
      );
    }
    const result = {
      bench: 'import',
      dialect,
      households: plan.households,
      batch: args.batch,
      rows: oursRows,
      raw: raw.name,
      ours: 'registerHouseholds',
      oursPerSecond: rate(plan.households, t.oursMs),
      rawPerSecond: rate(plan.households, t.rawMs),
      ratio: Math.round((t.rawMs / t.oursMs) * 100) / 100,
      oursSeconds: Math.round(t.oursMs / 100) / 10,
      rawSeconds: Math.round(t.rawMs / 100) / 10,
      oursCpuSeconds: Math.round(t.oursCpuMs / 100) / 10,
      rawCpuSeconds: Math.round(t.rawCpuMs / 100) / 10,
      cpuRatio: Math.round((t.rawCpuMs / t.oursCpuMs) * 100) / 100,
      machine: await machine(dialect === 'postgres' ? args.pgUrl : null),
      loadBefore,
      loadAfter: currentLoad(),
    };
    recordResult(result);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await ours.close();
    if (!args.keep) {
      await dropDb(oursDb);
      await dropDb(rawDb);
    }
  }
}

async function main(): Promise<void> {
  const args = benchArgs({ households: 200_000 });
  for (const dialect of args.dialects) {
    await benchDialect(dialect, args);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
