/** Scope rules shared by registry services: cadres see only their current pairings. */
import { AppError, notFound } from '../../domain/errors.js';
import { can, isPairingScoped, type Actor, type Permission } from '../../domain/roles.js';
import type { Conn } from '../../db/connect.js';
import { findHousehold, isPairedWith, type HouseholdRow } from '../../db/household.repository.js';

/** The household if the actor may see it. @throws AppError not_found (also when out of scope) */
export async function visibleHousehold(db: Conn, actor: Actor, id: string): Promise<HouseholdRow> {
  const household = await findHousehold(db, id);
  if (!household) {
    throw notFound('household');
  }
  if (
    isPairingScoped(actor.role) &&
    !(actor.cadreId && (await isPairedWith(db, actor.cadreId, id)))
  ) {
    throw notFound('household');
  }
  return household;
}

/** @throws AppError forbidden */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new AppError('forbidden');
  }
}

/** The cadre whose pairings bound a list, or null for unscoped roles. */
export function listScope(actor: Actor): { cadreId: string | null } {
  if (!isPairingScoped(actor.role)) {
    return { cadreId: null };
  }
  // A cadre account not linked to a cadre sees nothing: an id that matches no pairing.
  return { cadreId: actor.cadreId ?? '00000000-0000-0000-0000-000000000000' };
}
