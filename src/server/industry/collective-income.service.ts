/** Village collective income: one record per village and year (409 on a second), growth computed. */
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type {
  CollectiveIncome,
  CollectiveIncomeCreate,
  CollectiveIncomeListQuery,
  CollectiveIncomePatch,
} from '../../domain/industry/collective-income.schema.js';
import type { Actor } from '../../domain/roles.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import {
  findCollectiveIncome,
  hasCollectiveIncome,
  insertCollectiveIncomes,
  listCollectiveIncomes,
  updateCollectiveIncome,
} from '../../db/industry-income.repository.js';
import { newRecordColumns } from '../../db/training-records.repository.js';
import { assertCan } from '../registry/scope.js';
import { assertNotVoided, givenFields, voidAudited } from '../training/records.js';
import { referenceProblems } from './references.js';

/** A yearly record with its growth. @throws AppError not_found */
export async function readCollectiveIncome(
  db: Conn,
  actor: Actor,
  id: string,
): Promise<CollectiveIncome> {
  assertCan(actor, 'measures.read');
  const income = await findCollectiveIncome(db, id);
  if (!income) {
    throw notFound('collective_income');
  }
  return income;
}

/** Record a village's collective income for a year. @throws AppError conflict when it exists */
export async function recordCollectiveIncome(
  db: Db,
  actor: Actor,
  input: CollectiveIncomeCreate,
): Promise<CollectiveIncome> {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) => {
    const problems = await referenceProblems(tx, input);
    if (problems.length > 0) {
      throw invalid(problems);
    }
    if (await hasCollectiveIncome(tx, input.villageCode, input.year)) {
      throw conflict('error.collective_income_exists', { year: input.year });
    }
    const id = newId();
    await insertCollectiveIncomes(tx, [
      {
        id,
        village_code: input.villageCode,
        year: input.year,
        amount_fen: input.amountFen,
        note: input.note,
        ...newRecordColumns(actor.userId, nowIso()),
      },
    ]);
    const after = await readCollectiveIncome(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'create', entity: 'collective_income', entityId: id, after },
    ]);
    return after;
  });
}

export async function listCollectiveIncomesFor(
  db: Db,
  actor: Actor,
  query: CollectiveIncomeListQuery,
) {
  assertCan(actor, 'measures.read');
  return listCollectiveIncomes(db, query);
}

export async function correctCollectiveIncome(
  db: Db,
  actor: Actor,
  id: string,
  patch: CollectiveIncomePatch,
) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) => {
    const before = await readCollectiveIncome(tx, actor, id);
    assertNotVoided(before);
    const fields = givenFields(patch);
    await updateCollectiveIncome(tx, id, {
      ...(fields.amountFen !== undefined ? { amount_fen: fields.amountFen } : {}),
      ...(fields.note !== undefined ? { note: fields.note } : {}),
      updated_at: nowIso(),
    });
    const after = await readCollectiveIncome(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'collective_income', entityId: id, before, after },
    ]);
    return after;
  });
}

export async function voidCollectiveIncome(db: Db, actor: Actor, id: string, reason: string) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) =>
    voidAudited(tx, {
      actor,
      table: 'collective_incomes',
      entity: 'collective_income',
      before: await readCollectiveIncome(tx, actor, id),
      id,
      reason,
      at: nowIso(),
      reload: () => readCollectiveIncome(tx, actor, id),
    }),
  );
}
