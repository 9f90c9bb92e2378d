/** Yearly household income records: newest year first; totals derived in the mapper, never stored. */
import { sql } from 'kysely';
import {
  deriveIncome,
  type IncomeListQuery,
  type IncomeRecord,
} from '../domain/registry/income.schema.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import { nowIso } from './ids.js';
import type { IncomeRecordsTable } from './database.js';

/** The stored amounts of a record, which a correction may change. */
export type IncomeAmounts = Pick<
  IncomeRecord,
  'wagesFen' | 'productionFen' | 'propertyFen' | 'transferFen' | 'memberCount'
>;

function toIncome(r: IncomeRecordsTable): IncomeRecord {
  const amounts = {
    wagesFen: Number(r.wages_fen),
    productionFen: Number(r.production_fen),
    propertyFen: Number(r.property_fen),
    transferFen: Number(r.transfer_fen),
    memberCount: Number(r.member_count),
  };
  return {
    id: r.id,
    householdId: r.household_id,
    year: Number(r.year),
    ...amounts,
    ...deriveIncome(amounts),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** One income record by id, or undefined. */
export async function findIncome(db: Conn, id: string): Promise<IncomeRecord | undefined> {
  const row = await db
    .selectFrom('income_records')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toIncome(row) : undefined;
}

/** Whether a household already has a record for a year. */
export async function hasIncomeForYear(
  db: Conn,
  householdId: string,
  year: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('income_records')
    .select('id')
    .where('household_id', '=', householdId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row !== undefined;
}

/** A keyset page of income records, newest year first; `onlyCadre` bounds it to their households. */
export async function listIncome(db: Conn, query: IncomeListQuery, onlyCadre: string | null) {
  let q = db
    .selectFrom('income_records as i')
    .selectAll()
    .orderBy('i.year', 'desc')
    .orderBy('i.id', 'desc')
    .limit(query.limit + 1);
  if (onlyCadre !== null) {
    q = q.where('i.household_id', 'in', (eb) =>
      eb
        .selectFrom('pairings')
        .select('household_id')
        .where('cadre_id', '=', onlyCadre)
        .where('end_date', 'is', null),
    );
  }
  if (query.household) {
    q = q.where('i.household_id', '=', query.household);
  }
  if (query.year !== undefined) {
    q = q.where('i.year', '=', query.year);
  }
  if (query.cursor) {
    const [year, id] = decodeCursor(query.cursor, 2);
    q = q.where(sql<boolean>`(i.year, i.id) < (${Number(year)}, ${String(id)})`);
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [Number(r.year), r.id]);
  return { items: page.items.map(toIncome), nextCursor: page.nextCursor };
}

/** An income record to insert. */
export interface NewIncome extends IncomeAmounts {
  readonly id: string;
  readonly householdId: string;
  readonly year: number;
}

/** Insert income records in batches (the demo and imports add many). */
export async function insertIncome(db: Conn, records: readonly NewIncome[]): Promise<void> {
  const at = nowIso();
  const rows = records.map((r) => ({
    id: r.id,
    household_id: r.householdId,
    year: r.year,
    wages_fen: r.wagesFen,
    production_fen: r.productionFen,
    property_fen: r.propertyFen,
    transfer_fen: r.transferFen,
    member_count: r.memberCount,
    created_at: at,
    updated_at: at,
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('income_records')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

export async function updateIncome(
  db: Conn,
  id: string,
  amounts: IncomeAmounts,
  at: string,
): Promise<void> {
  await db
    .updateTable('income_records')
    .set({
      wages_fen: amounts.wagesFen,
      production_fen: amounts.productionFen,
      property_fen: amounts.propertyFen,
      transfer_fen: amounts.transferFen,
      member_count: amounts.memberCount,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteIncome(db: Conn, id: string): Promise<void> {
  await db.deleteFrom('income_records').where('id', '=', id).execute();
}
