/** Assistance records: batched inserts, replace on correction, void, keyset lists of ids. */
import { sql, type ExpressionBuilder } from 'kysely';
import type { AssistanceListQuery } from '../domain/assistance/assistance.schema.js';
import type { AssistanceKind } from '../domain/assistance/enums.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { Database } from './database.js';
import {
  detailRowsOf,
  ROW_TABLES,
  rowsOf,
  type Lookup,
  type NewAssistance,
  type RowSet,
  type RowTable,
} from './assistance-rows.repository.js';

/** The detail tables of each kind, children first (the order to delete in). */
const DETAIL_TABLES: Readonly<Record<AssistanceKind, readonly RowTable[]>> = {
  job: ['assistance_jobs'],
  medical: ['assistance_medical'],
  health_check: ['assistance_health_check_villages', 'assistance_health_checks'],
  donation: ['assistance_donation_lines', 'assistance_donations'],
  project: ['assistance_project_funds', 'assistance_projects'],
  loan: ['assistance_loans'],
  good_deed: ['assistance_good_deeds'],
};

async function insertRows(db: Conn, rows: RowSet, tables: readonly RowTable[]): Promise<void> {
  for (const table of tables) {
    const list: readonly object[] = rows[table];
    const columns = Object.keys(list[0] ?? {}).length;
    const size = Math.max(1, Math.floor(30_000 / Math.max(1, columns)));
    for (let i = 0; i < list.length; i += size) {
      await db
        .insertInto(table)
        .values(list.slice(i, i + size))
        .execute();
    }
  }
}

/** Insert records with their beneficiaries and details; set-based, in batches. */
export async function insertAssistance(
  db: Conn,
  items: readonly NewAssistance[],
  lookup: Lookup,
): Promise<void> {
  if (items.length === 0) {
    return;
  }
  await insertRows(db, rowsOf(items, lookup), ROW_TABLES);
}

/** Replace a record's fields, beneficiaries and details with a corrected version (same kind). */
export async function replaceAssistance(
  db: Conn,
  item: NewAssistance,
  lookup: Lookup,
): Promise<void> {
  for (const table of [...DETAIL_TABLES[item.input.kind], 'assistance_beneficiaries'] as const) {
    await db.deleteFrom(table).where('assistance_id', '=', item.id).execute();
  }
  const [row] = rowsOf([item], lookup).assistance;
  if (!row) {
    return;
  }
  await db
    .updateTable('assistance')
    .set({
      measure: row.measure,
      status: row.status,
      date: row.date,
      beneficiary_kind: row.beneficiary_kind,
      arranged_by_cadre_id: row.arranged_by_cadre_id,
      notes: row.notes,
      updated_at: item.at,
    })
    .where('id', '=', item.id)
    .execute();
  await insertRows(
    db,
    detailRowsOf([item], lookup),
    ROW_TABLES.filter((t) => t !== 'assistance'),
  );
}

/** Mark a record void; it stays for the audit trail and drops out of lists. */
export async function voidAssistance(
  db: Conn,
  id: string,
  change: { at: string; by: string | null; reason: string },
): Promise<void> {
  await db
    .updateTable('assistance')
    .set({
      voided_at: change.at,
      voided_by: change.by,
      void_reason: change.reason,
      updated_at: change.at,
    })
    .where('id', '=', id)
    .execute();
}

/** Records a cadre may see: for households paired with them now, or about their villages. */
export function visibleToCadre(eb: ExpressionBuilder<Database, 'assistance'>, cadreId: string) {
  const paired = eb
    .selectFrom('pairings')
    .select('household_id')
    .where('cadre_id', '=', cadreId)
    .where('end_date', 'is', null);
  const villages = eb
    .selectFrom('pairings as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select('h.village_code')
    .where('p.cadre_id', '=', cadreId)
    .where('p.end_date', 'is', null);
  return eb(
    'assistance.id',
    'in',
    eb
      .selectFrom('assistance_beneficiaries as b')
      .select('b.assistance_id')
      .where((w) =>
        w.or([
          w('b.household_id', 'in', paired),
          w.and([w('b.household_id', 'is', null), w('b.village_code', 'in', villages)]),
        ]),
      ),
  );
}

function byBeneficiary(
  eb: ExpressionBuilder<Database, 'assistance'>,
  column: 'household_id' | 'person_id' | 'village_code',
  value: string,
) {
  return eb(
    'assistance.id',
    'in',
    eb.selectFrom('assistance_beneficiaries').select('assistance_id').where(column, '=', value),
  );
}

/** A keyset page of record ids, newest first (date desc, id desc), filtered and scoped. */
export async function listAssistanceIds(
  db: Conn,
  query: AssistanceListQuery,
  scope: { cadreId: string | null },
): Promise<{ ids: string[]; nextCursor: string | null }> {
  let q = db
    .selectFrom('assistance')
    .select(['assistance.id', 'assistance.date'])
    .orderBy('assistance.date', 'desc')
    .orderBy('assistance.id', 'desc')
    .limit(query.limit + 1);
  if (!query.includeVoided) {
    q = q.where('assistance.voided_at', 'is', null);
  }
  const equal = [
    ['assistance.kind', query.kind],
    ['assistance.measure', query.measure],
    ['assistance.status', query.status],
    ['assistance.arranged_by_cadre_id', query.cadre],
  ] as const;
  for (const [column, value] of equal) {
    if (value !== undefined) {
      q = q.where(column, '=', value);
    }
  }
  if (query.from) {
    q = q.where('assistance.date', '>=', query.from);
  }
  if (query.to) {
    q = q.where('assistance.date', '<=', query.to);
  }
  const { village, household, person } = query;
  if (village) {
    q = q.where((eb) => byBeneficiary(eb, 'village_code', village));
  }
  if (household) {
    q = q.where((eb) => byBeneficiary(eb, 'household_id', household));
  }
  if (person) {
    q = q.where((eb) => byBeneficiary(eb, 'person_id', person));
  }
  const cadreId = scope.cadreId;
  if (cadreId) {
    q = q.where((eb) => visibleToCadre(eb, cadreId));
  }
  if (query.cursor) {
    const [date, id] = decodeCursor(query.cursor, 2).map(String);
    q = q.where(sql<boolean>`(assistance.date, assistance.id) < (${date}, ${id})`);
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.date, r.id]);
  return { ids: page.items.map((r) => r.id), nextCursor: page.nextCursor };
}

/** Whether a cadre may see a record (see visibleToCadre). */
export async function isVisibleToCadre(db: Conn, id: string, cadreId: string): Promise<boolean> {
  const row = await db
    .selectFrom('assistance')
    .select('id')
    .where('id', '=', id)
    .where((eb) => visibleToCadre(eb, cadreId))
    .executeTakeFirst();
  return row !== undefined;
}
