/** Look-ups of what activities refer to (households, persons, cadres, villages, pairings), in sets. */
import type { Conn } from './connect.js';

export interface HouseholdRef {
  readonly id: string;
  readonly villageCode: string;
  readonly headName: string;
}
export interface PersonRef {
  readonly id: string;
  readonly householdId: string;
  readonly name: string;
}
export interface CadreRef {
  readonly id: string;
  readonly name: string;
}

/** The households among these ids that exist. */
export async function householdRefs(
  db: Conn,
  ids: readonly string[],
): Promise<Map<string, HouseholdRef>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom('households')
    .select(['id', 'village_code', 'head_name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(
    rows.map((r) => [r.id, { id: r.id, villageCode: r.village_code, headName: r.head_name }]),
  );
}

/** The persons among these ids that exist, with their household. */
export async function personRefs(
  db: Conn,
  ids: readonly string[],
): Promise<Map<string, PersonRef>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom('persons')
    .select(['id', 'household_id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, householdId: r.household_id, name: r.name }]));
}

/** The cadres among these ids that exist. */
export async function cadreRefs(db: Conn, ids: readonly string[]): Promise<Map<string, CadreRef>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom('cadres')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name }]));
}

/** Whether a village is registered. */
export async function villageExists(db: Conn, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('villages')
    .select('code')
    .where('code', '=', code)
    .executeTakeFirst();
  return row !== undefined;
}

/** The name of a region, or null. */
export async function regionName(db: Conn, code: string | null): Promise<string | null> {
  if (code === null) {
    return null;
  }
  const row = await db
    .selectFrom('regions')
    .select('name')
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.name ?? null;
}

/** Which of these households are currently paired with the cadre (all of them when ids is null). */
export async function pairedHouseholds(
  db: Conn,
  cadreId: string,
  ids: readonly string[] | null = null,
): Promise<Set<string>> {
  if (ids !== null && ids.length === 0) {
    return new Set();
  }
  let q = db
    .selectFrom('pairings')
    .select('household_id')
    .where('cadre_id', '=', cadreId)
    .where('end_date', 'is', null);
  if (ids !== null) {
    q = q.where('household_id', 'in', [...ids]);
  }
  return new Set((await q.execute()).map((r) => r.household_id));
}

/** Which of these households have a current pairing with any cadre. */
export async function householdsWithPairing(
  db: Conn,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const rows = await db
    .selectFrom('pairings')
    .select('household_id')
    .where('household_id', 'in', [...ids])
    .where('end_date', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.household_id));
}
