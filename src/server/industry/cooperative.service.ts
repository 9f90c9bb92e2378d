/** Cooperatives: create with members and products, read (members in the caller's scope), correct, void. */
import { invalid, notFound } from '../../domain/errors.js';
import type {
  Cooperative,
  CooperativeCreate,
  CooperativeDetail,
  CooperativeListQuery,
  CooperativePatch,
} from '../../domain/industry/cooperative.schema.js';
import type { Actor } from '../../domain/roles.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import {
  cooperativeMembers,
  findCooperative,
  insertCooperatives,
  listCooperatives,
  replaceMembers,
  replaceProducts,
  updateCooperative,
} from '../../db/industry-cooperative.repository.js';
import { newRecordColumns } from '../../db/training-records.repository.js';
import { assertCan, listScope } from '../registry/scope.js';
import { assertNotVoided, givenFields, voidAudited } from '../training/records.js';
import { referenceProblems } from './references.js';

async function loadCooperative(db: Conn, actor: Actor, id: string): Promise<Cooperative> {
  assertCan(actor, 'measures.read');
  const cooperative = await findCooperative(db, id);
  if (!cooperative) {
    throw notFound('cooperative');
  }
  return cooperative;
}

/** A cooperative with the member households the actor may see. @throws AppError not_found */
export async function readCooperative(
  db: Conn,
  actor: Actor,
  id: string,
): Promise<CooperativeDetail> {
  const cooperative = await loadCooperative(db, actor, id);
  return { ...cooperative, members: await cooperativeMembers(db, id, listScope(actor)) };
}

/** The whole record as audited: every member household, whoever acts. */
async function auditSnapshot(db: Conn, actor: Actor, id: string) {
  const cooperative = await loadCooperative(db, actor, id);
  const members = await cooperativeMembers(db, id, { cadreId: null });
  return { ...cooperative, memberHouseholdIds: members.map((m) => m.householdId) };
}

/** Create a cooperative. @throws AppError forbidden | validation */
export async function createCooperative(db: Db, actor: Actor, input: CooperativeCreate) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) => {
    const problems = await referenceProblems(tx, input);
    if (problems.length > 0) {
      throw invalid(problems);
    }
    const id = newId();
    const members = [...new Set(input.memberHouseholdIds)];
    const products = [...new Set(input.productIds)];
    await insertCooperatives(
      tx,
      [
        {
          id,
          village_code: input.villageCode,
          name: input.name,
          founded_on: input.foundedOn,
          business: input.business,
          note: input.note,
          ...newRecordColumns(actor.userId, nowIso()),
        },
      ],
      members.map((h) => ({ cooperative_id: id, household_id: h })),
      products.map((p) => ({ cooperative_id: id, product_id: p })),
    );
    const after = await auditSnapshot(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'create', entity: 'cooperative', entityId: id, after },
    ]);
    return readCooperative(tx, actor, id);
  });
}

export async function listCooperativesFor(db: Db, actor: Actor, query: CooperativeListQuery) {
  assertCan(actor, 'measures.read');
  return listCooperatives(db, query);
}

/** Correct a cooperative; member and product lists are replaced when given. @throws AppError */
export async function correctCooperative(
  db: Db,
  actor: Actor,
  id: string,
  patch: CooperativePatch,
) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) => {
    const before = await auditSnapshot(tx, actor, id);
    assertNotVoided(before);
    const problems = await referenceProblems(tx, patch);
    if (problems.length > 0) {
      throw invalid(problems);
    }
    const { memberHouseholdIds, productIds, ...fields } = givenFields(patch);
    await updateCooperative(tx, id, {
      ...(fields.villageCode !== undefined ? { village_code: fields.villageCode } : {}),
      ...(fields.name !== undefined ? { name: fields.name } : {}),
      ...(fields.foundedOn !== undefined ? { founded_on: fields.foundedOn } : {}),
      ...(fields.business !== undefined ? { business: fields.business } : {}),
      ...(fields.note !== undefined ? { note: fields.note } : {}),
      updated_at: nowIso(),
    });
    if (memberHouseholdIds) {
      await replaceMembers(tx, id, [...new Set(memberHouseholdIds)]);
    }
    if (productIds) {
      await replaceProducts(tx, id, [...new Set(productIds)]);
    }
    const after = await auditSnapshot(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'cooperative', entityId: id, before, after },
    ]);
    return readCooperative(tx, actor, id);
  });
}

export async function voidCooperative(db: Db, actor: Actor, id: string, reason: string) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) => {
    await voidAudited(tx, {
      actor,
      table: 'cooperatives',
      entity: 'cooperative',
      before: await auditSnapshot(tx, actor, id),
      id,
      reason,
      at: nowIso(),
      reload: () => auditSnapshot(tx, actor, id),
    });
    return readCooperative(tx, actor, id);
  });
}
