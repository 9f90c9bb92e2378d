/** Org units and cadres: keyset lists by id, reads with counts, writes. */
import { sql } from 'kysely';
import type { Sex } from '../domain/registry/enums.js';
import type { Cadre, CadreListQuery, Unit, UnitListQuery } from '../domain/registry/org.schema.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { OrgUnitsTable } from './database.js';
import { nowIso } from './ids.js';

/** A cadre as stored, without the counts shown in lists. */
export type CadreRecord = Omit<Cadre, 'currentPairings'>;

async function cadreCounts(db: Conn, unitIds: readonly string[]): Promise<Map<string, number>> {
  if (unitIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom('cadres')
    .select((eb) => ['unit_id', eb.fn.countAll().as('n')])
    .where('unit_id', 'in', [...unitIds])
    .groupBy('unit_id')
    .execute();
  return new Map(rows.map((r) => [r.unit_id, Number(r.n)]));
}

async function withCadreCounts(db: Conn, rows: readonly OrgUnitsTable[]): Promise<Unit[]> {
  const counts = await cadreCounts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    parentId: r.parent_id,
    cadreCount: counts.get(r.id) ?? 0,
  }));
}

/** One unit with its cadre count, or undefined. */
export async function findUnit(db: Conn, id: string): Promise<Unit | undefined> {
  const row = await db.selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await withCadreCounts(db, [row]))[0] : undefined;
}

/** A keyset page of units ordered by id. */
export async function listUnits(db: Conn, query: UnitListQuery) {
  let q = db
    .selectFrom('org_units')
    .selectAll()
    .orderBy('id')
    .limit(query.limit + 1);
  if (query.parent) {
    q = q.where('parent_id', '=', query.parent);
  }
  if (query.cursor) {
    const [id] = decodeCursor(query.cursor, 1);
    q = q.where('id', '>', String(id));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.id]);
  return { items: await withCadreCounts(db, page.items), nextCursor: page.nextCursor };
}

export async function insertUnit(
  db: Conn,
  unit: { id: string; name: string; parentId: string | null },
): Promise<void> {
  const at = nowIso();
  await db
    .insertInto('org_units')
    .values({
      id: unit.id,
      name: unit.name,
      parent_id: unit.parentId,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/** Set a unit's name and/or parent (undefined leaves a field as it is). */
export async function updateUnit(
  db: Conn,
  id: string,
  set: { name?: string | undefined; parentId?: string | null | undefined },
): Promise<void> {
  await db
    .updateTable('org_units')
    .set({
      ...(set.name !== undefined ? { name: set.name } : {}),
      ...(set.parentId !== undefined ? { parent_id: set.parentId } : {}),
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteUnit(db: Conn, id: string): Promise<void> {
  await db.deleteFrom('org_units').where('id', '=', id).execute();
}

/** Whether a unit still has cadres or sub-units. */
export async function unitInUse(db: Conn, id: string): Promise<boolean> {
  const child = await db
    .selectFrom('org_units')
    .select('id')
    .where('parent_id', '=', id)
    .executeTakeFirst();
  const cadre = await db
    .selectFrom('cadres')
    .select('id')
    .where('unit_id', '=', id)
    .executeTakeFirst();
  return child !== undefined || cadre !== undefined;
}

/** The parent of each unit, for walking up the tree. */
export async function unitParents(db: Conn): Promise<Map<string, string | null>> {
  const rows = await db.selectFrom('org_units').select(['id', 'parent_id']).execute();
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

function cadreSelect(db: Conn) {
  return db
    .selectFrom('cadres as c')
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .select([
      'c.id',
      'c.unit_id',
      'u.name as unit_name',
      'c.name',
      'c.sex',
      'c.phone',
      'c.position',
      'c.left_on',
    ]);
}

type CadreSelectRow = Awaited<
  ReturnType<ReturnType<typeof cadreSelect>['executeTakeFirstOrThrow']>
>;

function toCadre(r: CadreSelectRow): CadreRecord {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    name: r.name,
    sex: r.sex as Sex,
    phone: r.phone,
    position: r.position,
    leftOn: r.left_on,
  };
}

/** One cadre with its unit's name, or undefined. */
export async function findCadre(db: Conn, id: string): Promise<CadreRecord | undefined> {
  const row = await cadreSelect(db).where('c.id', '=', id).executeTakeFirst();
  return row ? toCadre(row) : undefined;
}

/** The cadres of a set of ids that exist. */
export async function findCadres(db: Conn, ids: readonly string[]): Promise<CadreRecord[]> {
  if (ids.length === 0) {
    return [];
  }
  return (
    await cadreSelect(db)
      .where('c.id', 'in', [...ids])
      .execute()
  ).map(toCadre);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A keyset page of cadres ordered by id; `onlyId` bounds it to one cadre (a cadre's own view). */
export async function listCadres(db: Conn, query: CadreListQuery, onlyId: string | null) {
  let q = cadreSelect(db)
    .orderBy('c.id')
    .limit(query.limit + 1);
  if (onlyId !== null) {
    q = q.where('c.id', '=', onlyId);
  }
  if (query.unit) {
    q = q.where('c.unit_id', '=', query.unit);
  }
  if (query.active !== undefined) {
    q = q.where('c.left_on', query.active ? 'is' : 'is not', null);
  }
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    q = q.where(sql<boolean>`${sql.ref('c.name')} like ${pattern} escape '\\'`);
  }
  if (query.cursor) {
    const [id] = decodeCursor(query.cursor, 1);
    q = q.where('c.id', '>', String(id));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.id]);
  return { items: page.items.map(toCadre), nextCursor: page.nextCursor };
}

/** Current pairings per cadre, in one grouped query. */
export async function currentPairingCounts(
  db: Conn,
  cadreIds: readonly string[],
): Promise<Map<string, number>> {
  if (cadreIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom('pairings')
    .select((eb) => ['cadre_id', eb.fn.countAll().as('n')])
    .where('cadre_id', 'in', [...cadreIds])
    .where('end_date', 'is', null)
    .groupBy('cadre_id')
    .execute();
  return new Map(rows.map((r) => [r.cadre_id, Number(r.n)]));
}

export async function insertCadre(db: Conn, cadre: Omit<CadreRecord, 'unitName'>): Promise<void> {
  const at = nowIso();
  await db
    .insertInto('cadres')
    .values({
      id: cadre.id,
      unit_id: cadre.unitId,
      name: cadre.name,
      sex: cadre.sex,
      phone: cadre.phone,
      position: cadre.position,
      left_on: cadre.leftOn,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updateCadre(db: Conn, cadre: CadreRecord): Promise<void> {
  const at = nowIso();
  await db
    .updateTable('cadres')
    .set({
      unit_id: cadre.unitId,
      name: cadre.name,
      sex: cadre.sex,
      phone: cadre.phone,
      position: cadre.position,
      left_on: cadre.leftOn,
      updated_at: at,
    })
    .where('id', '=', cadre.id)
    .execute();
}

export async function deleteCadre(db: Conn, id: string): Promise<void> {
  await db.deleteFrom('cadres').where('id', '=', id).execute();
}

/** Whether any pairing (current or ended) or user account refers to the cadre. */
export async function cadreInUse(db: Conn, id: string): Promise<boolean> {
  const pairing = await db
    .selectFrom('pairings')
    .select('id')
    .where('cadre_id', '=', id)
    .executeTakeFirst();
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('cadre_id', '=', id)
    .executeTakeFirst();
  return pairing !== undefined || user !== undefined;
}
