/** Student enrollments: rows in, domain records out; keyset lists scoped to pairings. */
import { sql } from 'kysely';
import type { StudyStage } from '../domain/fund/enums.js';
import type { Student, StudentListQuery } from '../domain/fund/student.schema.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { StudentEnrollmentsTable } from './tables/fund.js';

/** Insert enrollments in batches (one statement per 500). */
export async function insertStudents(
  db: Conn,
  rows: readonly StudentEnrollmentsTable[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('student_enrollments')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

function studentSelect(db: Conn) {
  return db
    .selectFrom('student_enrollments as s')
    .innerJoin('persons as p', 'p.id', 's.person_id')
    .innerJoin('households as h', 'h.id', 's.household_id')
    .select([
      's.id',
      's.person_id',
      'p.name as person_name',
      's.household_id',
      'h.village_code',
      's.stage',
      's.school_name',
      's.admitted_on',
      's.expected_end',
      's.active',
      's.created_at',
      's.created_by',
      's.updated_at',
      's.voided_at',
      's.voided_by',
      's.void_reason',
    ]);
}

type StudentRow = Awaited<ReturnType<ReturnType<typeof studentSelect>['executeTakeFirstOrThrow']>>;

function toStudent(r: StudentRow): Student {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    householdId: r.household_id,
    villageCode: r.village_code,
    stage: r.stage as StudyStage,
    schoolName: r.school_name,
    admittedOn: r.admitted_on,
    expectedEnd: r.expected_end,
    active: Number(r.active) === 1,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    voidedAt: r.voided_at,
    voidedBy: r.voided_by,
    voidReason: r.void_reason,
  };
}

/** One enrollment by id, or undefined. */
export async function findStudent(db: Conn, id: string): Promise<Student | undefined> {
  const row = await studentSelect(db).where('s.id', '=', id).executeTakeFirst();
  return row ? toStudent(row) : undefined;
}

/** The current (active, not voided) enrollment of a person, if any. */
export async function activeEnrollmentOf(
  db: Conn,
  personId: string,
  exceptId = '',
): Promise<string | undefined> {
  const row = await db
    .selectFrom('student_enrollments')
    .select('id')
    .where('person_id', '=', personId)
    .where('active', '=', 1)
    .where('voided_at', 'is', null)
    .where('id', '<>', exceptId)
    .executeTakeFirst();
  return row?.id;
}

/** Write the changeable columns of an enrollment. */
export async function updateStudent(db: Conn, s: Student): Promise<void> {
  await db
    .updateTable('student_enrollments')
    .set({
      stage: s.stage,
      school_name: s.schoolName,
      admitted_on: s.admittedOn,
      expected_end: s.expectedEnd,
      active: s.active ? 1 : 0,
      updated_at: s.updatedAt,
      voided_at: s.voidedAt,
      voided_by: s.voidedBy,
      void_reason: s.voidReason,
    })
    .where('id', '=', s.id)
    .execute();
}

/** A keyset page of enrollments, latest admission first; `cadreId` bounds it to current pairings. */
export async function listStudents(
  db: Conn,
  query: StudentListQuery,
  scope: { cadreId: string | null },
): Promise<{ items: Student[]; nextCursor: string | null }> {
  let q = studentSelect(db)
    .orderBy('s.admitted_on', 'desc')
    .orderBy('s.id', 'desc')
    .limit(query.limit + 1);
  for (const cadre of [scope.cadreId, query.cadre]) {
    if (cadre) {
      q = q.where('s.household_id', 'in', (eb) =>
        eb
          .selectFrom('pairings')
          .select('household_id')
          .where('cadre_id', '=', cadre)
          .where('end_date', 'is', null),
      );
    }
  }
  if (query.village) {
    q = q.where('h.village_code', '=', query.village);
  }
  if (query.stage) {
    q = q.where('s.stage', '=', query.stage);
  }
  if (query.active !== undefined) {
    q = q.where('s.active', '=', query.active ? 1 : 0);
  }
  if (query.from) {
    q = q.where('s.admitted_on', '>=', query.from);
  }
  if (query.to) {
    q = q.where('s.admitted_on', '<=', query.to);
  }
  if (!query.includeVoided) {
    q = q.where('s.voided_at', 'is', null);
  }
  if (query.cursor) {
    const [date, id] = decodeCursor(query.cursor, 2).map(String);
    q = q.where(sql<boolean>`(s.admitted_on, s.id) < (${date}, ${id})`);
  }
  const rows = await q.execute();
  const page = pageOf(rows, query.limit, (r) => [r.admitted_on, r.id]);
  return { items: page.items.map(toStudent), nextCursor: page.nextCursor };
}
