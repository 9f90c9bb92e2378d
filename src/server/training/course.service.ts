/** Courses: create, read, list, correct and void; capacity never below the enrollments held. */
import { invalid, notFound, type FieldProblem } from '../../domain/errors.js';
import type { Actor } from '../../domain/roles.js';
import {
  courseProblems,
  type Course,
  type CourseCreate,
  type CourseListQuery,
  type CoursePatch,
} from '../../domain/training/course.schema.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import {
  findCourse,
  insertCourses,
  listCourses,
  updateCourse,
} from '../../db/training-course.repository.js';
import { newRecordColumns } from '../../db/training-records.repository.js';
import { assertCan } from '../registry/scope.js';
import { assertNotVoided, givenFields, voidAudited } from './records.js';

type Place = Pick<Course, 'placeKind' | 'placeCode' | 'trainerUserId'>;

/** A village must be taken on, a trainer user must exist. */
async function referenceProblems(db: Conn, c: Place): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (c.placeKind === 'village' && c.placeCode) {
    const village = await db
      .selectFrom('villages')
      .select('code')
      .where('code', '=', c.placeCode)
      .executeTakeFirst();
    if (!village) {
      problems.push({ path: 'placeCode', key: 'field.unknown_village' });
    }
  }
  if (c.trainerUserId) {
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('id', '=', c.trainerUserId)
      .executeTakeFirst();
    if (!user) {
      problems.push({ path: 'trainerUserId', key: 'field.unknown_user' });
    }
  }
  return problems;
}

/** A course visible to anyone who may read the measures. @throws AppError not_found */
export async function visibleCourse(db: Conn, actor: Actor, id: string): Promise<Course> {
  assertCan(actor, 'measures.read');
  const course = await findCourse(db, id);
  if (!course) {
    throw notFound('course');
  }
  return course;
}

/** Create a course. @throws AppError forbidden | validation */
export async function createCourse(db: Db, actor: Actor, input: CourseCreate): Promise<Course> {
  assertCan(actor, 'training.write');
  return db.transaction().execute(async (tx) => {
    const problems = await referenceProblems(tx, input);
    if (problems.length > 0) {
      throw invalid(problems);
    }
    const id = newId();
    await insertCourses(tx, [
      {
        id,
        skill: input.skill,
        title: input.title,
        trainer_name: input.trainerName,
        trainer_user_id: input.trainerUserId,
        place_kind: input.placeKind,
        place_code: input.placeKind === 'village' ? input.placeCode : null,
        place_text: input.placeText,
        start_date: input.startDate,
        end_date: input.endDate,
        capacity: input.capacity,
        enrolled_count: 0,
        note: input.note,
        ...newRecordColumns(actor.userId, nowIso()),
      },
    ]);
    const after = await visibleCourse(tx, actor, id);
    await appendAudit(tx, [{ actor, action: 'create', entity: 'course', entityId: id, after }]);
    return after;
  });
}

export async function listCoursesFor(db: Db, actor: Actor, query: CourseListQuery) {
  assertCan(actor, 'measures.read');
  return listCourses(db, query);
}

/** Correct a course; the merged record must still follow the rules. @throws AppError */
export async function correctCourse(
  db: Db,
  actor: Actor,
  id: string,
  patch: CoursePatch,
): Promise<Course> {
  assertCan(actor, 'training.write');
  return db.transaction().execute(async (tx) => {
    const before = await visibleCourse(tx, actor, id);
    assertNotVoided(before);
    const merged = { ...before, ...givenFields(patch) };
    const placeCode = merged.placeKind === 'village' ? merged.placeCode : null;
    const problems = [
      ...courseProblems({ ...merged, placeCode }),
      ...(await referenceProblems(tx, { ...merged, placeCode })),
    ];
    if (merged.capacity < before.enrolledCount) {
      problems.push({
        path: 'capacity',
        key: 'field.capacity_below_enrolled',
        params: { enrolled: before.enrolledCount },
      });
    }
    if (problems.length > 0) {
      throw invalid(problems);
    }
    await updateCourse(tx, id, {
      skill: merged.skill,
      title: merged.title,
      trainer_name: merged.trainerName,
      trainer_user_id: merged.trainerUserId,
      place_kind: merged.placeKind,
      place_code: placeCode,
      place_text: merged.placeText,
      start_date: merged.startDate,
      end_date: merged.endDate,
      capacity: merged.capacity,
      note: merged.note,
      updated_at: nowIso(),
    });
    const after = await visibleCourse(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'course', entityId: id, before, after },
    ]);
    return after;
  });
}

/** Void a course: it drops out of lists and takes no more enrollments. @throws AppError */
export async function voidCourse(db: Db, actor: Actor, id: string, reason: string) {
  assertCan(actor, 'training.write');
  return db.transaction().execute(async (tx) => {
    const before = await visibleCourse(tx, actor, id);
    return voidAudited(tx, {
      actor,
      table: 'training_courses',
      entity: 'course',
      before,
      id,
      reason,
      at: nowIso(),
      reload: () => visibleCourse(tx, actor, id),
    });
  });
}
