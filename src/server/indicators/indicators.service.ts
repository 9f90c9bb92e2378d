/** Indicators: the catalogue, values with drill-down, series and the records behind a figure. */
import { today } from '../../domain/common.schema.js';
import { invalid } from '../../domain/errors.js';
import {
  INDICATORS,
  indicatorById,
  unsupportedFilters,
  type IndicatorDef,
} from '../../domain/indicators/catalogue.js';
import type {
  IndicatorFilters,
  IndicatorRecord,
  IndicatorValue,
  RecordsQuery,
  SeriesQuery,
  ValuesQuery,
} from '../../domain/indicators/indicator.schema.js';
import { addDays, growthYear } from '../../domain/indicators/period.js';
import { translate, type Locale } from '../../domain/messages/i18n.js';
import { isPairingScoped, type Actor } from '../../domain/roles.js';
import type { Conn } from '../../db/connect.js';
import { rawRecords, rawSeries, type RawFilter } from '../../db/indicator-raw.repository.js';
import { fastSeries } from '../../db/indicator-fast.repository.js';
import { assertCan, listScope } from '../registry/scope.js';
import { canUseFast, computeFigures, rawFilterOf } from './figure.js';
import { drillOf, filterQuery, presentValue } from './present.js';
import { seriesLabels } from './series-labels.js';

/** The filters an actor gets: a cadre's figures cover only their own households. */
export function scopedFilters<T extends IndicatorFilters>(actor: Actor, query: T): T {
  assertCan(actor, 'measures.read');
  if (!isPairingScoped(actor.role)) {
    return query;
  }
  return { ...query, cadre: listScope(actor).cadreId ?? undefined };
}

/** The catalogue in a locale. */
export function describeIndicators(actor: Actor, locale: Locale) {
  assertCan(actor, 'measures.read');
  return INDICATORS.map((def) => ({
    id: def.id,
    measure: def.measure,
    kind: def.kind,
    name: translate(locale, `indicator.${def.id}.name`),
    definition: translate(locale, `indicator.${def.id}.definition`),
    sentence: translate(locale, `indicator.${def.id}.sentence`),
    unit: def.unit,
    unitLabel: translate(locale, `indicator.unit.${def.unit}`),
    money: def.money,
    breakdown: def.breakdown ?? null,
    fast: def.fast,
    filters: { ...def.filters, region: true },
  }));
}

function unsupportedValue(
  def: IndicatorDef,
  filters: IndicatorFilters,
  locale: Locale,
): IndicatorValue {
  return {
    id: def.id,
    value: null,
    display: null,
    unitLabel: translate(locale, `indicator.unit.${def.unit}`),
    breakdown: [],
    parts: {},
    path: canUseFast(def, filters) ? 'fast' : 'raw',
    unsupported: unsupportedFilters(def, filters),
    drill: drillOf(def, filters),
  };
}

/** Values of the requested indicators (all when none named) under the filters. */
export async function indicatorValues(
  db: Conn,
  actor: Actor,
  query: ValuesQuery,
  options: { locale: Locale; today?: string },
) {
  const { ids, ...rest } = scopedFilters(actor, query);
  const filters: IndicatorFilters = rest;
  const defs = ids.length > 0 ? INDICATORS.filter((d) => ids.includes(d.id)) : INDICATORS;
  const supported = defs.filter((d) => unsupportedFilters(d, filters).length === 0);
  const figures = await computeFigures(db, supported, filters, {
    today: options.today ?? today(),
  });
  const items: IndicatorValue[] = [];
  for (const def of defs) {
    const figure = figures.get(def.id);
    items.push(
      figure
        ? await presentValue(db, { def, filters, figure, locale: options.locale })
        : unsupportedValue(def, filters, options.locale),
    );
  }
  return { filters: filterQuery(filters), items };
}

function definitionOf(id: string): IndicatorDef {
  const def = indicatorById(id);
  if (!def) {
    throw invalid([{ path: 'id', key: 'field.indicator' }]);
  }
  return def;
}

/** A sum indicator per month, village or unit. @throws AppError validation for other kinds */
export async function indicatorSeries(db: Conn, actor: Actor, query: SeriesQuery, locale: Locale) {
  const { id, by, ...rest } = scopedFilters(actor, query);
  const def = definitionOf(id);
  if (def.kind !== 'sum' || (by === 'unit' && !def.filters.unit)) {
    throw invalid([{ path: 'id', key: 'field.indicator_series' }]);
  }
  const filters: IndicatorFilters = rest;
  if (unsupportedFilters(def, filters).length > 0) {
    return { id, by, path: 'raw' as const, points: [] };
  }
  const fast = canUseFast(def, filters);
  const points = fast
    ? await fastSeries(db, def.fact, fastSeriesFilter(def, filters), by)
    : await rawSeries(db, def.fact, rawFilterOf(def, filters), by);
  const labels = await seriesLabels(
    db,
    by,
    points.map((p) => p.key),
    locale,
  );
  return {
    id,
    by,
    path: fast ? ('fast' as const) : ('raw' as const),
    points: points.map((p) => ({ ...p, label: labels.get(p.key) ?? p.key })),
  };
}

function fastSeriesFilter(def: IndicatorDef, f: IndicatorFilters) {
  const raw = rawFilterOf(def, f);
  return {
    low: raw.low,
    high: raw.high,
    prefixLength: raw.low?.length,
    unit: raw.unit,
    monthFrom: raw.from?.slice(0, 7),
    monthTo: raw.to?.slice(0, 7),
  };
}

/** The filter of the records behind a figure (for share and growth: the records they count). */
function recordsFilter(def: IndicatorDef, f: IndicatorFilters, day: string): RawFilter {
  const raw = rawFilterOf(def, f);
  if (def.kind === 'recency') {
    return { ...raw, since: addDays(day, -(def.days ?? 30)) };
  }
  if (def.kind === 'growth') {
    const year = growthYear(f.to, day);
    return { ...raw, from: `${year - 1}-01-01`, to: `${year}-12-31`, unit: undefined };
  }
  return raw;
}

/** The records behind a figure, newest first, keyset-paginated. */
export async function indicatorRecords(
  db: Conn,
  actor: Actor,
  id: string,
  query: RecordsQuery,
  options: { today?: string } = {},
): Promise<{ items: IndicatorRecord[]; nextCursor: string | null }> {
  const { limit, cursor, dim, ...rest } = scopedFilters(actor, query);
  const def = definitionOf(id);
  const filters: IndicatorFilters = rest;
  if (unsupportedFilters(def, filters).length > 0) {
    return { items: [], nextCursor: null };
  }
  const f = { ...recordsFilter(def, filters, options.today ?? today()), dim };
  const page = await rawRecords(db, def.fact, f, { limit, cursor });
  return {
    items: page.items.map((r) => ({
      recordKind: r.record_kind,
      recordId: r.record_id,
      part: r.part,
      date: r.date,
      villageCode: r.village_code,
      householdId: r.household_id,
      dimKey: r.dim_key,
      value: r.value,
    })),
    nextCursor: page.nextCursor,
  };
}
