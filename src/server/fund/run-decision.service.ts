/** Grant-run decisions: submit, then approve (paying every grant at once) or reject: maker-checker. */
import { AppError, conflict, notFound } from '../../domain/errors.js';
import type { GrantRun, RunApproval, RunRejection } from '../../domain/fund/run.schema.js';
import type { Actor } from '../../domain/roles.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn } from '../../db/connect.js';
import { insertLedgerEntries, type NewLedgerEntry } from '../../db/fund-ledger.repository.js';
import {
  countPaidElsewhere,
  proposedGrants,
  setGrantStatus,
} from '../../db/fund-grant.repository.js';
import { findRun, moveRunStatus } from '../../db/fund-run.repository.js';
import { newId } from '../../db/ids.js';
import { assertCan } from '../registry/scope.js';
import type { FundDeps } from './fund-deps.js';
import { insufficientFunds, isBalanceViolation, reserveBalance } from './ledger.service.js';

async function existingRun(db: Conn, id: string): Promise<GrantRun> {
  const run = await findRun(db, id);
  if (!run) {
    throw notFound('grant_run');
  }
  return run;
}

/** The checker must hold fund.approve and must not be the maker. @throws AppError forbidden */
async function checkerOf(db: Conn, actor: Actor, id: string): Promise<GrantRun> {
  assertCan(actor, 'fund.approve');
  const run = await existingRun(db, id);
  if (run.createdBy === actor.userId) {
    throw new AppError('forbidden', { key: 'error.maker_checker' });
  }
  return run;
}

/** Send a draft run for approval. @throws AppError conflict error.run_not_draft */
export async function submitRun(deps: FundDeps, actor: Actor, id: string): Promise<GrantRun> {
  assertCan(actor, 'fund.manage');
  const at = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const before = await existingRun(tx, id);
    const set = {
      status: 'submitted',
      submitted_at: at,
      submitted_by: actor.userId,
      updated_at: at,
    };
    if (!(await moveRunStatus(tx, { id, from: 'draft', set }))) {
      throw conflict('error.run_not_draft');
    }
    await appendAudit(tx, [
      {
        actor,
        action: 'update',
        entity: 'grant_run',
        entityId: id,
        before,
        after: await findRun(tx, id),
      },
    ]);
  });
  return existingRun(deps.db, id);
}

async function payRun(
  tx: Conn,
  actor: Actor,
  decision: { before: GrantRun; input: RunApproval; at: string; paidOn: string },
): Promise<void> {
  const { before, at, paidOn } = decision;
  const set = {
    status: 'approved',
    decided_at: at,
    decided_by: actor.userId,
    decision_reason: decision.input.reason,
    paid_on: paidOn,
    updated_at: at,
  };
  if (!(await moveRunStatus(tx, { id: before.id, from: 'submitted', set }))) {
    throw conflict('error.run_not_submitted');
  }
  const grants = await proposedGrants(tx, before.id);
  await reserveBalance(
    tx,
    grants.reduce((sum, g) => sum + g.amountFen, 0),
  );
  const paidElsewhere = await countPaidElsewhere(tx, before.id);
  if (paidElsewhere > 0) {
    throw conflict('error.grant_already_paid', { count: paidElsewhere });
  }
  const entries: NewLedgerEntry[] = grants.map((g) => ({
    id: newId(),
    kind: 'payment_out',
    amount_fen: g.amountFen,
    effect_fen: -g.amountFen,
    entry_date: paidOn,
    donor_name: null,
    donor_kind: null,
    grant_id: g.id,
    reverses_id: null,
    reason: '',
    note: g.semester,
    created_at: at,
    created_by: actor.userId,
  }));
  await insertLedgerEntries(tx, entries);
  await setGrantStatus(tx, { runId: before.id, from: 'proposed', to: 'paid', paidOn, at });
  await appendAudit(tx, [
    {
      actor,
      action: 'update',
      entity: 'grant_run',
      entityId: before.id,
      before,
      after: await findRun(tx, before.id),
    },
    ...entries.map((e) => ({
      actor,
      action: 'create' as const,
      entity: 'fund_ledger',
      entityId: e.id,
      after: e,
    })),
  ]);
}

/**
 * Approve a submitted run: one payment per grant, all in one transaction that fails whole when
 * the balance would go below zero. @throws AppError forbidden (maker-checker), conflict
 */
export async function approveRun(
  deps: FundDeps,
  actor: Actor,
  decision: { id: string; input: RunApproval },
): Promise<GrantRun> {
  const before = await checkerOf(deps.db, actor, decision.id);
  if (before.status !== 'submitted') {
    throw conflict('error.run_not_submitted');
  }
  const at = deps.clock.now();
  const paidOn = decision.input.paidOn ?? deps.clock.today();
  try {
    await deps.db
      .transaction()
      .execute((tx) => payRun(tx, actor, { before, input: decision.input, at, paidOn }));
  } catch (error) {
    if (isBalanceViolation(error)) {
      throw await insufficientFunds(deps.db, before.totalFen);
    }
    throw error;
  }
  return existingRun(deps.db, decision.id);
}

/** Reject a submitted run; its grants are marked rejected and nothing is paid. */
export async function rejectRun(
  deps: FundDeps,
  actor: Actor,
  decision: { id: string; input: RunRejection },
): Promise<GrantRun> {
  await checkerOf(deps.db, actor, decision.id);
  const at = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const before = await existingRun(tx, decision.id);
    const set = {
      status: 'rejected',
      decided_at: at,
      decided_by: actor.userId,
      decision_reason: decision.input.reason,
      updated_at: at,
    };
    if (!(await moveRunStatus(tx, { id: decision.id, from: 'submitted', set }))) {
      throw conflict('error.run_not_submitted');
    }
    await setGrantStatus(tx, { runId: decision.id, from: 'proposed', to: 'rejected', at });
    await appendAudit(tx, [
      {
        actor,
        action: 'update',
        entity: 'grant_run',
        entityId: decision.id,
        before,
        after: await findRun(tx, decision.id),
      },
    ]);
  });
  return existingRun(deps.db, decision.id);
}
