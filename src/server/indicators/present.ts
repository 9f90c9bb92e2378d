/** Turning figures into the API's values: display units, breakdown labels and the drill-down link. */
import type { Breakdown, IndicatorDef } from '../../domain/indicators/catalogue.js';
import type { IndicatorFilters, IndicatorValue } from '../../domain/indicators/indicator.schema.js';
import { translate, type Locale } from '../../domain/messages/i18n.js';
import type { Conn } from '../../db/connect.js';
import type { Figure } from './figure.js';

/** Where the catalogue keeps the labels of each breakdown's keys. */
const LABEL_PREFIX: Partial<Record<Breakdown, string>> = {
  place: 'job_place',
  medical_kind: 'medical_kind',
  category: 'project_category',
  channel: 'channel',
  credential_kind: 'credential',
  certification_kind: 'certification',
};

/** The value in the indicator's display unit: 元 and 万元 from fen, percent with one decimal. */
export function displayOf(def: IndicatorDef, value: number | null): string | null {
  if (value === null) {
    return null;
  }
  if (def.unit === 'percent') {
    return value.toFixed(1);
  }
  if (def.money) {
    return (value / (def.unit === 'wan_yuan' ? 1_000_000 : 100)).toFixed(2);
  }
  return String(value);
}

/** The filters as query parameters (only those given). */
export function filterQuery(f: IndicatorFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['from', 'to', 'region', 'unit', 'cadre'] as const) {
    const value = f[key];
    if (value) {
      out[key] = value;
    }
  }
  return out;
}

/** Labels of breakdown keys: donation items by name and unit, enums from the catalogue. */
export async function breakdownLabels(
  db: Conn,
  def: IndicatorDef,
  keys: readonly string[],
  locale: Locale,
): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  if (def.breakdown === 'item' && keys.length > 0) {
    const items = await db
      .selectFrom('donation_items')
      .select(['id', 'item_name', 'unit'])
      .where('id', 'in', [...keys])
      .execute();
    for (const item of items) {
      labels.set(item.id, `${item.item_name}（${item.unit}）`);
    }
  }
  const prefix = def.breakdown ? LABEL_PREFIX[def.breakdown] : undefined;
  for (const key of keys) {
    if (!labels.has(key)) {
      labels.set(key, prefix ? translate(locale, `${prefix}.${key}`) : key);
    }
  }
  return labels;
}

/** The API value of a figure. */
export async function presentValue(
  db: Conn,
  input: { def: IndicatorDef; filters: IndicatorFilters; figure: Figure; locale: Locale },
): Promise<IndicatorValue> {
  const { def, figure, locale } = input;
  const keys = def.breakdown ? figure.byDim.map((d) => d.key) : [];
  const labels = await breakdownLabels(db, def, keys, locale);
  return {
    id: def.id,
    value: figure.value,
    display: displayOf(def, figure.value),
    unitLabel: translate(locale, `indicator.unit.${def.unit}`),
    breakdown: def.breakdown
      ? figure.byDim.map((d) => ({ key: d.key, label: labels.get(d.key) ?? d.key, value: d.value }))
      : [],
    parts: figure.parts,
    path: figure.path,
    unsupported: [],
    drill: drillOf(def, input.filters),
  };
}

/** The drill-down: our records endpoint with the same filters returns the rows behind the value. */
export function drillOf(def: IndicatorDef, f: IndicatorFilters) {
  return { path: `/api/v1/indicators/${def.id}/records`, query: filterQuery(f) };
}
