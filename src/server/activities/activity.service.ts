/** Activities: record, correct, void, read, list, and the cadre → relative → villager cascade. */
import { AppError, notFound } from '../../domain/errors.js';
import type {
  ActivityCreate,
  ActivityDetail,
  ActivityListQuery,
  ActivityPatch,
  ActivitySummary,
  Cascade,
  CascadeQuery,
  LatestActivity,
  LatestQuery,
} from '../../domain/activities/activity.schema.js';
import { isPairingScoped, type Actor } from '../../domain/roles.js';
import { cascadeCounts } from '../../db/activity-cascade.repository.js';
import {
  findActivityRow,
  latestByHousehold,
  listActivities,
} from '../../db/activity-list.repository.js';
import { countLecturersTrained } from '../../db/activity-lecturer.repository.js';
import { cadreRefs, householdRefs, personRefs } from '../../db/activity-refs.repository.js';
import {
  insertActivities,
  updateActivity,
  voidActivity,
  type ActivityRecord,
} from '../../db/activity.repository.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import { listPhotosOf } from '../../db/photo.repository.js';
import { assertCan } from '../registry/scope.js';
import { once, type Once, type RequestKey } from '../request-keys.js';
import { resolveActivity, type ActivityDraftInput } from './activity-draft.js';
import {
  activityScope,
  assertMayChange,
  visibleActivity,
  visibleHouseholdSet,
} from './activity-scope.js';
import { presentDetail, presentSummary } from './presenters.js';

function draftOf(input: ActivityCreate, actor: Actor): ActivityDraftInput {
  const organizer =
    input.organizerCadreId !== undefined
      ? input.organizerCadreId
      : isPairingScoped(actor.role)
        ? actor.cadreId
        : null;
  return {
    ...input,
    villageCode: input.villageCode ?? null,
    householdId: input.householdId ?? null,
    organizerCadreId: organizer,
    headcount: input.headcount ?? input.personIds.length,
    lecturerPersonId: input.lecturerPersonId ?? null,
  };
}

/** Record an activity. @throws AppError forbidden | not_found | validation */
export async function recordActivity(db: Db, actor: Actor, input: ActivityCreate): Promise<string> {
  return (await recordActivityOnce(db, actor, input, null)).id;
}

/**
 * Record an activity once per idempotency key: a repeat of the same request (its answer lost)
 * answers with the first record. @throws AppError (conflict when the key came with another body)
 */
export async function recordActivityOnce(
  db: Db,
  actor: Actor,
  input: ActivityCreate,
  key: RequestKey | null,
): Promise<Once> {
  assertCan(actor, 'activity.write');
  return once(db, actor, key, 'activity', (remember) =>
    db.transaction().execute(async (tx) => {
      const resolved = await resolveActivity(tx, actor, draftOf(input, actor), true);
      const at = nowIso();
      const record: ActivityRecord = {
        ...resolved,
        id: newId(),
        createdAt: at,
        createdBy: actor.userId,
        updatedAt: at,
        voidedAt: null,
        voidedBy: null,
        voidReason: null,
      };
      await insertActivities(tx, [record]);
      await appendAudit(tx, [
        { actor, action: 'create', entity: 'activity', entityId: record.id, after: record },
      ]);
      await remember(tx, record.id);
      return record.id;
    }),
  );
}

function merge(before: ActivityRecord, patch: ActivityPatch): ActivityDraftInput {
  const movedHome = typeof patch.householdId === 'string' && patch.villageCode === undefined;
  return {
    measure: patch.measure ?? before.measure,
    typeCode: patch.typeCode ?? before.typeCode,
    occurredAt: patch.occurredAt ?? before.occurredAt,
    // A new place household brings its own village unless one is given.
    villageCode: movedHome
      ? null
      : patch.villageCode !== undefined
        ? patch.villageCode
        : before.villageCode,
    householdId: patch.householdId !== undefined ? patch.householdId : before.householdId,
    online: patch.online ?? before.online,
    organizerCadreId:
      patch.organizerCadreId !== undefined ? patch.organizerCadreId : before.organizerCadreId,
    cadreIds: patch.cadreIds ?? before.cadreIds,
    householdIds: patch.householdIds ?? before.householdIds,
    personIds: patch.personIds ?? before.persons.map((p) => p.personId),
    headcount: patch.headcount ?? before.headcount,
    topic: patch.topic ?? before.topic,
    notes: patch.notes ?? before.notes,
    lecturerPersonId:
      patch.lecturerPersonId !== undefined ? patch.lecturerPersonId : before.lecturerPersonId,
  };
}

/** Correct an activity (partial); lists given replace the stored ones. @throws AppError */
export async function correctActivity(
  db: Db,
  actor: Actor,
  id: string,
  patch: ActivityPatch,
): Promise<void> {
  assertCan(actor, 'activity.write');
  await db.transaction().execute(async (tx) => {
    const before = await visibleActivity(tx, actor, id);
    assertMayChange(actor, before);
    if (before.voidedAt) {
      throw new AppError('conflict', { key: 'error.activity_voided' });
    }
    const draft = merge(before, patch);
    const resolved = await resolveActivity(tx, actor, draft, draft.typeCode !== before.typeCode);
    const after: ActivityRecord = { ...before, ...resolved, updatedAt: nowIso() };
    await updateActivity(tx, after);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'activity', entityId: id, before, after },
    ]);
  });
}

/** Void an activity with a reason; it leaves lists but stays readable. @throws AppError */
export async function voidActivityFor(
  db: Db,
  actor: Actor,
  id: string,
  reason: string,
): Promise<void> {
  assertCan(actor, 'activity.write');
  await db.transaction().execute(async (tx) => {
    const before = await visibleActivity(tx, actor, id);
    assertMayChange(actor, before);
    if (before.voidedAt) {
      throw new AppError('conflict', { key: 'error.activity_voided' });
    }
    const at = nowIso();
    await voidActivity(tx, id, { by: actor.userId, reason, at });
    const after = { ...before, voidedAt: at, voidedBy: actor.userId, voidReason: reason };
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'activity', entityId: id, before, after },
    ]);
  });
}

/** One activity with named participants and photos, as the actor may see it. @throws not_found */
export async function readActivity(db: Conn, actor: Actor, id: string): Promise<ActivityDetail> {
  assertCan(actor, 'measures.read');
  const record = await visibleActivity(db, actor, id);
  const row = await findActivityRow(db, id);
  if (!row) {
    throw notFound('activity');
  }
  const names = {
    cadres: await cadreRefs(db, record.cadreIds),
    households: await householdRefs(db, record.householdIds),
    persons: await personRefs(
      db,
      record.persons.map((p) => p.personId),
    ),
  };
  const photos = await listPhotosOf(db, id);
  return presentDetail({ row, record, names, photos }, await visibleHouseholdSet(db, actor));
}

/** A page of activities the actor may see. */
export async function listActivitiesFor(
  db: Db,
  actor: Actor,
  query: ActivityListQuery,
): Promise<{ items: ActivitySummary[]; nextCursor: string | null }> {
  assertCan(actor, 'measures.read');
  const page = await listActivities(db, query, activityScope(actor));
  const visible = await visibleHouseholdSet(db, actor);
  return { items: page.items.map((r) => presentSummary(r, visible)), nextCursor: page.nextCursor };
}

/** The newest activity of a type per household (e.g. each family's last home visit), in scope. */
export async function latestActivitiesFor(
  db: Db,
  actor: Actor,
  query: LatestQuery,
): Promise<{ items: LatestActivity[] }> {
  assertCan(actor, 'measures.read');
  return {
    items: await latestByHousehold(db, query.type, query.householdIds, activityScope(actor)),
  };
}

/** Counts of the cadre → relative → villager cascade over a period. */
export async function activityCascade(db: Db, actor: Actor, query: CascadeQuery): Promise<Cascade> {
  assertCan(actor, 'measures.read');
  const scope = activityScope(actor);
  const counts = await cascadeCounts(db, query, scope);
  return { ...counts, lecturersTrained: await countLecturersTrained(db, query, scope) };
}
