/** Household members: add, read (audited, whole ID only for roles that need it), correct, remove. */
import { z } from 'zod';
import { AppError, invalid, notFound } from '../../domain/errors.js';
import { can, type Actor } from '../../domain/roles.js';
import {
  checkIdAgainstPerson,
  type PersonCreate,
  type PersonPatch,
} from '../../domain/registry/person.schema.js';
import { issuesToFields } from '../../domain/validation/zod-issues.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Db } from '../../db/connect.js';
import { refreshHouseholdSummary, reindexPersons } from '../../db/household.repository.js';
import { newId, nowIso } from '../../db/ids.js';
import {
  findPerson,
  insertPerson,
  listMembers,
  takenIdNumbers,
  toPersonRow,
  updatePerson,
  type PersonRecord,
} from '../../db/person.repository.js';
import { auditPerson, presentPerson } from './presenters.js';
import { assertCan, visibleHousehold } from './scope.js';

const Consistency = z
  .object({ idNumber: z.string().nullable().optional(), birthDate: z.string(), sex: z.string() })
  .superRefine(checkIdAgainstPerson);

function assertConsistent(p: PersonRecord): void {
  const result = Consistency.safeParse(p);
  if (!result.success) {
    throw invalid(issuesToFields(result.error.issues));
  }
}

async function assertIdFree(db: Db, idNumber: string | null, exceptId?: string): Promise<void> {
  if (idNumber && (await takenIdNumbers(db, [idNumber], exceptId)).size > 0) {
    throw invalid([{ path: 'idNumber', key: 'field.id_taken' }]);
  }
}

async function visiblePerson(db: Db, actor: Actor, id: string): Promise<PersonRecord> {
  const person = await findPerson(db, id);
  if (!person) {
    throw notFound('person');
  }
  await visibleHousehold(db, actor, person.householdId);
  return person;
}

/** Add a member to a household. */
export async function addPerson(db: Db, actor: Actor, input: PersonCreate) {
  assertCan(actor, 'registry.write');
  return db.transaction().execute(async (tx) => {
    const household = await visibleHousehold(tx, actor, input.householdId);
    const at = nowIso();
    const person: PersonRecord = {
      id: newId(),
      householdId: input.householdId,
      name: input.name,
      sex: input.sex,
      birthDate: input.birthDate,
      idNumber: input.idNumber ?? null,
      relation: input.relation,
      schooling: input.schooling,
      labourAbility: input.labourAbility,
      health: input.health,
      disability: input.disability,
      phone: input.phone ?? null,
      createdAt: at,
      updatedAt: at,
    };
    await assertIdFree(tx, person.idNumber);
    await insertPerson(tx, person);
    await reindexPersons(tx, [toPersonRow(person)], household.villageCode);
    await refreshHouseholdSummary(tx, household.id, at);
    await appendAudit(tx, [
      {
        actor,
        action: 'create',
        entity: 'person',
        entityId: person.id,
        after: auditPerson(person),
      },
    ]);
    return presentPerson(actor, person);
  });
}

/** A person's full record; reading it is audited, and so is showing the whole ID number. */
export async function readPerson(
  db: Db,
  actor: Actor,
  id: string,
  options: { reveal: boolean; ip: string | null },
) {
  assertCan(actor, 'registry.read');
  const person = await visiblePerson(db, actor, id);
  const reveal = options.reveal && can(actor.role, 'id_number.reveal') && person.idNumber !== null;
  if (options.reveal && !can(actor.role, 'id_number.reveal')) {
    throw new AppError('forbidden');
  }
  await appendAudit(db, [
    { actor, action: 'read_full', entity: 'person', entityId: id, ip: options.ip },
    ...(reveal
      ? [
          {
            actor,
            action: 'reveal_id_number' as const,
            entity: 'person',
            entityId: id,
            ip: options.ip,
          },
        ]
      : []),
  ]);
  return presentPerson(actor, person, reveal);
}

/** Correct a person; the ID number must still match birth date and sex. */
export async function correctPerson(db: Db, actor: Actor, id: string, patch: PersonPatch) {
  assertCan(actor, 'registry.write');
  return db.transaction().execute(async (tx) => {
    const before = await visiblePerson(tx, actor, id);
    const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const after: PersonRecord = { ...before, ...changes, updatedAt: nowIso() };
    assertConsistent(after);
    await assertIdFree(tx, after.idNumber, id);
    await updatePerson(tx, after);
    const household = await visibleHousehold(tx, actor, after.householdId);
    await reindexPersons(tx, [toPersonRow(after)], household.villageCode);
    await refreshHouseholdSummary(tx, after.householdId, after.updatedAt);
    await appendAudit(tx, [
      {
        actor,
        action: 'update',
        entity: 'person',
        entityId: id,
        before: auditPerson(before),
        after: auditPerson(after),
      },
    ]);
    return presentPerson(actor, after);
  });
}

/** Remove a member (moved away, died, registered in error); a household keeps at least one. */
export async function removePerson(db: Db, actor: Actor, id: string): Promise<void> {
  assertCan(actor, 'registry.write');
  await db.transaction().execute(async (tx) => {
    const person = await visiblePerson(tx, actor, id);
    const members = await listMembers(tx, person.householdId);
    if (members.length <= 1) {
      throw new AppError('conflict', { key: 'error.last_member' });
    }
    await tx
      .deleteFrom('household_search')
      .where('household_id', '=', person.householdId)
      .where('person_id', '=', id)
      .execute();
    await tx.deleteFrom('persons').where('id', '=', id).execute();
    await refreshHouseholdSummary(tx, person.householdId, nowIso());
    await appendAudit(tx, [
      { actor, action: 'delete', entity: 'person', entityId: id, before: auditPerson(person) },
    ]);
  });
}
