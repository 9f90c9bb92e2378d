/** Grant runs: build a semester's run from the registry (set-based), list, read; grant history. */
import { conflict, notFound } from '../../domain/errors.js';
import type { GrantExclusion, StudyStage } from '../../domain/fund/enums.js';
import type {
  GrantHistoryEntry,
  GrantRunDetail,
  RunCreate,
  RunListQuery,
} from '../../domain/fund/run.schema.js';
import { semesterStart } from '../../domain/fund/semester.js';
import type { Actor } from '../../domain/roles.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn } from '../../db/connect.js';
import { ruleValidOn } from '../../db/fund-rule.repository.js';
import {
  grantsOfPerson,
  grantsOfRun,
  qualifyingStudents,
  type QualifyingStudent,
} from '../../db/fund-grant.repository.js';
import { findRun, insertRun, listRuns, openRunOf } from '../../db/fund-run.repository.js';
import { newId } from '../../db/ids.js';
import type { FundGrantsTable, GrantRunsTable } from '../../db/tables/fund.js';
import { assertCan } from '../registry/scope.js';
import { assertFundReader, assertStudentReader, visiblePerson } from './access.js';
import type { FundDeps } from './fund-deps.js';

/** A grant line: the rule's amount for the stage, or nothing with the reason of the exclusion. */
function planGrant(
  s: QualifyingStudent,
  run: { id: string; semester: string; at: string },
  amounts: ReadonlyMap<StudyStage, number>,
): FundGrantsTable {
  const exclusion: GrantExclusion | null = s.alreadyPaid ? 'already_paid' : null;
  return {
    id: newId(),
    run_id: run.id,
    semester: run.semester,
    enrollment_id: s.enrollmentId,
    person_id: s.personId,
    household_id: s.householdId,
    village_code: s.villageCode,
    person_name: s.personName,
    stage: s.stage,
    school_name: s.schoolName,
    admitted_on: s.admittedOn,
    amount_fen: exclusion ? 0 : (amounts.get(s.stage) ?? 0),
    status: exclusion ? 'excluded' : 'proposed',
    exclusion,
    paid_on: null,
    created_at: run.at,
    updated_at: run.at,
  };
}

async function composeRun(
  tx: Conn,
  actor: Actor,
  draft: { input: RunCreate; at: string },
): Promise<{ run: GrantRunsTable; grants: FundGrantsTable[] }> {
  const { semester, note } = draft.input;
  if (await openRunOf(tx, semester)) {
    throw conflict('error.run_open', { semester });
  }
  const start = semesterStart(semester);
  const rule = await ruleValidOn(tx, start);
  if (!rule) {
    throw conflict('error.no_rule', { semester });
  }
  const amounts = new Map(rule.amounts.map((a) => [a.stage, a.amountFen]));
  const students = await qualifyingStudents(tx, { stages: [...amounts.keys()], start, semester });
  const id = newId();
  const grants = students.map((s) => planGrant(s, { id, semester, at: draft.at }, amounts));
  const proposed = grants.filter((g) => g.status === 'proposed');
  const run: GrantRunsTable = {
    id,
    semester,
    rule_id: rule.id,
    status: 'draft',
    total_fen: proposed.reduce((sum, g) => sum + g.amount_fen, 0),
    grant_count: proposed.length,
    excluded_count: grants.length - proposed.length,
    note,
    paid_on: null,
    created_at: draft.at,
    created_by: actor.userId,
    submitted_at: null,
    submitted_by: null,
    decided_at: null,
    decided_by: null,
    decision_reason: '',
    updated_at: draft.at,
  };
  return { run, grants };
}

/**
 * Build a semester's draft run: every qualifying student under the rule holding on the
 * semester's first day; students paid for the semester already are listed as excluded.
 * @throws AppError conflict when the semester has an open run or no rule holds
 */
export async function buildRun(deps: FundDeps, actor: Actor, input: RunCreate): Promise<string> {
  assertCan(actor, 'fund.manage');
  const at = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const { run, grants } = await composeRun(tx, actor, { input, at });
    await insertRun(tx, run, grants);
    await appendAudit(tx, [
      { actor, action: 'create', entity: 'grant_run', entityId: run.id, after: run },
    ]);
    return run.id;
  });
}

/** A run with its grant lines; the read of students' data is audited. */
export async function readRun(
  deps: FundDeps,
  actor: Actor,
  request: { id: string; ip: string | null },
): Promise<GrantRunDetail> {
  assertFundReader(actor);
  const run = await findRun(deps.db, request.id);
  if (!run) {
    throw notFound('grant_run');
  }
  const grants = await grantsOfRun(deps.db, run.id);
  await appendAudit(deps.db, [
    { actor, action: 'read_full', entity: 'grant_run', entityId: run.id, ip: request.ip },
  ]);
  return { ...run, grants };
}

/** A keyset page of runs. */
export async function listRunsFor(deps: FundDeps, actor: Actor, query: RunListQuery) {
  assertFundReader(actor);
  return listRuns(deps.db, query);
}

/** Every grant line of a student, newest first; a cadre only within their pairings. */
export async function grantHistory(
  deps: FundDeps,
  actor: Actor,
  request: { personId: string; ip: string | null },
): Promise<GrantHistoryEntry[]> {
  assertStudentReader(actor);
  await visiblePerson(deps.db, actor, request.personId);
  const grants = await grantsOfPerson(deps.db, request.personId);
  await appendAudit(deps.db, [
    {
      actor,
      action: 'read_full',
      entity: 'student_grants',
      entityId: request.personId,
      ip: request.ip,
    },
  ]);
  return grants;
}
