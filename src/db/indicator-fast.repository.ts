/** Fast figures: sums of the summary rows the triggers keep (indicator_facts, per county too). */
import { sql, type RawBuilder } from 'kysely';
import type { Conn } from './connect.js';
import { totalsOf, type Totals } from './indicator-raw.repository.js';

/** Filters on the summary rows. */
export interface FastFilter {
  /** Months to sum ('' for moment counters); all months when absent. */
  readonly months?: readonly string[] | undefined;
  /** Months (or last-visit days) from and to, when no list is given. */
  readonly monthFrom?: string | undefined;
  readonly monthTo?: string | undefined;
  readonly low?: string | undefined;
  readonly high?: string | undefined;
  /** Significant digits of the region prefix (12 for no region… 2 for a province). */
  readonly prefixLength?: number | undefined;
  readonly unit?: string | undefined;
}

/** Wide regions read the county rows; a unit, a township or a village read the village rows. */
function useVillageRows(f: FastFilter): boolean {
  return Boolean(f.unit) || (f.prefixLength !== undefined && f.prefixLength > 6);
}

/** The conditions on summary rows; `fact` is one id, or a list of ids. */
function conditions(
  fact: string | readonly string[],
  f: FastFilter,
  village: boolean,
): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [
    typeof fact === 'string'
      ? sql`indicator_id = ${fact}`
      : sql`indicator_id in (${sql.join([...fact])})`,
  ];
  const place = sql.raw(village ? 'village_code' : 'county_code');
  if (f.unit) {
    parts.push(sql`unit_id = ${f.unit}`);
  }
  if (f.months) {
    parts.push(f.months.length > 0 ? sql`month in (${sql.join([...f.months])})` : sql`1 = 0`);
  }
  if (!f.months && f.monthFrom) {
    parts.push(sql`month >= ${f.monthFrom}`);
  }
  if (!f.months && f.monthTo) {
    parts.push(sql`month <= ${f.monthTo}`);
  }
  if (f.low && f.high) {
    parts.push(sql`${place} between ${f.low} and ${f.high}`);
  }
  return sql.join(parts, sql` and `);
}

function table(village: boolean): RawBuilder<unknown> {
  return sql.raw(village ? 'indicator_facts' : 'indicator_facts_county');
}

/** The figure per breakdown key from the summary rows. */
export async function fastTotals(db: Conn, fact: string, f: FastFilter): Promise<Totals> {
  const village = useVillageRows(f);
  const { rows } = await sql<{ key: string; value: number }>`
    select dim_key as key, sum(value) as value from ${table(village)}
    where ${conditions(fact, f, village)} group by dim_key`.execute(db);
  return totalsOf(rows);
}

/** Villages whose rows sum to more than zero. */
export async function fastDistinctVillages(db: Conn, fact: string, f: FastFilter): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from (
      select village_code from indicator_facts
      where ${conditions(fact, f, true)} and village_code <> ''
      group by village_code having sum(value) > 0) v`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** The figure per month, village or unit from the summary rows. */
export async function fastSeries(
  db: Conn,
  fact: string,
  f: FastFilter,
  by: 'month' | 'village' | 'unit',
): Promise<{ key: string; value: number }[]> {
  const village = by !== 'month' || useVillageRows(f);
  const group = sql.raw(by === 'month' ? 'month' : by === 'village' ? 'village_code' : 'unit_id');
  const { rows } = await sql<{ key: string; value: number }>`
    select ${group} as key, sum(value) as value from ${table(village)}
    where ${conditions(fact, f, village)} group by ${group} order by 1`.execute(db);
  return rows.map((r) => ({ key: r.key, value: Number(r.value) })).filter((r) => r.value !== 0);
}

/** Several sum figures under one filter in one query: totals per fact id. */
export async function fastTotalsMany(
  db: Conn,
  facts: readonly string[],
  f: FastFilter,
): Promise<Map<string, Totals>> {
  const out = new Map<string, Totals>();
  if (facts.length === 0) {
    return out;
  }
  const village = useVillageRows(f);
  const where = conditions(facts, f, village);
  const { rows } = await sql<{ fact: string; key: string; value: number }>`
    select indicator_id as fact, dim_key as key, sum(value) as value from ${table(village)}
    where ${where} group by indicator_id, dim_key`.execute(db);
  for (const fact of facts) {
    out.set(fact, totalsOf(rows.filter((r) => r.fact === fact)));
  }
  return out;
}
