/** Timing one scenario: each request through the app (inject) and through the raw engine. */
import type { FastifyInstance } from 'fastify';
import { BENCH_PASSWORD } from './build-db.js';
import { pageIds, type ListFilters, type RawEngine, type RawQuery } from './raw-search.js';
import type { Scenario } from './scenarios.js';
import { percentiles, type Percentiles } from './stats.js';

export interface Measured {
  readonly name: string;
  readonly group: string;
  readonly ours: Percentiles;
  readonly raw: Percentiles;
  /** CPU time of this process per request (all of SQLite's work; only the client's for pg). */
  readonly oursCpu: Percentiles;
  readonly rawCpu: Percentiles;
  readonly oursMs: number[];
  readonly rawMs: number[];
  readonly oursCpuMs: number[];
  readonly rawCpuMs: number[];
  readonly mismatches: number;
}

/** Sign the benchmark's coordinator in through the real login route; returns the cookie. */
export async function signIn(app: FastifyInstance): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'coordinator', password: BENCH_PASSWORD },
  });
  if (res.statusCode !== 200) {
    throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  }
  const set = res.headers['set-cookie'];
  return ((Array.isArray(set) ? set[0] : set) ?? '').split(';')[0] ?? '';
}

function urlOf(f: ListFilters): string {
  const params = new URLSearchParams(
    Object.entries(f).map(([k, v]): [string, string] => [k, String(v)]),
  );
  return `/api/v1/households?${params.toString()}`;
}

interface Timed {
  readonly ms: number;
  readonly cpuMs: number;
  readonly ids: string[];
}

/** Milliseconds of CPU (user + system) since `from`. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

async function timeOurs(app: FastifyInstance, cookie: string, f: ListFilters): Promise<Timed> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const res = await app.inject({ method: 'GET', url: urlOf(f), headers: { cookie } });
  const ms = performance.now() - t0;
  const cpuMs = cpuSince(c0);
  if (res.statusCode !== 200) {
    throw new Error(`${urlOf(f)}: ${res.statusCode} ${res.body}`);
  }
  return { ms, cpuMs, ids: res.json<{ items: { id: string }[] }>().items.map((x) => x.id) };
}

async function timeRaw(raw: RawEngine, f: ListFilters, query: RawQuery): Promise<Timed> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const rows = await raw.run(query);
  const ms = performance.now() - t0;
  return { ms, cpuMs: cpuSince(c0), ids: pageIds(rows, f.limit) };
}

/**
 * Ten warm-up requests, then every request through the app and raw, alternating who goes first;
 * a slow scenario stops after `budgetMs` (the count n says how many were measured).
 */
export async function measure(
  app: FastifyInstance,
  cookie: string,
  raw: RawEngine,
  sc: Scenario,
  budgetMs: number,
): Promise<Measured> {
  const oursMs: number[] = [];
  const rawMs: number[] = [];
  const oursCpuMs: number[] = [];
  const rawCpuMs: number[] = [];
  let mismatches = 0;
  const warmup = sc.requests.slice(0, 10).map((f, i) => [f, sc.queries[i]] as const);
  const all = [...warmup, ...sc.requests.map((f, i) => [f, sc.queries[i]] as const)];
  const started = performance.now();
  for (const [i, [f, query]] of all.entries()) {
    if (!query) {
      throw new Error(`no query for request ${i} of ${sc.name}`);
    }
    if (oursMs.length >= 10 && performance.now() - started > budgetMs) {
      break;
    }
    let ours: Timed;
    let plain: Timed;
    if (i % 2 === 0) {
      ours = await timeOurs(app, cookie, f);
      plain = await timeRaw(raw, f, query);
    } else {
      plain = await timeRaw(raw, f, query);
      ours = await timeOurs(app, cookie, f);
    }
    if (i >= warmup.length) {
      oursMs.push(ours.ms);
      rawMs.push(plain.ms);
      oursCpuMs.push(ours.cpuMs);
      rawCpuMs.push(plain.cpuMs);
    }
    mismatches += JSON.stringify(ours.ids) === JSON.stringify(plain.ids) ? 0 : 1;
  }
  return {
    name: sc.name,
    group: sc.group,
    ours: percentiles(oursMs),
    raw: percentiles(rawMs),
    oursCpu: percentiles(oursCpuMs),
    rawCpu: percentiles(rawCpuMs),
    oursMs,
    rawMs,
    oursCpuMs,
    rawCpuMs,
    mismatches,
  };
}
