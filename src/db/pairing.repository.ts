/** Pairings of cadres with households: history kept, newest start first, set-based writes. */
import { sql } from 'kysely';
import type { PairingRole } from '../domain/registry/enums.js';
import type { Pairing, PairingListQuery } from '../domain/registry/pairing.schema.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import { nowIso } from './ids.js';

/** A pairing to insert: it starts current (no end). */
export interface NewPairing {
  readonly id: string;
  readonly cadreId: string;
  readonly householdId: string;
  readonly role: PairingRole;
  readonly startDate: string;
}

/** A household's current pairing: who and in which role. */
export interface CurrentPairing {
  readonly id: string;
  readonly cadreId: string;
  readonly role: PairingRole;
}

function pairingSelect(db: Conn) {
  return db
    .selectFrom('pairings as p')
    .innerJoin('cadres as c', 'c.id', 'p.cadre_id')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select([
      'p.id',
      'p.cadre_id',
      'c.name as cadre_name',
      'p.household_id',
      'h.head_name',
      'h.village_code',
      'p.role',
      'p.start_date',
      'p.end_date',
      'p.end_reason',
    ]);
}

type PairingSelectRow = Awaited<
  ReturnType<ReturnType<typeof pairingSelect>['executeTakeFirstOrThrow']>
>;

function toPairing(r: PairingSelectRow): Pairing {
  return {
    id: r.id,
    cadreId: r.cadre_id,
    cadreName: r.cadre_name,
    householdId: r.household_id,
    headName: r.head_name,
    villageCode: r.village_code,
    role: r.role as PairingRole,
    startDate: r.start_date,
    endDate: r.end_date,
    endReason: r.end_reason,
  };
}

/** One pairing with the cadre's and the head's names, or undefined. */
export async function findPairing(db: Conn, id: string): Promise<Pairing | undefined> {
  const row = await pairingSelect(db).where('p.id', '=', id).executeTakeFirst();
  return row ? toPairing(row) : undefined;
}

/** Pairings by id, in the order of the ids given. */
export async function findPairings(db: Conn, ids: readonly string[]): Promise<Pairing[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await pairingSelect(db)
    .where('p.id', 'in', [...ids])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, toPairing(r)]));
  return ids.map((id) => byId.get(id)).filter((p): p is Pairing => p !== undefined);
}

/** A keyset page of pairings, newest start first; `onlyCadre` bounds it to one cadre's. */
export async function listPairings(db: Conn, query: PairingListQuery, onlyCadre: string | null) {
  let q = pairingSelect(db)
    .orderBy('p.start_date', 'desc')
    .orderBy('p.id', 'desc')
    .limit(query.limit + 1);
  for (const cadre of [onlyCadre, query.cadre]) {
    if (cadre !== null && cadre !== undefined) {
      q = q.where('p.cadre_id', '=', cadre);
    }
  }
  if (query.household) {
    q = q.where('p.household_id', '=', query.household);
  }
  if (query.current !== undefined) {
    q = q.where('p.end_date', query.current ? 'is' : 'is not', null);
  }
  if (query.cursor) {
    const [start, id] = decodeCursor(query.cursor, 2).map(String);
    q = q.where(sql<boolean>`(p.start_date, p.id) < (${start}, ${id})`);
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.start_date, r.id]);
  return { items: page.items.map(toPairing), nextCursor: page.nextCursor };
}

/** The current pairings of a household (at most one lead). */
export async function currentPairingsOfHousehold(
  db: Conn,
  householdId: string,
): Promise<CurrentPairing[]> {
  const rows = await db
    .selectFrom('pairings')
    .select(['id', 'cadre_id', 'role'])
    .where('household_id', '=', householdId)
    .where('end_date', 'is', null)
    .execute();
  return rows.map((r) => ({ id: r.id, cadreId: r.cadre_id, role: r.role as PairingRole }));
}

/** The current pairings of a cadre, oldest first. */
export async function currentPairingsOfCadre(db: Conn, cadreId: string): Promise<Pairing[]> {
  const rows = await pairingSelect(db)
    .where('p.cadre_id', '=', cadreId)
    .where('p.end_date', 'is', null)
    .orderBy('p.start_date')
    .orderBy('p.id')
    .execute();
  return rows.map(toPairing);
}

/** Insert current pairings in batches. */
export async function insertPairings(db: Conn, pairings: readonly NewPairing[]): Promise<void> {
  const at = nowIso();
  const rows = pairings.map((p) => ({
    id: p.id,
    cadre_id: p.cadreId,
    household_id: p.householdId,
    role: p.role,
    start_date: p.startDate,
    end_date: null,
    end_reason: '',
    created_at: at,
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('pairings')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/** End pairings that are still current; returns how many were ended. */
export async function endPairings(
  db: Conn,
  ids: readonly string[],
  end: { date: string; reason: string },
): Promise<number> {
  let ended = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const result = await db
      .updateTable('pairings')
      .set({ end_date: end.date, end_reason: end.reason })
      .where('id', 'in', ids.slice(i, i + 500))
      .where('end_date', 'is', null)
      .executeTakeFirst();
    ended += Number(result.numUpdatedRows);
  }
  return ended;
}
