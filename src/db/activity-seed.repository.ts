/** What seeding a year of activities reads: villages, current pairings, members, accounts. */
import type { Conn } from './connect.js';

export interface SeedSources {
  readonly villages: readonly string[];
  /** Current pairings, by cadre then household. */
  readonly pairings: readonly { cadreId: string; householdId: string; villageCode: string }[];
  /** Members of every household, by household then id. */
  readonly persons: readonly { id: string; householdId: string; birthDate: string }[];
  readonly users: readonly { id: string; username: string; cadreId: string | null }[];
}

/** Everything in one pass, in a fixed order so a seeded demo comes out the same each time. */
export async function loadSeedSources(db: Conn): Promise<SeedSources> {
  const villages = await db
    .selectFrom('villages')
    .select('code')
    .where('taken_on', '=', 1)
    .orderBy('code')
    .execute();
  const pairings = await db
    .selectFrom('pairings as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.cadre_id', 'p.household_id', 'h.village_code'])
    .where('p.end_date', 'is', null)
    .orderBy('p.cadre_id')
    .orderBy('p.household_id')
    .execute();
  const persons = await db
    .selectFrom('persons')
    .select(['id', 'household_id', 'birth_date'])
    .orderBy('household_id')
    .orderBy('id')
    .execute();
  const users = await db
    .selectFrom('users')
    .select(['id', 'username', 'cadre_id'])
    .orderBy('username')
    .execute();
  return {
    villages: villages.map((v) => v.code),
    pairings: pairings.map((p) => ({
      cadreId: p.cadre_id,
      householdId: p.household_id,
      villageCode: p.village_code,
    })),
    persons: persons.map((p) => ({
      id: p.id,
      householdId: p.household_id,
      birthDate: p.birth_date,
    })),
    users: users.map((u) => ({ id: u.id, username: u.username, cadreId: u.cadre_id })),
  };
}
