/** Grant runs: insert with their lines, status moves that cannot race, reads. */
import type { RunStatus } from '../domain/fund/enums.js';
import type { GrantRun, RunListQuery } from '../domain/fund/run.schema.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { FundGrantsTable, GrantRunsTable } from './tables/fund.js';

/** Insert a run and its grant lines (batched). */
export async function insertRun(
  db: Conn,
  run: GrantRunsTable,
  grants: readonly FundGrantsTable[],
): Promise<void> {
  await db.insertInto('grant_runs').values(run).execute();
  for (let i = 0; i < grants.length; i += 500) {
    await db
      .insertInto('fund_grants')
      .values(grants.slice(i, i + 500))
      .execute();
  }
}

function toRun(r: GrantRunsTable): GrantRun {
  return {
    id: r.id,
    semester: r.semester,
    status: r.status as RunStatus,
    ruleId: r.rule_id,
    totalFen: Number(r.total_fen),
    grantCount: Number(r.grant_count),
    excludedCount: Number(r.excluded_count),
    note: r.note,
    paidOn: r.paid_on,
    createdAt: r.created_at,
    createdBy: r.created_by,
    submittedAt: r.submitted_at,
    submittedBy: r.submitted_by,
    decidedAt: r.decided_at,
    decidedBy: r.decided_by,
    decisionReason: r.decision_reason,
  };
}

/** One run, or undefined. */
export async function findRun(db: Conn, id: string): Promise<GrantRun | undefined> {
  const row = await db.selectFrom('grant_runs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRun(row) : undefined;
}

/** Whether a semester has a draft or submitted run. */
export async function openRunOf(db: Conn, semester: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('grant_runs')
    .select('id')
    .where('semester', '=', semester)
    .where('status', 'in', ['draft', 'submitted'])
    .executeTakeFirst();
  return row?.id;
}

/**
 * Move a run from one status to another only if it is still in `from`; returns whether it moved,
 * so two concurrent decisions cannot both succeed.
 */
export async function moveRunStatus(
  db: Conn,
  move: { id: string; from: RunStatus; set: Partial<GrantRunsTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('grant_runs')
    .set(move.set)
    .where('id', '=', move.id)
    .where('status', '=', move.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A keyset page of runs, newest first. */
export async function listRuns(
  db: Conn,
  query: RunListQuery,
): Promise<{ items: GrantRun[]; nextCursor: string | null }> {
  let q = db
    .selectFrom('grant_runs')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.semester) {
    q = q.where('semester', '=', query.semester);
  }
  if (query.status) {
    q = q.where('status', '=', query.status);
  }
  if (query.cursor) {
    const [id] = decodeCursor(query.cursor, 1);
    q = q.where('id', '<', String(id));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.id]);
  return { items: page.items.map(toRun), nextCursor: page.nextCursor };
}
