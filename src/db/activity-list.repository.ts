/** Activity lists (keyset on occurred_at desc, id desc), their filters, and the scope of cadres. */
import { sql, type ExpressionBuilder } from 'kysely';
import type { ActivityListQuery } from '../domain/activities/activity.schema.js';
import { dayEndUtc, dayStartUtc } from '../domain/activities/activity.rules.js';
import type { Measure } from '../domain/measures.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { Database } from './database.js';

/** Only what a cadre may see when `cadreId` is set (the cadre role's scope). */
export interface ActivityScope {
  readonly cadreId: string | null;
}

export type Filters = Omit<ActivityListQuery, 'limit' | 'cursor'>;

type Eb = ExpressionBuilder<Database, 'activities'>;

/** Organized by the cadre or with them taking part. */
function withCadre(eb: Eb, cadreId: string) {
  const joined = eb
    .selectFrom('activity_cadres')
    .select('activity_id')
    .where('cadre_id', '=', cadreId);
  return eb.or([
    eb('activities.organizer_cadre_id', '=', cadreId),
    eb('activities.id', 'in', joined),
  ]);
}

/** Held at one of these households or with one of them taking part. */
function withHouseholds(eb: Eb, households: string | ReturnType<typeof pairedWith>) {
  const taking = eb
    .selectFrom('activity_households')
    .select('activity_households.activity_id')
    .where(
      'activity_households.household_id',
      typeof households === 'string' ? '=' : 'in',
      households,
    );
  return eb.or([
    eb('activities.household_id', typeof households === 'string' ? '=' : 'in', households),
    eb('activities.id', 'in', taking),
  ]);
}

function pairedWith(eb: Eb, cadreId: string) {
  return eb
    .selectFrom('pairings')
    .select('pairings.household_id')
    .where('pairings.cadre_id', '=', cadreId)
    .where('pairings.end_date', 'is', null);
}

/** Activities matching the filters that the scope lets the actor see. */
export function filtered(db: Conn, f: Filters, scope: ActivityScope) {
  let q = db.selectFrom('activities');
  q = f.includeVoided ? q : q.where('activities.voided_at', 'is', null);
  q = f.village ? q.where('activities.village_code', '=', f.village) : q;
  q = f.from ? q.where('activities.occurred_at', '>=', dayStartUtc(f.from)) : q;
  q = f.to ? q.where('activities.occurred_at', '<', dayEndUtc(f.to)) : q;
  q = f.measure ? q.where('activities.measure', '=', f.measure) : q;
  q = f.type ? q.where('activities.type_code', '=', f.type) : q;
  const { cadre, household } = f;
  q = cadre ? q.where((eb) => withCadre(eb, cadre)) : q;
  q = household ? q.where((eb) => withHouseholds(eb, household)) : q;
  const scoped = scope.cadreId;
  // A cadre sees their own work and what involves a household currently paired with them.
  return scoped
    ? q.where((eb) => eb.or([withCadre(eb, scoped), withHouseholds(eb, pairedWith(eb, scoped))]))
    : q;
}

/** Whether the scope lets the actor see this activity (voided ones included). */
export async function activityVisible(
  db: Conn,
  id: string,
  scope: ActivityScope,
): Promise<boolean> {
  const row = await filtered(db, { includeVoided: true }, scope)
    .select('activities.id')
    .where('activities.id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

export interface ActivityListRow {
  readonly id: string;
  readonly measure: Measure;
  readonly typeCode: string;
  readonly occurredAt: string;
  readonly occurredOn: string;
  readonly villageCode: string | null;
  readonly villageName: string | null;
  readonly householdId: string | null;
  readonly online: boolean;
  readonly organizer: { id: string; name: string } | null;
  readonly lecturer: { id: string; name: string; householdId: string } | null;
  readonly headcount: number;
  readonly topic: string;
  readonly householdCount: number;
  readonly photoCount: number;
  readonly voidedAt: string | null;
}

function listSelect(db: Conn, f: Filters, scope: ActivityScope) {
  return filtered(db, f, scope)
    .leftJoin('regions', 'regions.code', 'activities.village_code')
    .leftJoin('cadres', 'cadres.id', 'activities.organizer_cadre_id')
    .leftJoin('persons', 'persons.id', 'activities.lecturer_person_id')
    .selectAll('activities')
    .select(['regions.name as village_name', 'cadres.name as organizer_name'])
    .select(['persons.name as lecturer_name', 'persons.household_id as lecturer_household_id'])
    .select((eb) => [
      eb
        .selectFrom('activity_households')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('activity_households.activity_id', '=', 'activities.id')
        .as('household_count'),
      eb
        .selectFrom('photos')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('photos.activity_id', '=', 'activities.id')
        .where('photos.voided_at', 'is', null)
        .as('photo_count'),
    ]);
}

type ListRow = Awaited<ReturnType<ReturnType<typeof listSelect>['executeTakeFirstOrThrow']>>;

function toListRow(r: ListRow): ActivityListRow {
  return {
    id: r.id,
    measure: r.measure as Measure,
    typeCode: r.type_code,
    occurredAt: r.occurred_at,
    occurredOn: r.occurred_on,
    villageCode: r.village_code,
    villageName: r.village_name,
    householdId: r.household_id,
    online: Number(r.online) === 1,
    organizer:
      r.organizer_cadre_id === null
        ? null
        : { id: r.organizer_cadre_id, name: r.organizer_name ?? '' },
    lecturer:
      r.lecturer_person_id === null
        ? null
        : {
            id: r.lecturer_person_id,
            name: r.lecturer_name ?? '',
            householdId: r.lecturer_household_id ?? '',
          },
    headcount: Number(r.headcount),
    topic: r.topic,
    householdCount: Number(r.household_count ?? 0),
    photoCount: Number(r.photo_count ?? 0),
    voidedAt: r.voided_at,
  };
}

/** A keyset page of activities, newest first, filtered and scoped. */
export async function listActivities(
  db: Conn,
  query: ActivityListQuery,
  scope: ActivityScope,
): Promise<{ items: ActivityListRow[]; nextCursor: string | null }> {
  let q = listSelect(db, query, scope)
    .orderBy('activities.occurred_at', 'desc')
    .orderBy('activities.id', 'desc')
    .limit(query.limit + 1);
  if (query.cursor) {
    const [at = '', id = ''] = decodeCursor(query.cursor, 2).map(String);
    q = q.where(sql<boolean>`(activities.occurred_at, activities.id) < (${at}, ${id})`);
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.occurred_at, r.id]);
  return { items: page.items.map(toListRow), nextCursor: page.nextCursor };
}

/** One activity as a list row (for the detail view), or undefined. */
export async function findActivityRow(db: Conn, id: string): Promise<ActivityListRow | undefined> {
  const row = await listSelect(db, { includeVoided: true }, { cadreId: null })
    .where('activities.id', '=', id)
    .executeTakeFirst();
  return row ? toListRow(row) : undefined;
}

export interface LatestRow {
  readonly householdId: string;
  readonly occurredAt: string;
  readonly occurredOn: string;
}

/**
 * The newest activity of a type at or with each of these households, among those the scope lets
 * the actor see: one grouped query for them all (households with none are left out).
 */
export async function latestByHousehold(
  db: Conn,
  type: string,
  householdIds: readonly string[],
  scope: ActivityScope,
): Promise<LatestRow[]> {
  if (householdIds.length === 0) {
    return [];
  }
  const ids = [...householdIds];
  const involved = db
    .selectFrom('activities')
    .select(['activities.id as activity_id', 'activities.household_id as household_id'])
    .where('activities.household_id', 'in', ids)
    .union(
      db
        .selectFrom('activity_households')
        .select(['activity_households.activity_id', 'activity_households.household_id'])
        .where('activity_households.household_id', 'in', ids),
    );
  const rows = await filtered(db, { type }, scope)
    .innerJoin(involved.as('involved'), 'involved.activity_id', 'activities.id')
    .select((eb) => [
      'involved.household_id',
      eb.fn.max('activities.occurred_at').as('occurred_at'),
      // The record date follows the instant (same zone), so the newest day is the newest visit's.
      eb.fn.max('activities.occurred_on').as('occurred_on'),
    ])
    .groupBy('involved.household_id')
    .execute();
  return rows.flatMap((r) =>
    r.household_id === null
      ? []
      : [{ householdId: r.household_id, occurredAt: r.occurred_at, occurredOn: r.occurred_on }],
  );
}
