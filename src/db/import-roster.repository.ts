/** Set-based reads and writes of roster imports (and the member rows of list exports). */
import type { Conn } from './connect.js';
import type { HouseholdsTable, PersonsTable, StatusChangesTable } from './database.js';
import { searchRowsFor } from './household.repository.js';
import { toPerson, type PersonRecord } from './person.repository.js';

const CHUNK = 900;

/** Slices of at most `size` items. */
export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

/** The codes of the villages taken on. */
export async function villageCodes(db: Conn): Promise<Set<string>> {
  const rows = await db.selectFrom('villages').select('code').execute();
  return new Set(rows.map((r) => r.code));
}

/** Registered persons with any of these ID numbers. */
export async function personsByIdNumbers(
  db: Conn,
  idNumbers: readonly string[],
): Promise<PersonRecord[]> {
  const out: PersonRecord[] = [];
  for (const part of chunks([...new Set(idNumbers)])) {
    const rows = await db
      .selectFrom('persons')
      .selectAll()
      .where('id_number', 'in', part)
      .execute();
    out.push(...rows.map(toPerson));
  }
  return out;
}

/** The members of these households, by household then registration order. */
export async function membersOfHouseholds(
  db: Conn,
  householdIds: readonly string[],
): Promise<PersonRecord[]> {
  const out: PersonRecord[] = [];
  for (const part of chunks([...new Set(householdIds)])) {
    const rows = await db
      .selectFrom('persons')
      .selectAll()
      .where('household_id', 'in', part)
      .orderBy('household_id')
      .orderBy('id')
      .execute();
    out.push(...rows.map(toPerson));
  }
  return out;
}

/** The household rows with these ids. */
export async function householdRows(db: Conn, ids: readonly string[]): Promise<HouseholdsTable[]> {
  const out: HouseholdsTable[] = [];
  for (const part of chunks([...new Set(ids)])) {
    out.push(...(await db.selectFrom('households').selectAll().where('id', 'in', part).execute()));
  }
  return out.map((h) => ({
    ...h,
    member_count: Number(h.member_count),
    exit_year: h.exit_year === null ? null : Number(h.exit_year),
  }));
}

/** Add members to registered households. */
export async function insertPersonRows(db: Conn, persons: readonly PersonsTable[]): Promise<void> {
  for (const part of chunks(persons, Math.floor(30_000 / 14))) {
    await db.insertInto('persons').values(part).execute();
  }
}

/** Add dated status changes. */
export async function insertStatusRows(
  db: Conn,
  rows: readonly StatusChangesTable[],
): Promise<void> {
  for (const part of chunks(rows, Math.floor(30_000 / 8))) {
    await db.insertInto('household_status_changes').values(part).execute();
  }
}

/** Replace the search terms of these persons (new names, ID numbers or villages). */
export async function replaceSearchTerms(
  db: Conn,
  persons: readonly PersonsTable[],
  villageOf: ReadonlyMap<string, string>,
): Promise<void> {
  for (const part of chunks(persons)) {
    await db
      .deleteFrom('household_search')
      .where('household_id', 'in', [...new Set(part.map((p) => p.household_id))])
      .where(
        'person_id',
        'in',
        part.map((p) => p.id),
      )
      .execute();
  }
  const rows = searchRowsFor(persons, (id) => villageOf.get(id) ?? '');
  for (const part of chunks(rows, Math.floor(30_000 / 5))) {
    await db.insertInto('household_search').values(part).execute();
  }
}

/** Recompute head name and member count of households, in one statement per chunk. */
export async function refreshSummaries(
  db: Conn,
  householdIds: readonly string[],
  at: string,
): Promise<void> {
  for (const part of chunks([...new Set(householdIds)])) {
    await db
      .updateTable('households')
      .set((eb) => ({
        member_count: eb
          .selectFrom('persons')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('persons.household_id', '=', 'households.id'),
        head_name: eb.fn.coalesce(
          eb
            .selectFrom('persons')
            .select('persons.name')
            .whereRef('persons.household_id', '=', 'households.id')
            .where('persons.relation', '=', 'head')
            .orderBy('persons.id')
            .limit(1),
          eb.ref('households.head_name'),
        ),
        updated_at: at,
      }))
      .where('id', 'in', part)
      .execute();
  }
}

/** Households moved to another village: their search rows follow them. */
export async function moveSearchVillage(
  db: Conn,
  moves: readonly { householdId: string; villageCode: string }[],
): Promise<void> {
  const byVillage = new Map<string, string[]>();
  for (const m of moves) {
    byVillage.set(m.villageCode, [...(byVillage.get(m.villageCode) ?? []), m.householdId]);
  }
  for (const [village, ids] of byVillage) {
    for (const part of chunks(ids)) {
      await db
        .updateTable('household_search')
        .set({ village_code: village })
        .where('household_id', 'in', part)
        .execute();
    }
  }
}
