/** Enrollments: enroll within capacity and once per person, read in scope, record outcomes, void. */
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { isPairingScoped, type Actor } from '../../domain/roles.js';
import {
  enrollmentProblems,
  type Enrollment,
  type EnrollmentCreate,
  type EnrollmentDetail,
  type EnrollmentListQuery,
  type EnrollmentPatch,
} from '../../domain/training/enrollment.schema.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import { findPerson } from '../../db/person.repository.js';
import { releaseSeat, reserveSeat } from '../../db/training-course.repository.js';
import {
  findEnrollment,
  insertEnrollments,
  isEnrolled,
  listEnrollments,
  replaceCredentials,
  updateEnrollment,
} from '../../db/training-enrollment.repository.js';
import { listFollowUps } from '../../db/training-follow-up.repository.js';
import { flag, newRecordColumns } from '../../db/training-records.repository.js';
import { assertCan, listScope, visibleHousehold } from '../registry/scope.js';
import { visibleCourse } from './course.service.js';
import { assertNotVoided, givenFields, voidAudited } from './records.js';

/** An enrollment the actor may see: a cadre only those of their paired households. @throws AppError */
export async function visibleEnrollment(db: Conn, actor: Actor, id: string): Promise<Enrollment> {
  assertCan(actor, 'measures.read');
  const enrollment = await findEnrollment(db, id);
  if (!enrollment) {
    throw notFound('enrollment');
  }
  if (isPairingScoped(actor.role)) {
    await visibleHousehold(db, actor, enrollment.householdId);
  }
  return enrollment;
}

/**
 * Enroll a person in a course. @throws AppError validation (unknown person),
 * conflict (already enrolled, course full or voided), not_found (course)
 */
export async function enroll(
  db: Db,
  actor: Actor,
  courseId: string,
  input: EnrollmentCreate,
): Promise<Enrollment> {
  assertCan(actor, 'training.write');
  return db.transaction().execute(async (tx) => {
    const course = await visibleCourse(tx, actor, courseId);
    assertNotVoided(course);
    const person = await findPerson(tx, input.personId);
    if (!person) {
      throw invalid([{ path: 'personId', key: 'field.unknown_person' }]);
    }
    if (await isEnrolled(tx, courseId, person.id)) {
      throw conflict('error.already_enrolled', { name: person.name });
    }
    const at = nowIso();
    if (!(await reserveSeat(tx, courseId, at))) {
      throw conflict('error.course_full', { capacity: course.capacity });
    }
    const id = newId();
    await insertEnrollments(tx, [
      {
        id,
        course_id: courseId,
        person_id: person.id,
        household_id: person.householdId,
        enrolled_on: input.enrolledOn ?? course.startDate,
        sessions_attended: 0,
        sessions_total: input.sessionsTotal,
        completed: 0,
        completed_on: null,
        outstanding: 0,
        recommended_to: null,
        recommended_on: null,
        hire_outcome: null,
        note: input.note,
        ...newRecordColumns(actor.userId, at),
      },
    ]);
    const after = await visibleEnrollment(tx, actor, id);
    await appendAudit(tx, [{ actor, action: 'create', entity: 'enrollment', entityId: id, after }]);
    return after;
  });
}

/** An enrollment with its follow-ups. @throws AppError not_found (also out of scope) */
export async function readEnrollment(db: Db, actor: Actor, id: string): Promise<EnrollmentDetail> {
  const enrollment = await visibleEnrollment(db, actor, id);
  return { ...enrollment, followUps: await listFollowUps(db, id) };
}

export async function listEnrollmentsFor(db: Db, actor: Actor, query: EnrollmentListQuery) {
  assertCan(actor, 'measures.read');
  return listEnrollments(db, query, listScope(actor));
}

/** Record attendance, completion, credentials, recommendation and outcome. @throws AppError */
export async function correctEnrollment(
  db: Db,
  actor: Actor,
  id: string,
  patch: EnrollmentPatch,
): Promise<Enrollment> {
  assertCan(actor, 'training.write');
  return db.transaction().execute(async (tx) => {
    const before = await visibleEnrollment(tx, actor, id);
    assertNotVoided(before);
    const merged = { ...before, ...givenFields(patch) };
    const problems = enrollmentProblems(merged);
    if (problems.length > 0) {
      throw invalid(problems);
    }
    const at = nowIso();
    await updateEnrollment(tx, id, {
      sessions_attended: merged.sessionsAttended,
      sessions_total: merged.sessionsTotal,
      completed: flag.to(merged.completed),
      completed_on: merged.completedOn,
      outstanding: flag.to(merged.outstanding),
      recommended_to: merged.recommendedTo,
      recommended_on: merged.recommendedOn,
      hire_outcome: merged.hireOutcome,
      note: merged.note,
      updated_at: at,
    });
    if (patch.credentials) {
      await replaceCredentials(
        tx,
        id,
        patch.credentials.map((c) => ({
          id: newId(),
          enrollment_id: id,
          kind: c.kind,
          number: c.number,
          issued_on: c.issuedOn,
          issuer: c.issuer,
        })),
      );
    }
    const after = await visibleEnrollment(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'enrollment', entityId: id, before, after },
    ]);
    return after;
  });
}

/** Void an enrollment: its seat is given back. @throws AppError */
export async function voidEnrollment(db: Db, actor: Actor, id: string, reason: string) {
  assertCan(actor, 'training.write');
  return db.transaction().execute(async (tx) => {
    const before = await visibleEnrollment(tx, actor, id);
    const at = nowIso();
    const after = await voidAudited(tx, {
      actor,
      table: 'training_enrollments',
      entity: 'enrollment',
      before,
      id,
      reason,
      at,
      reload: () => visibleEnrollment(tx, actor, id),
    });
    await releaseSeat(tx, before.courseId, at);
    return after;
  });
}
