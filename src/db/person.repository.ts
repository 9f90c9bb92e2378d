/** Household members: rows in, domain records out. */
import type { Conn } from './connect.js';
import type { PersonsTable } from './database.js';

export interface PersonRecord {
  readonly id: string;
  readonly householdId: string;
  readonly name: string;
  readonly sex: 'M' | 'F';
  readonly birthDate: string;
  readonly idNumber: string | null;
  readonly relation: string;
  readonly schooling: string;
  readonly labourAbility: string;
  readonly health: string;
  readonly disability: string;
  readonly phone: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function toPerson(r: PersonsTable): PersonRecord {
  return {
    id: r.id,
    householdId: r.household_id,
    name: r.name,
    sex: r.sex as 'M' | 'F',
    birthDate: r.birth_date,
    idNumber: r.id_number,
    relation: r.relation,
    schooling: r.schooling,
    labourAbility: r.labour_ability,
    health: r.health,
    disability: r.disability,
    phone: r.phone,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toPersonRow(p: PersonRecord): PersonsTable {
  return {
    id: p.id,
    household_id: p.householdId,
    name: p.name,
    sex: p.sex,
    birth_date: p.birthDate,
    id_number: p.idNumber,
    relation: p.relation,
    schooling: p.schooling,
    labour_ability: p.labourAbility,
    health: p.health,
    disability: p.disability,
    phone: p.phone,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

/** The members of a household, in registration order. */
export async function listMembers(db: Conn, householdId: string): Promise<PersonRecord[]> {
  const rows = await db
    .selectFrom('persons')
    .selectAll()
    .where('household_id', '=', householdId)
    .orderBy('id')
    .execute();
  return rows.map(toPerson);
}

export async function findPerson(db: Conn, id: string): Promise<PersonRecord | undefined> {
  const row = await db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPerson(row) : undefined;
}

/** Which of these ID numbers are already registered (to answer 409 before the insert fails). */
export async function takenIdNumbers(
  db: Conn,
  idNumbers: readonly string[],
  exceptPersonId?: string,
): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < idNumbers.length; i += 500) {
    let q = db
      .selectFrom('persons')
      .select('id_number')
      .where('id_number', 'in', idNumbers.slice(i, i + 500));
    if (exceptPersonId) {
      q = q.where('id', '!=', exceptPersonId);
    }
    for (const row of await q.execute()) {
      if (row.id_number) {
        taken.add(row.id_number);
      }
    }
  }
  return taken;
}

export async function insertPerson(db: Conn, p: PersonRecord): Promise<void> {
  await db.insertInto('persons').values(toPersonRow(p)).execute();
}

export async function updatePerson(db: Conn, p: PersonRecord): Promise<void> {
  const { id, ...rest } = toPersonRow(p);
  await db.updateTable('persons').set(rest).where('id', '=', id).execute();
}
