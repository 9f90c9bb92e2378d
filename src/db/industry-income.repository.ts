/** Village collective income per year, read with the year before to compute growth in one query. */
import { sql } from 'kysely';
import type {
  CollectiveIncome,
  CollectiveIncomeListQuery,
} from '../domain/industry/collective-income.schema.js';
import { changePercent } from '../domain/training/record.schema.js';
import type { Conn } from './connect.js';
import { pageOf } from './cursor.js';
import type { CollectiveIncomesTable } from './tables/industry.js';
import {
  beforeCursor,
  insertRows,
  numOrNull,
  recordMetaOf,
} from './training-records.repository.js';

function selectIncomes(db: Conn) {
  return db
    .selectFrom('collective_incomes as i')
    .innerJoin('regions as r', 'r.code', 'i.village_code')
    .leftJoin('collective_incomes as p', (join) =>
      join
        .onRef('p.village_code', '=', 'i.village_code')
        .on('p.year', '=', sql<number>`i.year - 1`)
        .on('p.voided_at', 'is', null),
    )
    .selectAll('i')
    .select(['r.name as village_name', 'p.amount_fen as previous_fen']);
}

type IncomeRow = CollectiveIncomesTable & { village_name: string; previous_fen: number | null };

function toIncome(r: IncomeRow): CollectiveIncome {
  const previous = numOrNull(r.previous_fen);
  const amount = Number(r.amount_fen);
  return {
    id: r.id,
    villageCode: r.village_code,
    villageName: r.village_name,
    year: Number(r.year),
    amountFen: amount,
    previousAmountFen: previous,
    growthPercent: changePercent(previous, amount),
    note: r.note,
    ...recordMetaOf(r),
  };
}

export async function insertCollectiveIncomes(
  db: Conn,
  rows: readonly CollectiveIncomesTable[],
): Promise<void> {
  await insertRows(db, 'collective_incomes', rows);
}

export async function findCollectiveIncome(
  db: Conn,
  id: string,
): Promise<CollectiveIncome | undefined> {
  const row = await selectIncomes(db).where('i.id', '=', id).executeTakeFirst();
  return row ? toIncome(row) : undefined;
}

/** Whether a village already has a record for the year that is not voided. */
export async function hasCollectiveIncome(
  db: Conn,
  villageCode: string,
  year: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('collective_incomes')
    .select('id')
    .where('village_code', '=', villageCode)
    .where('year', '=', year)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** A keyset page of yearly records, latest year first; from/to bound the year. */
export async function listCollectiveIncomes(db: Conn, query: CollectiveIncomeListQuery) {
  let q = selectIncomes(db)
    .orderBy('i.year', 'desc')
    .orderBy('i.id', 'desc')
    .limit(query.limit + 1);
  if (!query.includeVoided) {
    q = q.where('i.voided_at', 'is', null);
  }
  if (query.village) {
    q = q.where('i.village_code', '=', query.village);
  }
  if (query.year !== undefined) {
    q = q.where('i.year', '=', query.year);
  }
  if (query.from) {
    q = q.where('i.year', '>=', Number(query.from.slice(0, 4)));
  }
  if (query.to) {
    q = q.where('i.year', '<=', Number(query.to.slice(0, 4)));
  }
  if (query.cursor) {
    q = q.where(beforeCursor('i.year', 'i.id', query.cursor));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [Number(r.year), r.id]);
  return { items: page.items.map(toIncome), nextCursor: page.nextCursor };
}

export async function updateCollectiveIncome(
  db: Conn,
  id: string,
  set: Partial<Omit<CollectiveIncomesTable, 'id'>>,
): Promise<void> {
  await db.updateTable('collective_incomes').set(set).where('id', '=', id).execute();
}
