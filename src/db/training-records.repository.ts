/** Helpers shared by the training, industry and story repositories: metadata, void, keysets, batches. */
import { sql, type Expression, type InsertObject, type SqlBool } from 'kysely';
import type { RecordMeta } from '../domain/training/record.schema.js';
import type { Conn } from './connect.js';
import { decodeCursor } from './cursor.js';
import type { Database } from './database.js';
import type { RecordColumns } from './tables/training.js';

/** Tables of records that can be voided. */
export type VoidableTable =
  | 'training_courses'
  | 'training_enrollments'
  | 'training_follow_ups'
  | 'products'
  | 'cooperatives'
  | 'certifications'
  | 'sales'
  | 'tourism_projects'
  | 'collective_incomes'
  | 'stories';

/** Metadata columns of a new record. */
export function newRecordColumns(userId: string | null, at: string): RecordColumns {
  return {
    created_at: at,
    created_by: userId,
    updated_at: at,
    voided_at: null,
    voided_by: null,
    void_reason: null,
  };
}

/** The metadata of a row as the domain names it. */
export function recordMetaOf(r: RecordColumns): RecordMeta {
  return {
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    voidedAt: r.voided_at,
    voidedBy: r.voided_by,
    voidReason: r.void_reason,
  };
}

/** Void a record that is not voided yet; false when it was already voided or is missing. */
export async function markVoided(
  db: Conn,
  table: VoidableTable,
  id: string,
  v: { userId: string; reason: string; at: string },
): Promise<boolean> {
  const result = await sql`update ${sql.table(table)}
    set voided_at = ${v.at}, voided_by = ${v.userId}, void_reason = ${v.reason}, updated_at = ${v.at}
    where id = ${id} and voided_at is null`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/** Rows after a (date, id) cursor in a list ordered by date desc, id desc. */
export function beforeCursor(
  dateColumn: string,
  idColumn: string,
  cursor: string,
): Expression<SqlBool> {
  const [date, id] = decodeCursor(cursor, 2);
  return sql<SqlBool>`(${sql.ref(dateColumn)}, ${sql.ref(idColumn)}) < (${date}, ${String(id)})`;
}

/** Insert many rows in statements of a few hundred, within the caller's transaction. */
export async function insertRows<T extends keyof Database>(
  db: Conn,
  table: T,
  rows: readonly InsertObject<Database, T>[],
): Promise<void> {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  const size = Math.max(1, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size))
      .execute();
  }
}

/** 0/1 integer column to boolean and back. */
export const flag = {
  of: (n: number): boolean => Number(n) === 1,
  to: (b: boolean): number => (b ? 1 : 0),
};

/** A nullable bigint column as a number. */
export function numOrNull(n: number | null): number | null {
  return n === null ? null : Number(n);
}
