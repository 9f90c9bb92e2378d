/**
 * The whole-program dashboard at region scale: GET /api/v1/indicators/values through the real app
 * (app.inject, a signed-in leader) against the raw queries of the same figures, same run, results
 * asserted equal. Builds bench/out/dashboard_<households>_s<seed> first when its manifest is missing.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { today } from '../src/domain/common.schema.js';
import { buildApp } from '../src/server/app.js';
import { DEFAULT_PG_URL } from './lib/args.js';
import { BENCH_PASSWORD } from './lib/build-db.js';
import { openDb, regionDb } from './lib/databases.js';
import { currentLoad, machine, recordResult } from './lib/machine.js';
import { planRegion } from './lib/region.js';
import {
  buildDashboardDb,
  dashboardName,
  manifestFile,
  resumeDashboardDb,
} from './indicators/build.js';
import { measureScenario, type Scenario } from './indicators/measure.js';
import { measureTriggerOverhead } from './indicators/overhead.js';

function options() {
  const { values } = parseArgs({
    options: {
      households: { type: 'string', default: '1600000' },
      seed: { type: 'string', default: '1' },
      dialect: { type: 'string', default: 'sqlite' },
      samples: { type: 'string', default: '100' },
      'raw-samples': { type: 'string', default: '5' },
      rebuild: { type: 'boolean', default: false },
      resume: { type: 'boolean', default: false },
      overhead: { type: 'string' },
    },
  });
  const dialect = values.dialect ?? 'sqlite';
  return {
    households: Number(values.households),
    seed: Number(values.seed),
    dialects: (dialect === 'both' ? ['sqlite', 'postgres'] : [dialect]) as (
      'sqlite' | 'postgres'
    )[],
    samples: Number(values.samples),
    rawSamples: Number(values['raw-samples']),
    rebuild: values.rebuild ?? false,
    resume: values.resume ?? false,
    overhead: values.overhead ? Number(values.overhead) : 0,
    pgUrl: process.env.BANGFU_BENCH_PG_URL ?? DEFAULT_PG_URL,
  };
}

type Options = ReturnType<typeof options>;

function scenarios(households: number, seed: number): Scenario[] {
  const plan = planRegion({ households, seed });
  const last = plan.villages[plan.villages.length - 1]?.code ?? '653000000000';
  const prefecture = `${last.slice(0, 4)}00000000`;
  const year = { from: '2025-12-01', to: '2026-11-30' };
  return [
    { name: `year (${year.from} … ${year.to}), whole program`, filters: year },
    { name: `year, prefecture ${prefecture}`, filters: { ...year, region: prefecture } },
    { name: 'month (2026-10), whole program', filters: { from: '2026-10-01', to: '2026-10-31' } },
  ];
}

async function runDialect(dialect: 'sqlite' | 'postgres', o: Options): Promise<void> {
  const name = dashboardName(o.households, o.seed);
  const target = regionDb(dialect, name, o.pgUrl);
  if (o.resume && !existsSync(manifestFile(dialect, name))) {
    const ms = await resumeDashboardDb(target);
    const manifest = {
      bench: 'dashboard-build',
      dialect,
      name,
      households: o.households,
      resumed: true,
      backfillSeconds: Math.round(ms / 1000),
    };
    writeFileSync(manifestFile(dialect, name), JSON.stringify(manifest, null, 2));
    recordResult(manifest);
  }
  if (o.rebuild || !existsSync(manifestFile(dialect, name))) {
    await buildDashboardDb(target, { households: o.households, seed: o.seed, pgUrl: o.pgUrl });
  }
  const handle = openDb(target, 4);
  const app = await buildApp({
    handle,
    sessionSecret: 'bench-secret-bench-secret-bench-secret-01',
    cookieSecure: 'false',
    dataDir: mkdtempSync(join(tmpdir(), 'bangfu-bench-')),
  });
  await app.ready();
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'leader', password: BENCH_PASSWORD },
    });
    const cookie = String(login.headers['set-cookie'] ?? '').split(';')[0] ?? '';
    console.log(
      `\n${dialect} ${name}\n| dashboard | n | ours p50 | ours p95 | raw n | raw p50 | raw p95 | raw p95 ÷ ours p95 | equal |\n|---|---|---|---|---|---|---|---|---|`,
    );
    for (const sc of scenarios(o.households, o.seed)) {
      const r = await measureScenario({ app, cookie, db: handle.db, today: today() }, sc, o);
      const ratio = Math.round(r.raw.p95 / Math.max(r.ours.p95, 0.01));
      console.log(
        `| ${r.name} | ${r.ours.n} | ${r.ours.p50} | ${r.ours.p95} | ${r.raw.n} | ${r.raw.p50} | ${r.raw.p95} | ${ratio}× | ${r.equal ? 'yes' : 'NO'} |`,
      );
      for (const d of r.differences.slice(0, 10)) {
        console.log(`    differs: ${d}`);
      }
      recordResult({
        bench: 'dashboard',
        dialect,
        name,
        scenario: r.name,
        ours: r.ours,
        raw: r.raw,
        equal: r.equal,
        machine: await machine(dialect === 'postgres' ? o.pgUrl : null),
        load: currentLoad(),
      });
      if (!r.equal) {
        process.exitCode = 1;
      }
    }
  } finally {
    await app.close();
    await handle.close();
  }
}

async function main(): Promise<void> {
  const o = options();
  for (const dialect of o.dialects) {
    if (o.overhead > 0) {
      await measureTriggerOverhead(dialect, o.overhead, o.pgUrl);
    } else {
      await runDialect(dialect, o);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
