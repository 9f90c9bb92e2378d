/** Training courses: rows in, domain records out; seats counted with a conditional update. */
import { sql } from 'kysely';
import type { Course, CourseListQuery } from '../domain/training/course.schema.js';
import { CAPITAL_NAME, type PlaceKind, type Skill } from '../domain/training/enums.js';
import type { Conn } from './connect.js';
import { pageOf } from './cursor.js';
import type { CoursesTable } from './tables/training.js';
import { beforeCursor, insertRows, recordMetaOf } from './training-records.repository.js';

function selectCourses(db: Conn) {
  return db
    .selectFrom('training_courses as c')
    .leftJoin('regions as r', 'r.code', 'c.place_code')
    .selectAll('c')
    .select('r.name as village_name');
}

type CourseRow = CoursesTable & { village_name: string | null };

function placeName(r: CourseRow): string {
  if (r.place_kind === 'village') {
    return r.village_name ?? r.place_text;
  }
  if (r.place_kind === 'capital') {
    return r.place_text ? `${CAPITAL_NAME} ${r.place_text}` : CAPITAL_NAME;
  }
  return r.place_text;
}

function toCourse(r: CourseRow): Course {
  return {
    id: r.id,
    skill: r.skill as Skill,
    title: r.title,
    trainerName: r.trainer_name,
    trainerUserId: r.trainer_user_id,
    placeKind: r.place_kind as PlaceKind,
    placeCode: r.place_code,
    placeName: placeName(r),
    placeText: r.place_text,
    startDate: r.start_date,
    endDate: r.end_date,
    capacity: Number(r.capacity),
    enrolledCount: Number(r.enrolled_count),
    note: r.note,
    ...recordMetaOf(r),
  };
}

/** Insert courses in batches. */
export async function insertCourses(db: Conn, rows: readonly CoursesTable[]): Promise<void> {
  await insertRows(db, 'training_courses', rows);
}

/** One course by id, voided or not. */
export async function findCourse(db: Conn, id: string): Promise<Course | undefined> {
  const row = await selectCourses(db).where('c.id', '=', id).executeTakeFirst();
  return row ? toCourse(row) : undefined;
}

/** A keyset page of courses, newest start first. */
export async function listCourses(
  db: Conn,
  query: CourseListQuery,
): Promise<{ items: Course[]; nextCursor: string | null }> {
  let q = selectCourses(db)
    .orderBy('c.start_date', 'desc')
    .orderBy('c.id', 'desc')
    .limit(query.limit + 1);
  if (!query.includeVoided) {
    q = q.where('c.voided_at', 'is', null);
  }
  if (query.village) {
    q = q.where('c.place_code', '=', query.village);
  }
  if (query.skill) {
    q = q.where('c.skill', '=', query.skill);
  }
  if (query.placeKind) {
    q = q.where('c.place_kind', '=', query.placeKind);
  }
  if (query.from) {
    q = q.where('c.start_date', '>=', query.from);
  }
  if (query.to) {
    q = q.where('c.start_date', '<=', query.to);
  }
  if (query.cursor) {
    q = q.where(beforeCursor('c.start_date', 'c.id', query.cursor));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.start_date, r.id]);
  return { items: page.items.map(toCourse), nextCursor: page.nextCursor };
}

/** Write corrected course columns. */
export async function updateCourse(
  db: Conn,
  id: string,
  set: Partial<Omit<CoursesTable, 'id'>>,
): Promise<void> {
  await db.updateTable('training_courses').set(set).where('id', '=', id).execute();
}

/** Take one seat of a course that is not voided and not full; false when none is left. */
export async function reserveSeat(db: Conn, courseId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('training_courses')
    .set({ enrolled_count: sql<number>`enrolled_count + 1`, updated_at: at })
    .where('id', '=', courseId)
    .where('voided_at', 'is', null)
    .whereRef('enrolled_count', '<', 'capacity')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Give back the seat of a voided enrollment. */
export async function releaseSeat(db: Conn, courseId: string, at: string): Promise<void> {
  await db
    .updateTable('training_courses')
    .set({ enrolled_count: sql<number>`enrolled_count - 1`, updated_at: at })
    .where('id', '=', courseId)
    .where('enrolled_count', '>', 0)
    .execute();
}
