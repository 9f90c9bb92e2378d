/** Raw figures: the plain SQL of each indicator (indicator-sources) under the filters, over indexes. */
import { sql, type RawBuilder } from 'kysely';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import { RAW_SOURCES } from './indicator-sources.repository.js';

/** Filters on the contribution rows. */
export interface RawFilter {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Rows dated on or after this day (visit recency). */
  readonly since?: string | undefined;
  /** Village codes from low to high (a region prefix). */
  readonly low?: string | undefined;
  readonly high?: string | undefined;
  readonly unit?: string | undefined;
  /** Only households currently paired with this cadre. */
  readonly cadre?: string | undefined;
  readonly dim?: string | undefined;
}

/** A figure's total and its parts per breakdown key (keys with a zero sum left out), by key. */
export interface Totals {
  readonly total: number;
  readonly byDim: readonly { readonly key: string; readonly value: number }[];
}

export interface ContributionRow {
  readonly record_kind: string;
  readonly record_id: string;
  readonly part: string;
  readonly date: string;
  readonly village_code: string;
  readonly unit_id: string;
  readonly household_id: string | null;
  readonly dim_key: string;
  readonly value: number;
}

function source(fact: string): RawBuilder<unknown> {
  const text = RAW_SOURCES[fact];
  if (!text) {
    throw new Error(`no raw source for ${fact}`);
  }
  return sql.raw(`(${text})`);
}

function conditions(f: RawFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  const add = (part: RawBuilder<unknown>) => parts.push(part);
  if (f.from) {
    add(sql`r.date >= ${f.from}`);
  }
  if (f.to) {
    add(sql`r.date <= ${f.to}`);
  }
  if (f.since) {
    add(sql`r.date >= ${f.since}`);
  }
  if (f.low && f.high) {
    add(sql`r.village_code between ${f.low} and ${f.high}`);
  }
  if (f.unit) {
    add(sql`r.unit_id = ${f.unit}`);
  }
  if (f.dim !== undefined) {
    add(sql`r.dim_key = ${f.dim}`);
  }
  if (f.cadre) {
    add(sql`r.household_id in (select household_id from pairings
      where cadre_id = ${f.cadre} and end_date is null)`);
  }
  return sql.join(parts, sql` and `);
}

/** Totals per breakdown key, the same shape the fast path gives. */
export function totalsOf(rows: readonly { key: string; value: number }[]): Totals {
  const byDim = rows
    .map((r) => ({ key: r.key, value: Number(r.value) }))
    .filter((r) => r.value !== 0)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { total: byDim.reduce((s, r) => s + r.value, 0), byDim };
}

/** The figure from the records themselves. */
export async function rawTotals(db: Conn, fact: string, f: RawFilter): Promise<Totals> {
  const { rows } = await sql<{ key: string; value: number }>`
    select r.dim_key as key, sum(r.value) as value from ${source(fact)} r
    where ${conditions(f)} group by r.dim_key`.execute(db);
  return totalsOf(rows);
}

/** Distinct villages with a positive contribution. */
export async function rawDistinctVillages(db: Conn, fact: string, f: RawFilter): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(distinct r.village_code) as n from ${source(fact)} r
    where ${conditions(f)} and r.value > 0 and r.village_code <> ''`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

const GROUPS = {
  month: 'substr(r.date, 1, 7)',
  village: 'r.village_code',
  unit: 'r.unit_id',
} as const;

/** The figure per month, village or unit. */
export async function rawSeries(
  db: Conn,
  fact: string,
  f: RawFilter,
  by: keyof typeof GROUPS,
): Promise<{ key: string; value: number }[]> {
  const group = sql.raw(GROUPS[by]);
  const { rows } = await sql<{ key: string; value: number }>`
    select ${group} as key, sum(r.value) as value from ${source(fact)} r
    where ${conditions(f)} group by ${group} order by 1`.execute(db);
  return rows.map((r) => ({ key: r.key, value: Number(r.value) })).filter((r) => r.value !== 0);
}

/** The rows behind a figure, newest first: (date desc, record id desc, part desc). */
export async function rawRecords(
  db: Conn,
  fact: string,
  f: RawFilter,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: ContributionRow[]; nextCursor: string | null }> {
  let after: RawBuilder<unknown> = sql`1 = 1`;
  if (page.cursor) {
    const [d, id, part] = decodeCursor(page.cursor, 3).map(String) as [string, string, string];
    after = sql`(r.date < ${d} or (r.date = ${d} and (r.record_id < ${id}
      or (r.record_id = ${id} and r.part < ${part}))))`;
  }
  const { rows } = await sql<ContributionRow>`
    select r.* from ${source(fact)} r where ${conditions(f)} and ${after}
    order by r.date desc, r.record_id desc, r.part desc limit ${page.limit + 1}`.execute(db);
  return pageOf(
    rows.map((r) => ({ ...r, value: Number(r.value) })),
    page.limit,
    (r) => [r.date, r.record_id, r.part],
  );
}
