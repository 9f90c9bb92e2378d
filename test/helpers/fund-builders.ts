/** Builders of the study fund: students, rules and donations, with overrides. */
import type { Db } from '../../src/db/connect.js';
import { insertLedgerEntries } from '../../src/db/fund-ledger.repository.js';
import { insertRule } from '../../src/db/fund-rule.repository.js';
import { insertStudents } from '../../src/db/fund-student.repository.js';
import { newId, nowIso } from '../../src/db/ids.js';
import { findUserByUsername } from '../../src/db/user.repository.js';
import type { StudyStage } from '../../src/domain/fund/enums.js';
import type { Actor } from '../../src/domain/roles.js';
import { buildHousehold } from './builders.js';

/** A household whose child is the student-to-be: its id and the child's person id. */
export async function buildStudentPerson(
  db: Db,
): Promise<{ householdId: string; personId: string }> {
  const householdId = await buildHousehold(db);
  const child = await db
    .selectFrom('persons')
    .select('id')
    .where('household_id', '=', householdId)
    .where('relation', '=', 'child')
    .executeTakeFirstOrThrow();
  return { householdId, personId: child.id };
}

export interface StudentOverrides {
  personId?: string;
  stage?: StudyStage;
  schoolName?: string;
  admittedOn?: string;
  expectedEnd?: string | null;
  active?: boolean;
  voided?: boolean;
}

/** An enrollment (a new household's child unless `personId` is given); returns ids. */
export async function buildStudent(
  db: Db,
  overrides: StudentOverrides = {},
): Promise<{ id: string; personId: string; householdId: string }> {
  const person = overrides.personId
    ? await db
        .selectFrom('persons')
        .select(['id as personId', 'household_id as householdId'])
        .where('id', '=', overrides.personId)
        .executeTakeFirstOrThrow()
    : await buildStudentPerson(db);
  const id = newId();
  const at = nowIso();
  await insertStudents(db, [
    {
      id,
      person_id: person.personId,
      household_id: person.householdId,
      stage: overrides.stage ?? 'university',
      school_name: overrides.schoolName ?? '新疆大学',
      admitted_on: overrides.admittedOn ?? '2025-08-20',
      expected_end: overrides.expectedEnd ?? null,
      active: overrides.active === false ? 0 : 1,
      created_at: at,
      created_by: null,
      updated_at: at,
      voided_at: overrides.voided ? at : null,
      voided_by: null,
      void_reason: overrides.voided ? '登记错误' : null,
    },
  ]);
  return { id, personId: person.personId, householdId: person.householdId };
}

/** A grant rule: university 2,000 yuan, inland classes 1,000 yuan per semester, from 2020. */
export async function buildRule(
  db: Db,
  overrides: {
    validFrom?: string;
    validTo?: string | null;
    amounts?: { stage: StudyStage; amountFen: number }[];
  } = {},
): Promise<string> {
  const id = newId();
  const at = nowIso();
  await insertRule(db, {
    id,
    name: '爱心·梦想助学规则',
    validFrom: overrides.validFrom ?? '2020-01-01',
    validTo: overrides.validTo ?? null,
    amounts: overrides.amounts ?? [
      { stage: 'university', amountFen: 200_000 },
      { stage: 'inland_senior', amountFen: 100_000 },
      { stage: 'inland_junior', amountFen: 100_000 },
    ],
    createdAt: at,
    createdBy: null,
    updatedAt: at,
  });
  return id;
}

/** A donation straight into the ledger (the trigger moves the balance). */
export async function buildDonation(
  db: Db,
  amountFen: number,
  donor = '自治区机关事务管理局',
): Promise<string> {
  const id = newId();
  await insertLedgerEntries(db, [
    {
      id,
      kind: 'donation_in',
      amount_fen: amountFen,
      effect_fen: amountFen,
      entry_date: '2025-06-01',
      donor_name: donor,
      donor_kind: 'unit',
      grant_id: null,
      reverses_id: null,
      reason: '',
      note: '',
      created_at: nowIso(),
      created_by: null,
    },
  ]);
  return id;
}

/** The actor of a user (to call services directly in tests). */
export async function actorOfUser(db: Db, username: string): Promise<Actor> {
  const user = await findUserByUsername(db, username);
  if (!user) {
    throw new Error(`no user ${username}`);
  }
  return { userId: user.id, role: user.role, cadreId: user.cadreId };
}
