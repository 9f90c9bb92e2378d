/** Activities with their participants: set-based inserts, corrections, voids, reads by id. */
import type { Measure } from '../domain/measures.js';
import type { Conn } from './connect.js';
import type { ActivitiesTable } from './tables/activities.js';

/** An activity as the domain sees it, participants included. */
export interface ActivityRecord {
  readonly id: string;
  readonly measure: Measure;
  readonly typeCode: string;
  readonly occurredAt: string;
  readonly occurredOn: string;
  readonly villageCode: string | null;
  readonly householdId: string | null;
  readonly online: boolean;
  readonly organizerCadreId: string | null;
  readonly lecturerPersonId: string | null;
  readonly headcount: number;
  readonly topic: string;
  readonly notes: string;
  readonly cadreIds: readonly string[];
  /** Participant households: the listed ones and those of the listed persons. */
  readonly householdIds: readonly string[];
  readonly persons: readonly { readonly personId: string; readonly householdId: string }[];
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly updatedAt: string;
  readonly voidedAt: string | null;
  readonly voidedBy: string | null;
  readonly voidReason: string | null;
}

function toRow(a: ActivityRecord): ActivitiesTable {
  return {
    id: a.id,
    measure: a.measure,
    type_code: a.typeCode,
    occurred_at: a.occurredAt,
    occurred_on: a.occurredOn,
    village_code: a.villageCode,
    household_id: a.householdId,
    online: a.online ? 1 : 0,
    organizer_cadre_id: a.organizerCadreId,
    lecturer_person_id: a.lecturerPersonId,
    headcount: a.headcount,
    topic: a.topic,
    notes: a.notes,
    created_at: a.createdAt,
    created_by: a.createdBy,
    updated_at: a.updatedAt,
    voided_at: a.voidedAt,
    voided_by: a.voidedBy,
    void_reason: a.voidReason,
  };
}

/** Rows per statement: the most bind parameters SQLite and pg take, over the columns per row. */
function chunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(30_000 / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) {
    out.push(rows.slice(i, i + size));
  }
  return out;
}

async function insertParticipants(db: Conn, items: readonly ActivityRecord[]): Promise<void> {
  const cadres = items.flatMap((a) => a.cadreIds.map((c) => ({ activity_id: a.id, cadre_id: c })));
  const households = items.flatMap((a) =>
    a.householdIds.map((h) => ({ activity_id: a.id, household_id: h })),
  );
  const persons = items.flatMap((a) =>
    a.persons.map((p) => ({
      activity_id: a.id,
      person_id: p.personId,
      household_id: p.householdId,
    })),
  );
  for (const chunk of chunks(cadres, 2)) {
    await db.insertInto('activity_cadres').values(chunk).execute();
  }
  for (const chunk of chunks(households, 2)) {
    await db.insertInto('activity_households').values(chunk).execute();
  }
  for (const chunk of chunks(persons, 3)) {
    await db.insertInto('activity_persons').values(chunk).execute();
  }
}

/** Insert activities with their participants, in batches (the API's one and the demo's many). */
export async function insertActivities(db: Conn, items: readonly ActivityRecord[]): Promise<void> {
  for (const chunk of chunks(items, 19)) {
    await db.insertInto('activities').values(chunk.map(toRow)).execute();
  }
  await insertParticipants(db, items);
}

/** Write a corrected activity and replace its participants. */
export async function updateActivity(db: Conn, a: ActivityRecord): Promise<void> {
  const { id: _id, created_at: _c, created_by: _b, ...changes } = toRow(a);
  await db.updateTable('activities').set(changes).where('id', '=', a.id).execute();
  await db.deleteFrom('activity_cadres').where('activity_id', '=', a.id).execute();
  await db.deleteFrom('activity_households').where('activity_id', '=', a.id).execute();
  await db.deleteFrom('activity_persons').where('activity_id', '=', a.id).execute();
  await insertParticipants(db, [a]);
}

/** Mark an activity void: it stays for the record and drops out of lists. */
export async function voidActivity(
  db: Conn,
  id: string,
  v: { by: string; reason: string; at: string },
): Promise<void> {
  await db
    .updateTable('activities')
    .set({ voided_at: v.at, voided_by: v.by, void_reason: v.reason, updated_at: v.at })
    .where('id', '=', id)
    .execute();
}

/** One activity with its participant ids, or undefined. */
export async function findActivity(db: Conn, id: string): Promise<ActivityRecord | undefined> {
  const r = await db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) {
    return undefined;
  }
  const cadres = await db
    .selectFrom('activity_cadres')
    .select('cadre_id')
    .where('activity_id', '=', id)
    .orderBy('cadre_id')
    .execute();
  const households = await db
    .selectFrom('activity_households')
    .select('household_id')
    .where('activity_id', '=', id)
    .orderBy('household_id')
    .execute();
  const persons = await db
    .selectFrom('activity_persons')
    .select(['person_id', 'household_id'])
    .where('activity_id', '=', id)
    .orderBy('person_id')
    .execute();
  return {
    id: r.id,
    measure: r.measure as Measure,
    typeCode: r.type_code,
    occurredAt: r.occurred_at,
    occurredOn: r.occurred_on,
    villageCode: r.village_code,
    householdId: r.household_id,
    online: Number(r.online) === 1,
    organizerCadreId: r.organizer_cadre_id,
    lecturerPersonId: r.lecturer_person_id,
    headcount: Number(r.headcount),
    topic: r.topic,
    notes: r.notes,
    cadreIds: cadres.map((c) => c.cadre_id),
    householdIds: households.map((h) => h.household_id),
    persons: persons.map((p) => ({ personId: p.person_id, householdId: p.household_id })),
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    voidedAt: r.voided_at,
    voidedBy: r.voided_by,
    voidReason: r.void_reason,
  };
}
