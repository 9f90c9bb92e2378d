/** Org units and cadres: every registry reader lists them, org.write changes them; all audited. */
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { isPairingScoped, type Actor } from '../../domain/roles.js';
import type {
  Cadre,
  CadreCreate,
  CadreListQuery,
  CadrePatch,
  Unit,
  UnitCreate,
  UnitListQuery,
  UnitPatch,
} from '../../domain/registry/org.schema.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId } from '../../db/ids.js';
import {
  cadreInUse,
  currentPairingCounts,
  deleteCadre,
  deleteUnit,
  findCadre,
  findUnit,
  insertCadre,
  insertUnit,
  listCadres,
  listUnits,
  unitInUse,
  unitParents,
  updateCadre,
  updateUnit,
  type CadreRecord,
} from '../../db/org.repository.js';
import { assertCan } from './scope.js';

/** A page of units with their cadre counts. */
export async function listUnitsFor(db: Db, actor: Actor, query: UnitListQuery) {
  assertCan(actor, 'registry.read');
  return listUnits(db, query);
}

/** One unit. @throws AppError not_found */
export async function readUnit(db: Conn, actor: Actor, id: string): Promise<Unit> {
  assertCan(actor, 'registry.read');
  const unit = await findUnit(db, id);
  if (!unit) {
    throw notFound('unit');
  }
  return unit;
}

/** The parent must exist and must not be the unit itself or one of its sub-units. */
async function checkParent(db: Conn, unitId: string, parentId: string): Promise<void> {
  const parents = await unitParents(db);
  if (!parents.has(parentId)) {
    throw invalid([{ path: 'parentId', key: 'field.unknown_unit' }]);
  }
  const seen = new Set<string>();
  for (
    let at: string | null = parentId;
    at !== null && !seen.has(at);
    at = parents.get(at) ?? null
  ) {
    if (at === unitId) {
      throw invalid([{ path: 'parentId', key: 'field.unit_cycle' }]);
    }
    seen.add(at);
  }
}

/** Add a unit. @throws AppError forbidden | validation (unknown parent) */
export async function createUnit(db: Db, actor: Actor, input: UnitCreate): Promise<Unit> {
  assertCan(actor, 'org.write');
  return db.transaction().execute(async (tx) => {
    const id = newId();
    if (input.parentId) {
      await checkParent(tx, id, input.parentId);
    }
    await insertUnit(tx, { id, name: input.name, parentId: input.parentId ?? null });
    const after = await readUnit(tx, actor, id);
    await appendAudit(tx, [{ actor, action: 'create', entity: 'org_unit', entityId: id, after }]);
    return after;
  });
}

/** Rename a unit or move it under another. @throws AppError forbidden | not_found | validation */
export async function changeUnit(db: Db, actor: Actor, id: string, patch: UnitPatch) {
  assertCan(actor, 'org.write');
  return db.transaction().execute(async (tx) => {
    const before = await readUnit(tx, actor, id);
    if (patch.parentId) {
      await checkParent(tx, id, patch.parentId);
    }
    await updateUnit(tx, id, patch);
    const after = await readUnit(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'org_unit', entityId: id, before, after },
    ]);
    return after;
  });
}

/** Remove a unit without cadres or sub-units. @throws AppError not_found | conflict in_use */
export async function removeUnit(db: Db, actor: Actor, id: string): Promise<void> {
  assertCan(actor, 'org.write');
  await db.transaction().execute(async (tx) => {
    const before = await readUnit(tx, actor, id);
    if (await unitInUse(tx, id)) {
      throw conflict('error.in_use');
    }
    await deleteUnit(tx, id);
    await appendAudit(tx, [{ actor, action: 'delete', entity: 'org_unit', entityId: id, before }]);
  });
}

async function withCounts(db: Conn, cadres: readonly CadreRecord[]): Promise<Cadre[]> {
  const counts = await currentPairingCounts(
    db,
    cadres.map((c) => c.id),
  );
  return cadres.map((c) => ({ ...c, currentPairings: counts.get(c.id) ?? 0 }));
}

/** The cadre if the actor may see it: a cadre sees only their own record. @throws not_found */
async function visibleCadre(db: Conn, actor: Actor, id: string): Promise<CadreRecord> {
  assertCan(actor, 'registry.read');
  const cadre = await findCadre(db, id);
  if (!cadre || (isPairingScoped(actor.role) && actor.cadreId !== id)) {
    throw notFound('cadre');
  }
  return cadre;
}

/** A page of cadres with their current pairing counts; a cadre lists only themself. */
export async function listCadresFor(db: Db, actor: Actor, query: CadreListQuery) {
  assertCan(actor, 'registry.read');
  const onlyId = isPairingScoped(actor.role) ? (actor.cadreId ?? '') : null;
  const page = await listCadres(db, query, onlyId);
  return { items: await withCounts(db, page.items), nextCursor: page.nextCursor };
}

/** One cadre with the number of households currently paired. @throws AppError not_found */
export async function readCadre(db: Conn, actor: Actor, id: string): Promise<Cadre> {
  const [cadre] = await withCounts(db, [await visibleCadre(db, actor, id)]);
  if (!cadre) {
    throw notFound('cadre');
  }
  return cadre;
}

async function assertUnitExists(db: Conn, unitId: string): Promise<void> {
  if (!(await findUnit(db, unitId))) {
    throw invalid([{ path: 'unitId', key: 'field.unknown_unit' }]);
  }
}

/** Add a cadre to a unit. @throws AppError forbidden | validation (unknown unit) */
export async function createCadre(db: Db, actor: Actor, input: CadreCreate): Promise<Cadre> {
  assertCan(actor, 'org.write');
  return db.transaction().execute(async (tx) => {
    await assertUnitExists(tx, input.unitId);
    const id = newId();
    await insertCadre(tx, { ...input, id, phone: input.phone ?? null, leftOn: null });
    const after = await readCadre(tx, actor, id);
    await appendAudit(tx, [{ actor, action: 'create', entity: 'cadre', entityId: id, after }]);
    return after;
  });
}

/** The cadre with the fields a patch sets. */
function patched(before: Cadre, patch: CadrePatch): CadreRecord {
  return {
    ...before,
    unitId: patch.unitId ?? before.unitId,
    name: patch.name ?? before.name,
    sex: patch.sex ?? before.sex,
    phone: patch.phone !== undefined ? patch.phone : before.phone,
    position: patch.position ?? before.position,
    leftOn: patch.leftOn !== undefined ? patch.leftOn : before.leftOn,
  };
}

/**
 * Correct a cadre or record that they left; a cadre with current pairings must hand over first.
 * @throws AppError forbidden | not_found | validation | conflict cadre_has_pairings
 */
export async function changeCadre(db: Db, actor: Actor, id: string, patch: CadrePatch) {
  assertCan(actor, 'org.write');
  return db.transaction().execute(async (tx) => {
    const before = await readCadre(tx, actor, id);
    if (patch.unitId !== undefined) {
      await assertUnitExists(tx, patch.unitId);
    }
    if (patch.leftOn && before.leftOn === null && before.currentPairings > 0) {
      throw conflict('error.cadre_has_pairings', { count: before.currentPairings });
    }
    await updateCadre(tx, patched(before, patch));
    const after = await readCadre(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'cadre', entityId: id, before, after },
    ]);
    return after;
  });
}

/** Remove a cadre entered in error: never paired, no user account. @throws conflict in_use */
export async function removeCadre(db: Db, actor: Actor, id: string): Promise<void> {
  assertCan(actor, 'org.write');
  await db.transaction().execute(async (tx) => {
    const before = await readCadre(tx, actor, id);
    if (await cadreInUse(tx, id)) {
      throw conflict('error.in_use');
    }
    await deleteCadre(tx, id);
    await appendAudit(tx, [{ actor, action: 'delete', entity: 'cadre', entityId: id, before }]);
  });
}
