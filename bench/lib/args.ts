/** Command-line options shared by the benchmarks, parsed with node:util and checked once. */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

export const OUT_DIR = resolve(import.meta.dirname, '..', 'out');
export const DEFAULT_PG_URL = 'postgres://bangfu:bangfu@localhost:5432/bangfu_bench';

export interface BenchArgs {
  readonly households: number;
  readonly seed: number;
  readonly batch: number;
  readonly dialects: readonly ('sqlite' | 'postgres')[];
  readonly pgUrl: string;
  readonly samples: number;
  /** Keep the import benchmark's databases; keep the search benchmark's trial index. */
  readonly keep: boolean;
  readonly explain: boolean;
  /** The raw baseline's variant: sqlite rows per statement (`rows:1`), pg `unnest` or `values`. */
  readonly raw: string | undefined;
  /** Search: run ANALYZE on the SQLite database first (PostgreSQL is analyzed when built). */
  readonly analyze: boolean;
  /** Search: add the index proposed in RESULTS.md before measuring (dropped afterwards). */
  readonly proposed: boolean;
  /** Search: only scenarios whose name matches this pattern. */
  readonly only: RegExp | null;
  /** Search: stop a scenario after this many seconds (with at least 10 requests measured). */
  readonly budgetSeconds: number;
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) {
    return fallback;
  }
  const value = Number(raw.replace(/[_,]/g, ''));
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} must be a positive integer, got ${raw}`);
  }
  return value;
}

/** Parse argv; `defaults.households` differs per benchmark. */
export function benchArgs(defaults: { households: number; samples?: number }): BenchArgs {
  const { values } = parseArgs({
    options: {
      households: { type: 'string' },
      seed: { type: 'string' },
      batch: { type: 'string' },
      dialect: { type: 'string' },
      samples: { type: 'string' },
      keep: { type: 'boolean' },
      explain: { type: 'boolean' },
      raw: { type: 'string' },
      analyze: { type: 'boolean' },
      proposed: { type: 'boolean' },
      only: { type: 'string' },
      budget: { type: 'string' },
    },
  });
  const dialect = values.dialect ?? 'both';
  if (!['sqlite', 'postgres', 'both'].includes(dialect)) {
    throw new Error(`--dialect must be sqlite, postgres or both, got ${dialect}`);
  }
  return {
    households: positiveInt('households', values.households, defaults.households),
    seed: positiveInt('seed', values.seed, 1),
    batch: positiveInt('batch', values.batch, 2_000),
    dialects: dialect === 'both' ? ['sqlite', 'postgres'] : [dialect as 'sqlite' | 'postgres'],
    pgUrl: process.env.BANGFU_BENCH_PG_URL ?? DEFAULT_PG_URL,
    samples: positiveInt('samples', values.samples, defaults.samples ?? 200),
    keep: values.keep ?? false,
    explain: values.explain ?? false,
    raw: values.raw,
    analyze: values.analyze ?? false,
    proposed: values.proposed ?? false,
    only: values.only ? new RegExp(values.only) : null,
    budgetSeconds: positiveInt('budget', values.budget, 120),
  };
}
