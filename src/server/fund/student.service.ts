/** Students: enroll household members at a school or inland class, correct, end, void, read. */
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type {
  Student,
  StudentCreate,
  StudentListQuery,
  StudentPatch,
  VoidInput,
} from '../../domain/fund/student.schema.js';
import type { Actor } from '../../domain/roles.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn } from '../../db/connect.js';
import {
  activeEnrollmentOf,
  findStudent,
  insertStudents,
  listStudents,
  updateStudent,
} from '../../db/fund-student.repository.js';
import { newId } from '../../db/ids.js';
import type { StudentEnrollmentsTable } from '../../db/tables/fund.js';
import { assertCan, listScope } from '../registry/scope.js';
import { assertStudentReader, visiblePerson, visibleStudent } from './access.js';
import type { FundDeps } from './fund-deps.js';

async function householdsOf(db: Conn, personIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('persons')
    .select(['id', 'household_id'])
    .where('id', 'in', [...personIds])
    .execute();
  return new Map(rows.map((r) => [r.id, r.household_id]));
}

async function assertNoneActive(db: Conn, personIds: readonly string[]): Promise<void> {
  const active = await db
    .selectFrom('student_enrollments')
    .select('person_id')
    .where('person_id', 'in', [...personIds])
    .where('active', '=', 1)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  if (active || new Set(personIds).size !== personIds.length) {
    throw conflict('error.student_active_exists');
  }
}

/**
 * Enroll many students in one transaction (the bulk path of the demo and imports; unscoped roles).
 * @throws AppError not_found for an unknown person; conflict when one is already enrolled
 */
export async function registerStudents(
  deps: FundDeps,
  actor: Actor,
  inputs: readonly StudentCreate[],
): Promise<string[]> {
  assertCan(actor, 'registry.write');
  const at = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const households = await householdsOf(
      tx,
      inputs.map((i) => i.personId),
    );
    const rows: StudentEnrollmentsTable[] = inputs.map((input) => {
      const householdId = households.get(input.personId);
      if (!householdId) {
        throw notFound('person');
      }
      return {
        id: newId(),
        person_id: input.personId,
        household_id: householdId,
        stage: input.stage,
        school_name: input.schoolName,
        admitted_on: input.admittedOn,
        expected_end: input.expectedEnd ?? null,
        active: input.active ? 1 : 0,
        created_at: at,
        created_by: actor.userId,
        updated_at: at,
        voided_at: null,
        voided_by: null,
        void_reason: null,
      };
    });
    await assertNoneActive(
      tx,
      rows.filter((r) => r.active === 1).map((r) => r.person_id),
    );
    await insertStudents(tx, rows);
    await appendAudit(
      tx,
      rows.map((r) => ({
        actor,
        action: 'create',
        entity: 'student_enrollment',
        entityId: r.id,
        after: r,
      })),
    );
    return rows.map((r) => r.id);
  });
}

/** Enroll one household member; a cadre only within their own pairings. */
export async function registerStudent(
  deps: FundDeps,
  actor: Actor,
  input: StudentCreate,
): Promise<Student> {
  assertCan(actor, 'registry.write');
  await visiblePerson(deps.db, actor, input.personId);
  const [id = ''] = await registerStudents(deps, actor, [input]);
  const student = await findStudent(deps.db, id);
  if (!student) {
    throw notFound('student');
  }
  return student;
}

/** A keyset page of students the actor may see. */
export async function listStudentsFor(deps: FundDeps, actor: Actor, query: StudentListQuery) {
  assertStudentReader(actor);
  return listStudents(deps.db, query, listScope(actor));
}

/** One enrollment; the read of a minor's record is audited. */
export async function readStudent(
  deps: FundDeps,
  actor: Actor,
  request: { id: string; ip: string | null },
): Promise<Student> {
  assertStudentReader(actor);
  const student = await visibleStudent(deps.db, actor, request.id);
  await appendAudit(deps.db, [
    {
      actor,
      action: 'read_full',
      entity: 'student_enrollment',
      entityId: request.id,
      ip: request.ip,
    },
  ]);
  return student;
}

async function changeStudent(
  deps: FundDeps,
  actor: Actor,
  change: { id: string; apply: (before: Student, at: string) => Student },
): Promise<Student> {
  assertCan(actor, 'registry.write');
  return deps.db.transaction().execute(async (tx) => {
    const before = await visibleStudent(tx, actor, change.id);
    if (before.voidedAt !== null) {
      throw conflict('error.student_voided');
    }
    const after = change.apply(before, deps.clock.now());
    if (after.expectedEnd !== null && after.expectedEnd < after.admittedOn) {
      throw invalid([{ path: 'expectedEnd', key: 'field.date_order' }]);
    }
    if (
      after.active &&
      after.voidedAt === null &&
      (await activeEnrollmentOf(tx, after.personId, after.id))
    ) {
      throw conflict('error.student_active_exists');
    }
    await updateStudent(tx, after);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'student_enrollment', entityId: after.id, before, after },
    ]);
    return after;
  });
}

/** Correct an enrollment or end it (`active: false`). */
export async function correctStudent(
  deps: FundDeps,
  actor: Actor,
  change: { id: string; patch: StudentPatch },
): Promise<Student> {
  const defined = Object.fromEntries(
    Object.entries(change.patch).filter(([, v]) => v !== undefined),
  ) as Partial<Student>;
  return changeStudent(deps, actor, {
    id: change.id,
    apply: (before, at) => ({ ...before, ...defined, updatedAt: at }),
  });
}

/** Void an enrollment registered in error; it then drops out of lists and runs. */
export async function voidStudent(
  deps: FundDeps,
  actor: Actor,
  change: { id: string; input: VoidInput },
): Promise<Student> {
  return changeStudent(deps, actor, {
    id: change.id,
    apply: (before, at) => ({
      ...before,
      updatedAt: at,
      voidedAt: at,
      voidedBy: actor.userId,
      voidReason: change.input.reason,
    }),
  });
}
