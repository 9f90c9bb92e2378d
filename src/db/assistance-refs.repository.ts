/** What assistance records refer to: persons, households, villages, cadres, pairings; one query each. */
import type { Conn } from './connect.js';

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The household and village of each existing person. */
export async function placePersons(
  db: Conn,
  ids: readonly string[],
): Promise<Map<string, { householdId: string; villageCode: string }>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.household_id', 'h.village_code'])
    .where('p.id', 'in', unique(ids))
    .execute();
  return new Map(
    rows.map((r) => [r.id, { householdId: r.household_id, villageCode: r.village_code }]),
  );
}

/** The village of each existing household. */
export async function placeHouseholds(
  db: Conn,
  ids: readonly string[],
): Promise<Map<string, { villageCode: string }>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom('households')
    .select(['id', 'village_code'])
    .where('id', 'in', unique(ids))
    .execute();
  return new Map(rows.map((r) => [r.id, { villageCode: r.village_code }]));
}

/** Which of these codes are registered villages. */
export async function registeredVillages(db: Conn, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) {
    return new Set();
  }
  const rows = await db
    .selectFrom('villages')
    .select('code')
    .where('code', 'in', unique(codes))
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** Which of these ids are cadres. */
export async function existingCadres(db: Conn, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const rows = await db.selectFrom('cadres').select('id').where('id', 'in', unique(ids)).execute();
  return new Set(rows.map((r) => r.id));
}

/** Which of these households are paired with the cadre now. */
export async function pairedHouseholds(
  db: Conn,
  cadreId: string,
  householdIds: readonly string[],
): Promise<Set<string>> {
  if (householdIds.length === 0) {
    return new Set();
  }
  const rows = await db
    .selectFrom('pairings')
    .select('household_id')
    .where('cadre_id', '=', cadreId)
    .where('end_date', 'is', null)
    .where('household_id', 'in', unique(householdIds))
    .execute();
  return new Set(rows.map((r) => r.household_id));
}
