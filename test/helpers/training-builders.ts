/** Builders of training records: courses, enrollments and members to enroll, through the services. */
import type { Db } from '../../src/db/connect.js';
import { listMembers } from '../../src/db/person.repository.js';
import type { Actor } from '../../src/domain/roles.js';
import { CourseCreate, type Course } from '../../src/domain/training/course.schema.js';
import type { Enrollment } from '../../src/domain/training/enrollment.schema.js';
import { createCourse } from '../../src/server/training/course.service.js';
import { enroll } from '../../src/server/training/enrollment.service.js';
import { buildVillage, VILLAGE } from './builders.js';

/** An admin acting for builders (no user row: created_by is free text). */
export const BUILDER: Actor = {
  userId: '00000000-0000-7000-8000-000000000001',
  role: 'admin',
  cadreId: null,
};

/** A valid course input: a chef course in the test village. */
export function courseInput(overrides: Record<string, unknown> = {}): CourseCreate {
  return CourseCreate.parse({
    skill: 'cooking',
    title: '厨师培训班',
    trainerName: '艾力·买买提',
    placeKind: 'village',
    placeCode: VILLAGE,
    startDate: '2026-03-01',
    endDate: '2026-03-20',
    capacity: 30,
    ...overrides,
  });
}

export async function buildCourse(
  db: Db,
  overrides: Record<string, unknown> = {},
): Promise<Course> {
  await buildVillage(db);
  return createCourse(db, BUILDER, courseInput(overrides));
}

/** The id of a household's first registered member (the head in builders' households). */
export async function firstMemberOf(db: Db, householdId: string): Promise<string> {
  const [first] = await listMembers(db, householdId);
  if (!first) {
    throw new Error(`household ${householdId} has no members`);
  }
  return first.id;
}

export async function buildEnrollment(
  db: Db,
  courseId: string,
  personId: string,
): Promise<Enrollment> {
  return enroll(db, BUILDER, courseId, { personId, sessionsTotal: 10, note: '' });
}
