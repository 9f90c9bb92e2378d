/** Yearly household income: one record per household and year; cadres only for their households. */
import { conflict, forbidden, notFound } from '../../domain/errors.js';
import { isPairingScoped, type Actor } from '../../domain/roles.js';
import type {
  IncomeCreate,
  IncomeListQuery,
  IncomePatch,
  IncomeRecord,
} from '../../domain/registry/income.schema.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import {
  deleteIncome,
  findIncome,
  hasIncomeForYear,
  insertIncome,
  listIncome,
  updateIncome,
} from '../../db/income.repository.js';
import { assertCan, listScope, visibleHousehold } from './scope.js';

/** The record if the actor may see its household. @throws AppError not_found */
async function visibleIncome(db: Conn, actor: Actor, id: string): Promise<IncomeRecord> {
  const record = await findIncome(db, id);
  if (!record) {
    throw notFound('income_record');
  }
  await visibleHousehold(db, actor, record.householdId);
  return record;
}

/** A page of income records, newest year first; a cadre's cover only their households. */
export async function listIncomeFor(db: Db, actor: Actor, query: IncomeListQuery) {
  assertCan(actor, 'registry.read');
  if (query.household) {
    await visibleHousehold(db, actor, query.household);
  }
  return listIncome(db, query, listScope(actor).cadreId);
}

/** One income record with its total and per-capita income. @throws AppError not_found */
export async function readIncome(db: Db, actor: Actor, id: string): Promise<IncomeRecord> {
  assertCan(actor, 'registry.read');
  return visibleIncome(db, actor, id);
}

/**
 * Record a household's income for a year; household size defaults to its current member count.
 * @throws AppError forbidden | not_found | conflict income_year_exists
 */
export async function recordIncome(
  db: Db,
  actor: Actor,
  input: IncomeCreate,
): Promise<IncomeRecord> {
  assertCan(actor, 'registry.write');
  return db.transaction().execute(async (tx) => {
    const household = await visibleHousehold(tx, actor, input.householdId);
    if (await hasIncomeForYear(tx, input.householdId, input.year)) {
      throw conflict('error.income_year_exists', { year: input.year });
    }
    const id = newId();
    await insertIncome(tx, [
      { ...input, id, memberCount: input.memberCount ?? household.memberCount },
    ]);
    const after = await visibleIncome(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'create', entity: 'income_record', entityId: id, after },
    ]);
    return after;
  });
}

/** Correct amounts or household size; the year is fixed. @throws AppError not_found */
export async function correctIncome(
  db: Db,
  actor: Actor,
  id: string,
  patch: IncomePatch,
): Promise<IncomeRecord> {
  assertCan(actor, 'registry.write');
  return db.transaction().execute(async (tx) => {
    const before = await visibleIncome(tx, actor, id);
    const amounts = {
      wagesFen: patch.wagesFen ?? before.wagesFen,
      productionFen: patch.productionFen ?? before.productionFen,
      propertyFen: patch.propertyFen ?? before.propertyFen,
      transferFen: patch.transferFen ?? before.transferFen,
      memberCount: patch.memberCount ?? before.memberCount,
    };
    await updateIncome(tx, id, amounts, nowIso());
    const after = await visibleIncome(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'income_record', entityId: id, before, after },
    ]);
    return after;
  });
}

/** Remove a record entered in error (coordinators and admins). @throws forbidden | not_found */
export async function removeIncome(db: Db, actor: Actor, id: string): Promise<void> {
  assertCan(actor, 'registry.write');
  if (isPairingScoped(actor.role)) {
    throw forbidden();
  }
  await db.transaction().execute(async (tx) => {
    const before = await visibleIncome(tx, actor, id);
    await deleteIncome(tx, id);
    await appendAudit(tx, [
      { actor, action: 'delete', entity: 'income_record', entityId: id, before },
    ]);
  });
}
