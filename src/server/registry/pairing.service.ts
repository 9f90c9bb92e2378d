/** Pairings: pair a cadre with a household, end a pairing, hand a cadre's households over. */
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { isPairingScoped, type Actor } from '../../domain/roles.js';
import type {
  Handover,
  HandoverResult,
  Pairing,
  PairingCreate,
  PairingEnd,
  PairingListQuery,
} from '../../domain/registry/pairing.schema.js';
import { appendAudit, type AuditRecord } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { findHousehold } from '../../db/household.repository.js';
import { newId } from '../../db/ids.js';
import { findCadre, type CadreRecord } from '../../db/org.repository.js';
import {
  currentPairingsOfCadre,
  currentPairingsOfHousehold,
  endPairings,
  findPairing,
  findPairings,
  insertPairings,
  listPairings,
  type NewPairing,
} from '../../db/pairing.repository.js';
import { assertCan, listScope } from './scope.js';

/** A page of pairings, newest first; a cadre lists only their own. */
export async function listPairingsFor(db: Db, actor: Actor, query: PairingListQuery) {
  assertCan(actor, 'registry.read');
  return listPairings(db, query, listScope(actor).cadreId);
}

/** One pairing; a cadre sees only their own. @throws AppError not_found */
export async function readPairing(db: Conn, actor: Actor, id: string): Promise<Pairing> {
  assertCan(actor, 'registry.read');
  const pairing = await findPairing(db, id);
  if (!pairing || (isPairingScoped(actor.role) && pairing.cadreId !== actor.cadreId)) {
    throw notFound('pairing');
  }
  return pairing;
}

/** The cadre named in an input field, who must exist and be active. @throws validation */
async function activeCadre(db: Conn, id: string, path: string): Promise<CadreRecord> {
  const cadre = await findCadre(db, id);
  if (!cadre) {
    throw invalid([{ path, key: 'field.unknown_cadre' }]);
  }
  if (cadre.leftOn !== null) {
    throw invalid([{ path, key: 'error.cadre_inactive' }]);
  }
  return cadre;
}

function newPairing(p: Omit<NewPairing, 'id'>): NewPairing {
  return {
    id: newId(),
    cadreId: p.cadreId,
    householdId: p.householdId,
    role: p.role,
    startDate: p.startDate,
  };
}

/**
 * Pair an active cadre with a household: one current lead per household, one current pairing per
 * cadre and household. @throws AppError forbidden | validation | conflict lead_exists/pairing_exists
 */
export async function pairCadre(db: Db, actor: Actor, input: PairingCreate): Promise<Pairing> {
  assertCan(actor, 'pairing.write');
  return db.transaction().execute(async (tx) => {
    if (!(await findHousehold(tx, input.householdId))) {
      throw invalid([{ path: 'householdId', key: 'field.unknown_household' }]);
    }
    await activeCadre(tx, input.cadreId, 'cadreId');
    const current = await currentPairingsOfHousehold(tx, input.householdId);
    if (current.some((p) => p.cadreId === input.cadreId)) {
      throw conflict('error.pairing_exists');
    }
    if (input.role === 'lead' && current.some((p) => p.role === 'lead')) {
      throw conflict('error.lead_exists');
    }
    const row = newPairing(input);
    await insertPairings(tx, [row]);
    const after = await readPairing(tx, actor, row.id);
    await appendAudit(tx, [
      { actor, action: 'create', entity: 'pairing', entityId: row.id, after },
    ]);
    return after;
  });
}

/** End a current pairing. @throws AppError not_found | conflict pairing_ended | validation */
export async function endPairing(
  db: Db,
  actor: Actor,
  id: string,
  input: PairingEnd,
): Promise<Pairing> {
  assertCan(actor, 'pairing.write');
  return db.transaction().execute(async (tx) => {
    const before = await readPairing(tx, actor, id);
    if (before.endDate !== null) {
      throw conflict('error.pairing_ended');
    }
    if (input.endDate < before.startDate) {
      throw invalid([{ path: 'endDate', key: 'field.date_order' }]);
    }
    await endPairings(tx, [id], { date: input.endDate, reason: input.reason });
    const after = await readPairing(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'pairing', entityId: id, before, after },
    ]);
    return after;
  });
}

/** Everything a handover must satisfy before anything is written. @throws validation | conflict */
async function checkHandover(tx: Conn, fromCadreId: string, input: Handover): Promise<Pairing[]> {
  if (!(await findCadre(tx, fromCadreId))) {
    throw notFound('cadre');
  }
  if (input.toCadreId === fromCadreId) {
    throw invalid([{ path: 'toCadreId', key: 'error.same_cadre' }]);
  }
  await activeCadre(tx, input.toCadreId, 'toCadreId');
  const moving = await currentPairingsOfCadre(tx, fromCadreId);
  if (moving.length === 0) {
    throw conflict('error.nothing_to_hand_over');
  }
  if (moving.some((p) => input.date < p.startDate)) {
    throw invalid([{ path: 'date', key: 'field.handover_before_start' }]);
  }
  const held = new Set(
    (await currentPairingsOfCadre(tx, input.toCadreId)).map((p) => p.householdId),
  );
  const overlap = moving.filter((p) => held.has(p.householdId));
  if (overlap.length > 0) {
    throw conflict('error.handover_overlap', { count: overlap.length });
  }
  return moving;
}

/** One audit entry per ended pairing (before/after) and per new pairing. */
function handoverAudit(
  actor: Actor,
  act: { fromCadreId: string; input: Handover; moving: Pairing[]; rows: NewPairing[] },
): AuditRecord[] {
  const { date, reason, toCadreId } = act.input;
  return [
    ...act.moving.map((before) => ({
      actor,
      action: 'update' as const,
      entity: 'pairing',
      entityId: before.id,
      before,
      after: { ...before, endDate: date, endReason: reason, handoverTo: toCadreId },
    })),
    ...act.rows.map((row) => ({
      actor,
      action: 'create' as const,
      entity: 'pairing',
      entityId: row.id,
      after: { ...row, endDate: null, handoverFrom: act.fromCadreId },
    })),
  ];
}

/**
 * Hand every current pairing of a cadre to another in one transaction: the old pairings end on
 * `date`, the same pairings (same role) start for the new cadre that day. Nothing is written when
 * any check fails. @throws AppError forbidden | not_found | validation | conflict
 */
export async function handOver(
  db: Db,
  actor: Actor,
  fromCadreId: string,
  input: Handover,
): Promise<HandoverResult> {
  assertCan(actor, 'pairing.write');
  return db.transaction().execute(async (tx) => {
    const moving = await checkHandover(tx, fromCadreId, input);
    const ids = moving.map((p) => p.id);
    const ended = await endPairings(tx, ids, { date: input.date, reason: input.reason });
    const rows = moving.map((p) =>
      newPairing({ ...p, cadreId: input.toCadreId, startDate: input.date }),
    );
    await insertPairings(tx, rows);
    await appendAudit(tx, handoverAudit(actor, { fromCadreId, input, moving, rows }));
    const items = await findPairings(
      tx,
      rows.map((r) => r.id),
    );
    return { ended, items };
  });
}
