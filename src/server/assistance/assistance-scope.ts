/** Who may see and change which assistance records: cadres only their current pairings' families. */
import { forbidden, invalid, notFound } from '../../domain/errors.js';
import { isPairingScoped, type Actor } from '../../domain/roles.js';
import type { AssistanceRecord } from '../../domain/assistance/assistance-record.schema.js';
import {
  beneficiaryKindOf,
  type AssistanceCreate,
} from '../../domain/assistance/assistance.schema.js';
import { isVisibleToCadre } from '../../db/assistance.repository.js';
import { loadAssistance } from '../../db/assistance-read.repository.js';
import { pairedHouseholds } from '../../db/assistance-refs.repository.js';
import type { Conn } from '../../db/connect.js';
import { listScope } from '../registry/scope.js';
import { householdsOf, missingPeople, type Refs } from './assistance-refs.js';

/** The record if the actor may see it. @throws AppError not_found (also when out of scope) */
export async function visibleRecord(db: Conn, actor: Actor, id: string): Promise<AssistanceRecord> {
  const [record] = await loadAssistance(db, [id]);
  if (!record) {
    throw notFound('assistance');
  }
  const { cadreId } = listScope(actor);
  if (cadreId && !(await isVisibleToCadre(db, id, cadreId))) {
    throw notFound('assistance');
  }
  return record;
}

async function assertAllPaired(db: Conn, actor: Actor, households: readonly string[]) {
  const { cadreId } = listScope(actor);
  const paired = await pairedHouseholds(db, cadreId ?? '', households);
  if (households.some((h) => !paired.has(h))) {
    throw notFound('household');
  }
}

/**
 * A cadre records only for families paired with them now, never for a village.
 * @throws AppError forbidden (village-level) | not_found (unknown or unpaired family)
 */
export async function assertMayRecord(
  db: Conn,
  actor: Actor,
  inputs: readonly AssistanceCreate[],
  refs: Refs,
): Promise<void> {
  if (!isPairingScoped(actor.role)) {
    return;
  }
  if (inputs.some((input) => beneficiaryKindOf(input) === 'village')) {
    throw forbidden();
  }
  if (inputs.some((input) => missingPeople(input, refs).length > 0)) {
    throw notFound('household');
  }
  await assertAllPaired(
    db,
    actor,
    inputs.flatMap((input) => householdsOf(input, refs)),
  );
}

/** A cadre changes only records of families all paired with them. @throws AppError forbidden | not_found */
export async function assertMayChange(
  db: Conn,
  actor: Actor,
  record: AssistanceRecord,
): Promise<void> {
  if (!isPairingScoped(actor.role)) {
    return;
  }
  if (record.beneficiaryKind === 'village') {
    throw forbidden();
  }
  await assertAllPaired(
    db,
    actor,
    record.beneficiaries.flatMap((b) => (b.householdId ? [b.householdId] : [])),
  );
}

/** Who arranged it: a cadre records as themselves; others name any cadre or none. */
export function arrangedByFor(actor: Actor, requested: string | null | undefined): string | null {
  if (!isPairingScoped(actor.role)) {
    return requested ?? null;
  }
  if (requested !== undefined && requested !== null && requested !== actor.cadreId) {
    throw invalid([{ path: 'arrangedByCadreId', key: 'field.arranged_by_self' }]);
  }
  return actor.cadreId;
}
