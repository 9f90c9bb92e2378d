/** Activity types: everyone reads the list; admins (lists.manage) add, rename and deactivate. */
import { conflict, notFound } from '../../domain/errors.js';
import type {
  ActivityType,
  ActivityTypeCreate,
  ActivityTypeListQuery,
  ActivityTypePatch,
} from '../../domain/activities/activity-type.schema.js';
import type { Actor } from '../../domain/roles.js';
import {
  findActivityType,
  insertActivityType,
  listActivityTypes,
  updateActivityType,
} from '../../db/activity-type.repository.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Db } from '../../db/connect.js';
import { nowIso } from '../../db/ids.js';
import { assertCan } from '../registry/scope.js';

/** A page of activity types for anyone who may read the measures' records. */
export async function listTypesFor(db: Db, actor: Actor, query: ActivityTypeListQuery) {
  assertCan(actor, 'measures.read');
  return listActivityTypes(db, query);
}

/** Add a type. @throws AppError forbidden | conflict when the code exists */
export async function addActivityType(
  db: Db,
  actor: Actor,
  input: ActivityTypeCreate,
): Promise<ActivityType> {
  assertCan(actor, 'lists.manage');
  return db.transaction().execute(async (tx) => {
    if (await findActivityType(tx, input.typeCode)) {
      throw conflict('error.activity_type_exists', { code: input.typeCode });
    }
    await insertActivityType(tx, input, nowIso());
    await appendAudit(tx, [
      { actor, action: 'create', entity: 'activity_type', entityId: input.typeCode, after: input },
    ]);
    return input;
  });
}

/** Rename, reorder or (de)activate a type. @throws AppError forbidden | not_found */
export async function changeActivityType(
  db: Db,
  actor: Actor,
  code: string,
  patch: ActivityTypePatch,
): Promise<ActivityType> {
  assertCan(actor, 'lists.manage');
  return db.transaction().execute(async (tx) => {
    const before = await findActivityType(tx, code);
    if (!before) {
      throw notFound('activity_type');
    }
    await updateActivityType(tx, code, patch, nowIso());
    const after = await findActivityType(tx, code);
    if (!after) {
      throw notFound('activity_type');
    }
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'activity_type', entityId: code, before, after },
    ]);
    return after;
  });
}
