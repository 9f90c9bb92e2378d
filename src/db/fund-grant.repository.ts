/** Grant lines of the runs: the qualifying-students query, status changes, a student's history. */
import type { GrantExclusion, GrantStatus, RunStatus, StudyStage } from '../domain/fund/enums.js';
import type { Grant, GrantHistoryEntry } from '../domain/fund/run.schema.js';
import type { Conn } from './connect.js';

/** A student who qualifies on the semester's first day, and whether they were paid already. */
export interface QualifyingStudent {
  readonly enrollmentId: string;
  readonly personId: string;
  readonly personName: string;
  readonly householdId: string;
  readonly villageCode: string;
  readonly stage: StudyStage;
  readonly schoolName: string;
  readonly admittedOn: string;
  readonly alreadyPaid: boolean;
}

/**
 * Every student with a current enrollment at one of `stages`, admitted by `start` and not
 * expected to have finished before it: one query, with the semester's paid grant joined.
 */
export async function qualifyingStudents(
  db: Conn,
  criteria: { stages: readonly string[]; start: string; semester: string },
): Promise<QualifyingStudent[]> {
  if (criteria.stages.length === 0) {
    return [];
  }
  const rows = await db
    .selectFrom('student_enrollments as s')
    .innerJoin('persons as p', 'p.id', 's.person_id')
    .innerJoin('households as h', 'h.id', 's.household_id')
    .leftJoin('fund_grants as g', (join) =>
      join
        .onRef('g.person_id', '=', 's.person_id')
        .on('g.semester', '=', criteria.semester)
        .on('g.status', '=', 'paid'),
    )
    .select([
      's.id',
      's.person_id',
      'p.name',
      's.household_id',
      'h.village_code',
      's.stage',
      's.school_name',
      's.admitted_on',
      'g.id as paid_grant_id',
    ])
    .where('s.active', '=', 1)
    .where('s.voided_at', 'is', null)
    .where('s.stage', 'in', [...criteria.stages])
    .where('s.admitted_on', '<=', criteria.start)
    .where((eb) =>
      eb.or([eb('s.expected_end', 'is', null), eb('s.expected_end', '>=', criteria.start)]),
    )
    .orderBy('h.village_code')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({
    enrollmentId: r.id,
    personId: r.person_id,
    personName: r.name,
    householdId: r.household_id,
    villageCode: r.village_code,
    stage: r.stage as StudyStage,
    schoolName: r.school_name,
    admittedOn: r.admitted_on,
    alreadyPaid: r.paid_grant_id !== null,
  }));
}

function grantSelect(db: Conn) {
  return db
    .selectFrom('fund_grants as g')
    .innerJoin('grant_runs as r', 'r.id', 'g.run_id')
    .leftJoin('fund_ledger as l', (join) =>
      join.onRef('l.grant_id', '=', 'g.id').on('l.kind', '=', 'payment_out'),
    )
    .selectAll('g')
    .select(['l.id as payment_entry_id', 'r.status as run_status']);
}

type GrantRow = Awaited<ReturnType<ReturnType<typeof grantSelect>['executeTakeFirstOrThrow']>>;

function toGrant(r: GrantRow): GrantHistoryEntry {
  return {
    id: r.id,
    runId: r.run_id,
    semester: r.semester,
    enrollmentId: r.enrollment_id,
    personId: r.person_id,
    personName: r.person_name,
    householdId: r.household_id,
    villageCode: r.village_code,
    stage: r.stage as StudyStage,
    schoolName: r.school_name,
    admittedOn: r.admitted_on,
    amountFen: Number(r.amount_fen),
    status: r.status as GrantStatus,
    exclusion: r.exclusion as GrantExclusion | null,
    paidOn: r.paid_on,
    paymentEntryId: r.payment_entry_id,
    runStatus: r.run_status as RunStatus,
  };
}

/** The grant lines of a run, by village and name. */
export async function grantsOfRun(db: Conn, runId: string): Promise<Grant[]> {
  const rows = await grantSelect(db)
    .where('g.run_id', '=', runId)
    .orderBy('g.village_code')
    .orderBy('g.person_name')
    .orderBy('g.id')
    .execute();
  return rows.map((r) => {
    const { runStatus: _s, ...grant } = toGrant(r);
    return grant;
  });
}

/** A person's grant lines in every run, newest first. */
export async function grantsOfPerson(db: Conn, personId: string): Promise<GrantHistoryEntry[]> {
  const rows = await grantSelect(db)
    .where('g.person_id', '=', personId)
    .orderBy('g.id', 'desc')
    .execute();
  return rows.map(toGrant);
}

/** The proposed lines of a run (what an approval pays). */
export async function proposedGrants(
  db: Conn,
  runId: string,
): Promise<{ id: string; personId: string; semester: string; amountFen: number }[]> {
  const rows = await db
    .selectFrom('fund_grants')
    .select(['id', 'person_id', 'semester', 'amount_fen'])
    .where('run_id', '=', runId)
    .where('status', '=', 'proposed')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    semester: r.semester,
    amountFen: Number(r.amount_fen),
  }));
}

/** How many of a run's proposed students were paid for the semester by another run meanwhile. */
export async function countPaidElsewhere(db: Conn, runId: string): Promise<number> {
  const row = await db
    .selectFrom('fund_grants as g')
    .innerJoin('fund_grants as paid', (join) =>
      join
        .onRef('paid.person_id', '=', 'g.person_id')
        .onRef('paid.semester', '=', 'g.semester')
        .on('paid.status', '=', 'paid'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('g.run_id', '=', runId)
    .where('g.status', '=', 'proposed')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Move grant lines of a run from one status to another. */
export async function setGrantStatus(
  db: Conn,
  change: { runId: string; from: GrantStatus; to: GrantStatus; paidOn?: string; at: string },
): Promise<void> {
  await db
    .updateTable('fund_grants')
    .set({
      status: change.to,
      updated_at: change.at,
      ...(change.paidOn !== undefined ? { paid_on: change.paidOn } : {}),
    })
    .where('run_id', '=', change.runId)
    .where('status', '=', change.from)
    .execute();
}

/** Mark one paid grant as reversed (its payment was reversed in the ledger). */
export async function markGrantReversed(db: Conn, grantId: string, at: string): Promise<void> {
  await db
    .updateTable('fund_grants')
    .set({ status: 'reversed', updated_at: at })
    .where('id', '=', grantId)
    .where('status', '=', 'paid')
    .execute();
}
