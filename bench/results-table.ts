/** Print the results recorded in bench/out/results.jsonl as the Markdown tables of RESULTS.md. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from './lib/args.js';

interface P {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}
interface Line {
  at: string;
  bench: string;
  dialect: string;
  households: number;
  batch?: number;
  ours?: string;
  raw?: string;
  variant?: string;
  oursPerSecond?: number;
  rawPerSecond?: number;
  ratio?: number;
  cpuRatio?: number;
  loadBefore?: { loadavg: number[] };
  loadAfter?: { loadavg: number[] };
  results?: { name: string; ours: P; raw: P; oursCpu?: P; rawCpu?: P }[];
}

const lines = readFileSync(join(OUT_DIR, 'results.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Line);
const min = Number(process.argv[2] ?? 0);
const wanted = lines.filter((l) => l.households >= min);

function load(l: Line): string {
  const before = l.loadBefore?.loadavg[0];
  const after = l.loadAfter?.loadavg[0];
  return `${before ?? '?'} → ${after ?? '?'}`;
}

console.log(
  '| date (UTC) | dialect | N | batch | ours | raw | ours hh/s | raw hh/s | ratio | CPU ratio | load |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const l of wanted.filter((x) => x.bench === 'import')) {
  console.log(
    `| ${l.at.slice(0, 16)} | ${l.dialect} | ${l.households} | ${l.batch ?? ''} | ${l.ours ?? 'registerHouseholds'} | ${l.raw ?? ''} | ${l.oursPerSecond ?? ''} | ${l.rawPerSecond ?? ''} | ${l.ratio ?? ''} | ${l.cpuRatio ?? ''} | ${load(l)} |`,
  );
}
for (const l of wanted.filter((x) => x.bench === 'search')) {
  console.log(
    `\n${l.at.slice(0, 16)} ${l.dialect}, ${l.households} households, ${l.variant ?? 'as built'}, load ${load(l)}\n`,
  );
  console.log(
    '| request | n | ours p50 | p95 | p99 | raw p50 | p95 | p99 | ours/raw p50 | ours/raw p95 | ours CPU p50 | raw CPU p50 |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of l.results ?? []) {
    const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.001)) * 10) / 10;
    console.log(
      `| ${r.name} | ${r.ours.n} | ${r.ours.p50} | ${r.ours.p95} | ${r.ours.p99} | ${r.raw.p50} | ${r.raw.p95} | ${r.raw.p99} | ${ratio(r.ours.p50, r.raw.p50)} | ${ratio(r.ours.p95, r.raw.p95)} | ${r.oursCpu?.p50 ?? ''} | ${r.rawCpu?.p50 ?? ''} |`,
    );
  }
}
