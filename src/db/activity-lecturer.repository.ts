/** Relative lecturers: paired relatives trained to lecture, with what they have led. */
import type { Lecturer, LecturerListQuery } from '../domain/activities/lecturer.schema.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { ActivityLecturersTable } from './tables/activities.js';

function baseSelect(db: Conn) {
  return db
    .selectFrom('activity_lecturers as l')
    .innerJoin('persons as p', 'p.id', 'l.person_id')
    .innerJoin('households as h', 'h.id', 'l.household_id')
    .select([
      'l.id',
      'l.person_id',
      'p.name',
      'l.household_id',
      'h.village_code',
      'l.trained_on',
      'l.notes',
      'l.created_at',
    ])
    .select((eb) => [
      eb
        .selectFrom('activities as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('a.lecturer_person_id', '=', 'l.person_id')
        .where('a.voided_at', 'is', null)
        .as('led'),
      eb
        .selectFrom('activities as a')
        .select((e) => e.fn.sum<number>('a.headcount').as('n'))
        .whereRef('a.lecturer_person_id', '=', 'l.person_id')
        .where('a.voided_at', 'is', null)
        .as('reached'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

function toLecturer(r: Row): Lecturer {
  return {
    id: r.id,
    personId: r.person_id,
    name: r.name,
    householdId: r.household_id,
    villageCode: r.village_code,
    trainedOn: r.trained_on,
    notes: r.notes,
    lecturesLed: Number(r.led ?? 0),
    villagersReached: Number(r.reached ?? 0),
    createdAt: r.created_at,
  };
}

/** Register lecturers (one from the API, many from the demo). */
export async function insertLecturers(
  db: Conn,
  rows: readonly ActivityLecturersTable[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    await db
      .insertInto('activity_lecturers')
      .values(rows.slice(i, i + 2000))
      .execute();
  }
}

/** The lecturer record of a person, or undefined. */
export async function findLecturerByPerson(
  db: Conn,
  personId: string,
): Promise<Lecturer | undefined> {
  const row = await baseSelect(db).where('l.person_id', '=', personId).executeTakeFirst();
  return row ? toLecturer(row) : undefined;
}

/** A keyset page of lecturers, most recently trained first; `cadreId` bounds it to their pairings. */
export async function listLecturers(
  db: Conn,
  query: LecturerListQuery,
  scope: { cadreId: string | null },
): Promise<{ items: Lecturer[]; nextCursor: string | null }> {
  let q = baseSelect(db)
    .orderBy('l.trained_on', 'desc')
    .orderBy('l.id', 'desc')
    .limit(query.limit + 1);
  if (query.village) {
    q = q.where('h.village_code', '=', query.village);
  }
  const cadreId = scope.cadreId;
  if (cadreId) {
    q = q.where('l.household_id', 'in', (eb) =>
      eb
        .selectFrom('pairings')
        .select('household_id')
        .where('cadre_id', '=', cadreId)
        .where('end_date', 'is', null),
    );
  }
  if (query.cursor) {
    const [on = '', id = ''] = decodeCursor(query.cursor, 2).map(String);
    q = q.where((eb) =>
      eb.or([
        eb('l.trained_on', '<', on),
        eb.and([eb('l.trained_on', '=', on), eb('l.id', '<', id)]),
      ]),
    );
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.trained_on, r.id]);
  return { items: page.items.map(toLecturer), nextCursor: page.nextCursor };
}

/** Lecturers trained in a period (and village), bounded to a cadre's pairings when set. */
export async function countLecturersTrained(
  db: Conn,
  filter: { from?: string | undefined; to?: string | undefined; village?: string | undefined },
  scope: { cadreId: string | null },
): Promise<number> {
  let q = db
    .selectFrom('activity_lecturers as l')
    .innerJoin('households as h', 'h.id', 'l.household_id')
    .select((eb) => eb.fn.countAll<number>().as('n'));
  if (filter.from) {
    q = q.where('l.trained_on', '>=', filter.from);
  }
  if (filter.to) {
    q = q.where('l.trained_on', '<=', filter.to);
  }
  if (filter.village) {
    q = q.where('h.village_code', '=', filter.village);
  }
  const cadreId = scope.cadreId;
  if (cadreId) {
    q = q.where('l.household_id', 'in', (eb) =>
      eb
        .selectFrom('pairings')
        .select('household_id')
        .where('cadre_id', '=', cadreId)
        .where('end_date', 'is', null),
    );
  }
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}
