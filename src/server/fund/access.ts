/** Scope and permission checks of the fund: students follow the registry's pairing scope. */
import { AppError, notFound } from '../../domain/errors.js';
import { canReadFund, canReadStudents } from '../../domain/fund/access.js';
import type { Student } from '../../domain/fund/student.schema.js';
import type { Actor } from '../../domain/roles.js';
import type { Conn } from '../../db/connect.js';
import { findStudent } from '../../db/fund-student.repository.js';
import { findPerson, type PersonRecord } from '../../db/person.repository.js';
import { visibleHousehold } from '../registry/scope.js';

/** @throws AppError forbidden when the role may not see students (minors' data). */
export function assertStudentReader(actor: Actor): void {
  if (!canReadStudents(actor.role)) {
    throw new AppError('forbidden');
  }
}

/** @throws AppError forbidden when the role may not see the ledger, rules or runs. */
export function assertFundReader(actor: Actor): void {
  if (!canReadFund(actor.role)) {
    throw new AppError('forbidden');
  }
}

/** A person the actor may see. @throws AppError not_found (also outside a cadre's pairings) */
export async function visiblePerson(db: Conn, actor: Actor, id: string): Promise<PersonRecord> {
  const person = await findPerson(db, id);
  if (!person) {
    throw notFound('person');
  }
  await visibleHousehold(db, actor, person.householdId);
  return person;
}

/** An enrollment the actor may see. @throws AppError not_found (also outside a cadre's pairings) */
export async function visibleStudent(db: Conn, actor: Actor, id: string): Promise<Student> {
  const student = await findStudent(db, id);
  if (!student) {
    throw notFound('student');
  }
  await visibleHousehold(db, actor, student.householdId);
  return student;
}
