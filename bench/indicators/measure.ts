/** Timing the whole-program dashboard through the app, and the raw queries of the same figures. */
import type { FastifyInstance } from 'fastify';
import { INDICATORS } from '../../src/domain/indicators/catalogue.js';
import type { IndicatorFilters } from '../../src/domain/indicators/indicator.schema.js';
import type { Db } from '../../src/db/connect.js';
import { computeFigure, type Figure } from '../../src/server/indicators/figure.js';
import { percentiles, type Percentiles } from '../lib/stats.js';

export interface Scenario {
  readonly name: string;
  readonly filters: IndicatorFilters;
}

export interface DashboardResult {
  readonly name: string;
  readonly ours: Percentiles;
  readonly raw: Percentiles;
  readonly equal: boolean;
  readonly differences: readonly string[];
}

interface AppValue {
  id: string;
  value: number | null;
  breakdown: { key: string; value: number }[];
  parts: Record<string, number>;
}

function urlOf(f: IndicatorFilters): string {
  const params = new URLSearchParams(
    Object.entries(f).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  return `/api/v1/indicators/values?${params.toString()}`;
}

async function ours(app: FastifyInstance, cookie: string, f: IndicatorFilters) {
  const t0 = performance.now();
  const res = await app.inject({ method: 'GET', url: urlOf(f), headers: { cookie } });
  const ms = performance.now() - t0;
  if (res.statusCode !== 200) {
    throw new Error(`${urlOf(f)}: ${res.statusCode} ${res.body}`);
  }
  return { ms, items: res.json<{ items: AppValue[] }>().items };
}

/** Every figure of the dashboard by its raw query, in the same order. */
async function raw(db: Db, f: IndicatorFilters, today: string) {
  const t0 = performance.now();
  const figures: Figure[] = [];
  for (const def of INDICATORS) {
    figures.push(await computeFigure(db, def, f, { today, mode: 'raw' }));
  }
  return { ms: performance.now() - t0, figures };
}

/** Where the app's values and the raw figures differ (empty when equal). */
function compare(items: readonly AppValue[], figures: readonly Figure[]): string[] {
  const out: string[] = [];
  INDICATORS.forEach((def, i) => {
    const a = items[i];
    const r = figures[i];
    const appSide = {
      value: a?.value,
      parts: a?.parts,
      by: def.breakdown ? a?.breakdown.map((b) => [b.key, b.value]) : [],
    };
    const rawSide = {
      value: r?.value,
      parts: r?.parts,
      by: def.breakdown ? r?.byDim.map((b) => [b.key, b.value]) : [],
    };
    if (JSON.stringify(appSide) !== JSON.stringify(rawSide)) {
      out.push(`${def.id}: app ${JSON.stringify(appSide)} raw ${JSON.stringify(rawSide)}`);
    }
  });
  return out;
}

/** Warm up, then `samples` dashboards through the app and `rawSamples` by the raw queries. */
export async function measureScenario(
  input: { app: FastifyInstance; cookie: string; db: Db; today: string },
  sc: Scenario,
  counts: { samples: number; rawSamples: number },
): Promise<DashboardResult> {
  for (let i = 0; i < 5; i += 1) {
    await ours(input.app, input.cookie, sc.filters);
  }
  const oursMs: number[] = [];
  const rawMs: number[] = [];
  let differences: string[] = [];
  for (let i = 0; i < Math.max(counts.samples, counts.rawSamples); i += 1) {
    const o = await ours(input.app, input.cookie, sc.filters);
    if (i < counts.samples) {
      oursMs.push(o.ms);
    }
    if (i < counts.rawSamples) {
      const r = await raw(input.db, sc.filters, input.today);
      rawMs.push(r.ms);
      differences = [...differences, ...compare(o.items, r.figures)];
    }
  }
  return {
    name: sc.name,
    ours: percentiles(oursMs),
    raw: percentiles(rawMs),
    equal: differences.length === 0,
    differences,
  };
}
