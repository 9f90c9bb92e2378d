/**
 * The work brief at region scale: GET /api/v1/reports/brief for a whole-region year through the
 * real app (app.inject, a signed-in leader), against the raw engine computing the same figures
 * with the raw queries (src/db/indicator-raw.repository.ts through computeFigure mode 'raw'), in
 * the same run; the brief's figures are checked equal to the raw ones. Needs the kept database
 * bench/out/dashboard_<households>_s<seed> (built by dashboard.bench.ts).
 *
 *   npx tsx bench/brief.bench.ts [--samples 5] [--raw-samples 1] [--from 2025-12-01 --to 2026-11-30]
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { today } from '../src/domain/common.schema.js';
import { INDICATORS } from '../src/domain/indicators/catalogue.js';
import { BRIEF_INDICATOR_IDS } from '../src/domain/reports/brief.compose.js';
import { BriefQuery } from '../src/domain/reports/brief.schema.js';
import type { Db } from '../src/db/connect.js';
import { buildApp } from '../src/server/app.js';
import { computeFigure, type Figure } from '../src/server/indicators/figure.js';
import { composeWorkBrief } from '../src/server/reports/brief.service.js';
import { DEFAULT_PG_URL } from './lib/args.js';
import { BENCH_PASSWORD } from './lib/build-db.js';
import { openDb, regionDb } from './lib/databases.js';
import { currentLoad, machine, recordResult } from './lib/machine.js';
import { percentiles } from './lib/stats.js';
import { dashboardName, manifestFile } from './indicators/build.js';

function options() {
  const { values } = parseArgs({
    options: {
      households: { type: 'string', default: '1600000' },
      seed: { type: 'string', default: '1' },
      dialect: { type: 'string', default: 'sqlite' },
      samples: { type: 'string', default: '5' },
      'raw-samples': { type: 'string', default: '1' },
      from: { type: 'string', default: '2025-12-01' },
      to: { type: 'string', default: '2026-11-30' },
    },
  });
  return {
    households: Number(values.households),
    seed: Number(values.seed),
    dialect: values.dialect === 'postgres' ? ('postgres' as const) : ('sqlite' as const),
    samples: Number(values.samples),
    rawSamples: Number(values['raw-samples']),
    query: BriefQuery.parse({ from: values.from, to: values.to }),
    pgUrl: process.env.BANGFU_BENCH_PG_URL ?? DEFAULT_PG_URL,
  };
}

function log(line: string): void {
  console.log(`[${new Date().toISOString()}] ${line}`);
}

/** Every figure the brief writes, by its raw query. */
async function rawFigures(db: Db, q: BriefQuery, day: string) {
  const t0 = performance.now();
  const figures = new Map<string, Figure>();
  for (const def of INDICATORS.filter((d) => BRIEF_INDICATOR_IDS.includes(d.id))) {
    const filters = { from: q.from, to: q.to, region: q.region, unit: q.unit };
    figures.set(def.id, await computeFigure(db, def, filters, { today: day, mode: 'raw' }));
    log(`raw ${def.id}: ${figures.get(def.id)?.value ?? 'null'}`);
  }
  return { ms: performance.now() - t0, figures };
}

/** Where the brief's figures and the raw ones differ: a figure written must equal its raw value,
 * and every positive raw value must be written. */
function differences(written: Map<string, number>, raw: Map<string, Figure>): string[] {
  const out: string[] = [];
  for (const [id, figure] of raw) {
    const value = figure.value ?? 0;
    const inBrief = written.get(id);
    if (value > 0 && inBrief !== value) {
      out.push(`${id}: brief ${inBrief ?? '(left out)'} raw ${value}`);
    }
    if (value <= 0 && inBrief !== undefined) {
      out.push(`${id}: brief ${inBrief} raw ${value}`);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const o = options();
  const name = dashboardName(o.households, o.seed);
  if (!existsSync(manifestFile(o.dialect, name))) {
    throw new Error(
      `${manifestFile(o.dialect, name)} is missing: build it with dashboard.bench.ts`,
    );
  }
  const handle = openDb(regionDb(o.dialect, name, o.pgUrl), 4);
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
    const url = `/api/v1/reports/brief?from=${o.query.from}&to=${o.query.to}`;
    const day = today();
    const oursMs: number[] = [];
    let bytes = 0;
    for (let i = 0; i <= o.samples; i += 1) {
      const t0 = performance.now();
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      const ms = performance.now() - t0;
      if (res.statusCode !== 200) {
        throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 500)}`);
      }
      bytes = res.rawPayload.length;
      log(`ours ${i === 0 ? 'warm-up' : `#${i}`}: ${Math.round(ms)} ms, ${bytes} bytes`);
      if (i > 0) {
        oursMs.push(ms);
      }
    }
    const brief = await composeWorkBrief(
      handle.db,
      { userId: 'bench', role: 'leader', cadreId: null },
      o.query,
      day,
    );
    const written = new Map(
      [...brief.summary, ...brief.sections.flatMap((s) => s.figures)].map((f) => [
        f.indicatorId,
        f.value,
      ]),
    );
    const rawMs: number[] = [];
    let diffs: string[] = [];
    for (let i = 0; i < o.rawSamples; i += 1) {
      const r = await rawFigures(handle.db, o.query, day);
      rawMs.push(r.ms);
      log(`raw #${i + 1}: ${Math.round(r.ms)} ms`);
      diffs = [...diffs, ...differences(written, r.figures)];
    }
    const ours = percentiles(oursMs);
    const raw = percentiles(rawMs);
    const ratio = Math.round(raw.p50 / Math.max(ours.p50, 0.01));
    console.log(
      `\n${o.dialect} ${name}, brief ${o.query.from} … ${o.query.to}, whole region\n| | n | p50 ms | p95 ms |\n|---|---|---|---|\n| ours (GET /reports/brief, .docx ${bytes} bytes) | ${ours.n} | ${ours.p50} | ${ours.p95} |\n| raw figures | ${raw.n} | ${raw.p50} | ${raw.p95} |\nraw p50 ÷ ours p50: ${ratio}×; figures equal: ${diffs.length === 0 ? 'yes' : 'NO'}`,
    );
    diffs.slice(0, 20).forEach((d) => console.log(`    differs: ${d}`));
    recordResult({
      bench: 'brief',
      dialect: o.dialect,
      name,
      scenario: `year (${o.query.from} … ${o.query.to}), whole region`,
      figures: written.size,
      bytes,
      ours,
      raw,
      ratio,
      equal: diffs.length === 0,
      machine: await machine(o.dialect === 'postgres' ? o.pgUrl : null),
      load: currentLoad(),
    });
    if (diffs.length > 0) {
      process.exitCode = 1;
    }
  } finally {
    await app.close();
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
