/** One indicator's figure under the filters: from the summary rows (fast) or the records (raw). */
import { type IndicatorDef } from '../../domain/indicators/catalogue.js';
import type { IndicatorFilters } from '../../domain/indicators/indicator.schema.js';
import {
  addDays,
  growthPercent,
  growthYear,
  isWholeMonths,
  monthsBetween,
  percentOf,
  regionRange,
} from '../../domain/indicators/period.js';
import type { Conn } from '../../db/connect.js';
import {
  fastDistinctVillages,
  fastTotals,
  fastTotalsMany,
  type FastFilter,
} from '../../db/indicator-fast.repository.js';
import {
  rawDistinctVillages,
  rawTotals,
  type RawFilter,
  type Totals,
} from '../../db/indicator-raw.repository.js';

export interface Figure {
  readonly value: number | null;
  readonly byDim: Totals['byDim'];
  readonly parts: Readonly<Record<string, number>>;
  readonly path: 'fast' | 'raw';
}

/** Whether the summary rows can answer: no cadre filter, and whole months where a period applies. */
export function canUseFast(def: IndicatorDef, f: IndicatorFilters): boolean {
  if (f.cadre) {
    return false;
  }
  return def.kind !== 'sum' && def.kind !== 'distinct_villages'
    ? true
    : isWholeMonths(f.from, f.to);
}

/** The raw filter of a figure (the period only where the indicator has one). */
export function rawFilterOf(def: IndicatorDef, f: IndicatorFilters): RawFilter {
  const range = f.region ? regionRange(f.region) : undefined;
  return {
    from: def.filters.period ? f.from : undefined,
    to: def.filters.period ? f.to : undefined,
    low: range?.low,
    high: range?.high,
    unit: f.unit,
    cadre: f.cadre,
  };
}

function fastFilterOf(def: IndicatorDef, f: IndicatorFilters): FastFilter {
  const range = f.region ? regionRange(f.region) : undefined;
  const base = {
    low: range?.low,
    high: range?.high,
    prefixLength: range?.prefix.length,
    unit: f.unit,
  };
  if (!def.filters.period) {
    return base;
  }
  const monthFrom = f.from?.slice(0, 7);
  const monthTo = f.to?.slice(0, 7);
  const list = monthFrom && monthTo ? monthsBetween(monthFrom, monthTo) : undefined;
  return list && list.length <= 240 ? { ...base, months: list } : { ...base, monthFrom, monthTo };
}

async function totals(db: Conn, fact: string, fast: boolean, ff: FastFilter, rf: RawFilter) {
  return fast ? fastTotals(db, fact, ff) : rawTotals(db, fact, rf);
}

async function growth(
  db: Conn,
  def: IndicatorDef,
  input: { f: IndicatorFilters; today: string; fast: boolean },
) {
  const { f, fast } = input;
  const year = growthYear(f.to, input.today);
  const range = f.region ? regionRange(f.region) : undefined;
  const sumOf = async (y: number) => {
    const ff: FastFilter = {
      months: [`${y}-12`],
      low: range?.low,
      high: range?.high,
      prefixLength: range?.prefix.length,
    };
    const rf: RawFilter = {
      from: `${y}-01-01`,
      to: `${y}-12-31`,
      low: range?.low,
      high: range?.high,
    };
    return (await totals(db, def.fact, fast, ff, rf)).total;
  };
  const current = await sumOf(year);
  const previous = await sumOf(year - 1);
  return { value: growthPercent(current, previous), parts: { year, current, previous } };
}

/**
 * Compute a figure; `today` fixes the moment of recency figures and the default growth year.
 * Mode `raw` forces the raw query (the definition of truth), for checks and benchmarks.
 */
export async function computeFigure(
  db: Conn,
  def: IndicatorDef,
  f: IndicatorFilters,
  options: { today: string; mode?: 'auto' | 'raw' },
): Promise<Figure> {
  const today = options.today;
  const fast = options.mode !== 'raw' && canUseFast(def, f);
  const path = fast ? 'fast' : 'raw';
  const ff = fastFilterOf(def, f);
  const rf = rawFilterOf(def, f);
  switch (def.kind) {
    case 'sum': {
      const t = await totals(db, def.fact, fast, ff, rf);
      return { value: t.total, byDim: t.byDim, parts: {}, path };
    }
    case 'distinct_villages': {
      const n = fast
        ? await fastDistinctVillages(db, def.fact, ff)
        : await rawDistinctVillages(db, def.fact, rf);
      return { value: n, byDim: [], parts: {}, path };
    }
    case 'growth': {
      const g = await growth(db, def, { f, today, fast });
      return { ...g, byDim: [], path };
    }
    case 'share': {
      const numerator = (await totals(db, def.fact, fast, ff, rf)).total;
      const den = def.denominator ?? 'households';
      const denominator = (
        await totals(db, den, fast, { ...ff, unit: undefined }, { ...rf, unit: undefined })
      ).total;
      return {
        value: percentOf(numerator, denominator),
        byDim: [],
        parts: { numerator, denominator },
        path,
      };
    }
    case 'recency': {
      const since = addDays(today, -(def.days ?? 30));
      const t = await totals(db, def.fact, fast, { ...ff, monthFrom: since }, { ...rf, since });
      return {
        value: t.total,
        byDim: [],
        parts: { since: Number(since.replaceAll('-', '')) },
        path,
      };
    }
  }
}

/** Many figures under one filter: the fast sums in one query, the others one by one. */
export async function computeFigures(
  db: Conn,
  defs: readonly IndicatorDef[],
  f: IndicatorFilters,
  options: { today: string; mode?: 'auto' | 'raw' },
): Promise<Map<string, Figure>> {
  const out = new Map<string, Figure>();
  const batch =
    options.mode === 'raw' ? [] : defs.filter((d) => d.kind === 'sum' && canUseFast(d, f));
  const first = batch[0];
  if (first) {
    const totals = await fastTotalsMany(
      db,
      batch.map((d) => d.fact),
      fastFilterOf(first, f),
    );
    for (const d of batch) {
      const t = totals.get(d.fact) ?? { total: 0, byDim: [] };
      out.set(d.id, { value: t.total, byDim: t.byDim, parts: {}, path: 'fast' });
    }
  }
  for (const d of defs) {
    if (!out.has(d.id)) {
      out.set(d.id, await computeFigure(db, d, f, options));
    }
  }
  return out;
}
