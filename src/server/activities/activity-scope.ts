/** Who may see and change which activity: cadres only their own work and their paired households. */
import { AppError, notFound } from '../../domain/errors.js';
import { isPairingScoped, type Actor } from '../../domain/roles.js';
import { activityVisible, type ActivityScope } from '../../db/activity-list.repository.js';
import { findActivity, type ActivityRecord } from '../../db/activity.repository.js';
import { householdRefs, pairedHouseholds } from '../../db/activity-refs.repository.js';
import type { Conn } from '../../db/connect.js';
import { listScope } from '../registry/scope.js';

/** The list scope of an actor: a cadre sees activities of their own or of their paired households. */
export function activityScope(actor: Actor): ActivityScope {
  return listScope(actor);
}

/** The activity if the actor may see it. @throws AppError not_found (also when out of scope) */
export async function visibleActivity(db: Conn, actor: Actor, id: string): Promise<ActivityRecord> {
  const activity = await findActivity(db, id);
  if (!activity) {
    throw notFound('activity');
  }
  if (isPairingScoped(actor.role) && !(await activityVisible(db, id, activityScope(actor)))) {
    throw notFound('activity');
  }
  return activity;
}

/** A cadre changes only what they organized or recorded. @throws AppError forbidden */
export function assertMayChange(actor: Actor, activity: ActivityRecord): void {
  if (!isPairingScoped(actor.role)) {
    return;
  }
  const own =
    activity.createdBy === actor.userId ||
    (actor.cadreId !== null && activity.organizerCadreId === actor.cadreId);
  if (!own) {
    throw new AppError('forbidden');
  }
}

/** Every household must exist and, for a cadre, be paired with them. @throws AppError not_found */
export async function assertHouseholdsInScope(
  db: Conn,
  actor: Actor,
  ids: readonly string[],
): Promise<void> {
  const unique = [...new Set(ids)];
  const found = await householdRefs(db, unique);
  if (unique.some((id) => !found.has(id))) {
    throw notFound('household');
  }
  if (!isPairingScoped(actor.role)) {
    return;
  }
  const paired = actor.cadreId ? await pairedHouseholds(db, actor.cadreId, unique) : new Set();
  if (unique.some((id) => !paired.has(id))) {
    throw notFound('household');
  }
}

/** The households a cadre may see, or null for roles that see all. */
export async function visibleHouseholdSet(db: Conn, actor: Actor): Promise<Set<string> | null> {
  if (!isPairingScoped(actor.role)) {
    return null;
  }
  return actor.cadreId ? pairedHouseholds(db, actor.cadreId) : new Set();
}
