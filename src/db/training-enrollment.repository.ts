/** Enrollments of trainees with their credentials: set-based reads, no query per row. */
import type {
  Credential,
  Enrollment,
  EnrollmentListQuery,
} from '../domain/training/enrollment.schema.js';
import type { CredentialKind, HireOutcome, Skill } from '../domain/training/enums.js';
import type { Conn } from './connect.js';
import { pageOf } from './cursor.js';
import type { EnrollmentCredentialsTable, EnrollmentsTable } from './tables/training.js';
import { beforeCursor, flag, insertRows, recordMetaOf } from './training-records.repository.js';

function selectEnrollments(db: Conn) {
  return db
    .selectFrom('training_enrollments as e')
    .innerJoin('training_courses as c', 'c.id', 'e.course_id')
    .innerJoin('persons as p', 'p.id', 'e.person_id')
    .innerJoin('households as h', 'h.id', 'e.household_id')
    .innerJoin('regions as r', 'r.code', 'h.village_code')
    .selectAll('e')
    .select([
      'c.title as course_title',
      'c.skill',
      'p.name as person_name',
      'h.village_code',
      'r.name as village_name',
    ]);
}

type EnrollmentRow = EnrollmentsTable & {
  course_title: string;
  skill: string;
  person_name: string;
  village_code: string;
  village_name: string;
};

function toCredential(r: EnrollmentCredentialsTable): Credential {
  return {
    id: r.id,
    kind: r.kind as CredentialKind,
    number: r.number,
    issuedOn: r.issued_on,
    issuer: r.issuer,
  };
}

function toEnrollment(r: EnrollmentRow, credentials: readonly Credential[]): Enrollment {
  const attended = Number(r.sessions_attended);
  const total = Number(r.sessions_total);
  return {
    id: r.id,
    courseId: r.course_id,
    courseTitle: r.course_title,
    skill: r.skill as Skill,
    personId: r.person_id,
    personName: r.person_name,
    householdId: r.household_id,
    villageCode: r.village_code,
    villageName: r.village_name,
    enrolledOn: r.enrolled_on,
    sessionsAttended: attended,
    sessionsTotal: total,
    attendancePercent: total > 0 ? Math.round((attended * 1000) / total) / 10 : null,
    completed: flag.of(r.completed),
    completedOn: r.completed_on,
    credentials: [...credentials],
    outstanding: flag.of(r.outstanding),
    recommendedTo: r.recommended_to,
    recommendedOn: r.recommended_on,
    hireOutcome: r.hire_outcome as HireOutcome | null,
    note: r.note,
    ...recordMetaOf(r),
  };
}

/** The credentials of many enrollments in one query. */
async function credentialsOf(db: Conn, ids: readonly string[]): Promise<Map<string, Credential[]>> {
  const byEnrollment = new Map<string, Credential[]>();
  if (ids.length === 0) {
    return byEnrollment;
  }
  const rows = await db
    .selectFrom('training_credentials')
    .selectAll()
    .where('enrollment_id', 'in', ids)
    .orderBy('issued_on')
    .orderBy('id')
    .execute();
  for (const r of rows) {
    byEnrollment.set(r.enrollment_id, [
      ...(byEnrollment.get(r.enrollment_id) ?? []),
      toCredential(r),
    ]);
  }
  return byEnrollment;
}

async function withCredentials(db: Conn, rows: readonly EnrollmentRow[]): Promise<Enrollment[]> {
  const credentials = await credentialsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toEnrollment(r, credentials.get(r.id) ?? []));
}

/** Insert enrollments and their credentials in batches. */
export async function insertEnrollments(
  db: Conn,
  rows: readonly EnrollmentsTable[],
  credentials: readonly EnrollmentCredentialsTable[] = [],
): Promise<void> {
  await insertRows(db, 'training_enrollments', rows);
  await insertRows(db, 'training_credentials', credentials);
}

/** One enrollment by id, voided or not. */
export async function findEnrollment(db: Conn, id: string): Promise<Enrollment | undefined> {
  const row = await selectEnrollments(db).where('e.id', '=', id).executeTakeFirst();
  return row ? (await withCredentials(db, [row]))[0] : undefined;
}

/** Whether a person holds an enrollment in a course that is not voided. */
export async function isEnrolled(db: Conn, courseId: string, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('training_enrollments')
    .select('id')
    .where('course_id', '=', courseId)
    .where('person_id', '=', personId)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** A keyset page of enrollments, newest first; `scope.cadreId` bounds it to a cadre's pairings. */
export async function listEnrollments(
  db: Conn,
  query: EnrollmentListQuery,
  scope: { cadreId: string | null },
): Promise<{ items: Enrollment[]; nextCursor: string | null }> {
  let q = selectEnrollments(db)
    .orderBy('e.enrolled_on', 'desc')
    .orderBy('e.id', 'desc')
    .limit(query.limit + 1);
  for (const cadre of [scope.cadreId, query.cadre]) {
    if (cadre) {
      q = q.where('e.household_id', 'in', (eb) =>
        eb
          .selectFrom('pairings')
          .select('household_id')
          .where('cadre_id', '=', cadre)
          .where('end_date', 'is', null),
      );
    }
  }
  if (!query.includeVoided) {
    q = q.where('e.voided_at', 'is', null);
  }
  const equal = [
    ['e.course_id', query.course],
    ['e.household_id', query.household],
    ['e.person_id', query.person],
    ['h.village_code', query.village],
    ['c.skill', query.skill],
  ] as const;
  for (const [column, value] of equal) {
    if (value !== undefined) {
      q = q.where(column, '=', value);
    }
  }
  if (query.outstanding !== undefined) {
    q = q.where('e.outstanding', '=', flag.to(query.outstanding));
  }
  if (query.completed !== undefined) {
    q = q.where('e.completed', '=', flag.to(query.completed));
  }
  if (query.from) {
    q = q.where('e.enrolled_on', '>=', query.from);
  }
  if (query.to) {
    q = q.where('e.enrolled_on', '<=', query.to);
  }
  if (query.cursor) {
    q = q.where(beforeCursor('e.enrolled_on', 'e.id', query.cursor));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.enrolled_on, r.id]);
  return { items: await withCredentials(db, page.items), nextCursor: page.nextCursor };
}

/** Write corrected enrollment columns. */
export async function updateEnrollment(
  db: Conn,
  id: string,
  set: Partial<Omit<EnrollmentsTable, 'id'>>,
): Promise<void> {
  await db.updateTable('training_enrollments').set(set).where('id', '=', id).execute();
}

/** Replace the credentials of an enrollment. */
export async function replaceCredentials(
  db: Conn,
  enrollmentId: string,
  rows: readonly EnrollmentCredentialsTable[],
): Promise<void> {
  await db.deleteFrom('training_credentials').where('enrollment_id', '=', enrollmentId).execute();
  await insertRows(db, 'training_credentials', rows);
}
