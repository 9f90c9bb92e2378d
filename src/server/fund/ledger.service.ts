/** The fund's ledger: donations in, reversals, the balance; entries are never changed or deleted. */
import { AppError, conflict, notFound } from '../../domain/errors.js';
import type {
  DonationCreate,
  FundBalance,
  LedgerEntry,
  LedgerQuery,
  ReversalCreate,
} from '../../domain/fund/ledger.schema.js';
import type { Actor } from '../../domain/roles.js';
import { can } from '../../domain/roles.js';
import { fenToYuan } from '../../domain/validation/money.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn } from '../../db/connect.js';
import {
  balanceSummary,
  currentBalance,
  findLedgerEntry,
  insertLedgerEntries,
  listLedger,
  lockBalanceCovering,
  type NewLedgerEntry,
} from '../../db/fund-ledger.repository.js';
import { markGrantReversed } from '../../db/fund-grant.repository.js';
import { newId } from '../../db/ids.js';
import { assertCan } from '../registry/scope.js';
import { once, type RequestKey } from '../request-keys.js';
import { assertFundReader } from './access.js';
import type { FundDeps } from './fund-deps.js';

/** The 409 answered when the balance would go below zero. */
export async function insufficientFunds(db: Conn, neededFen: number): Promise<AppError> {
  const balance = await currentBalance(db);
  return conflict('error.insufficient_funds', {
    needed: fenToYuan(neededFen),
    balance: fenToYuan(balance),
  });
}

/** Whether a database error is the CHECK that keeps the balance from going below zero. */
export function isBalanceViolation(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  return (
    (e.code === '23514' && e.constraint === 'funds_balance_not_negative') ||
    (e.code === 'SQLITE_CONSTRAINT_CHECK' &&
      String(e.message).includes('funds_balance_not_negative'))
  );
}

/**
 * Lock the balance row and make sure it covers `neededFen`; the database CHECK backs this up.
 * @throws AppError conflict error.insufficient_funds
 */
export async function reserveBalance(db: Conn, neededFen: number): Promise<void> {
  if (!(await lockBalanceCovering(db, neededFen))) {
    throw await insufficientFunds(db, neededFen);
  }
}

/** Record donations (one or many) in one transaction. */
export async function recordDonations(
  deps: FundDeps,
  actor: Actor,
  inputs: readonly DonationCreate[],
  /** Called in the same transaction with the new ids (an idempotency key is remembered there). */
  inTransaction?: (tx: Conn, ids: readonly string[]) => Promise<void>,
): Promise<string[]> {
  assertCan(actor, 'fund.manage');
  const at = deps.clock.now();
  const entries: NewLedgerEntry[] = inputs.map((d) => ({
    id: newId(),
    kind: 'donation_in',
    amount_fen: d.amountFen,
    effect_fen: d.amountFen,
    entry_date: d.receivedOn,
    donor_name: d.donor,
    donor_kind: d.donorKind,
    grant_id: null,
    reverses_id: null,
    reason: '',
    note: d.note,
    created_at: at,
    created_by: actor.userId,
  }));
  await deps.db.transaction().execute(async (tx) => {
    await reserveBalance(tx, 0);
    await insertLedgerEntries(tx, entries);
    await appendAudit(
      tx,
      entries.map((e) => ({
        actor,
        action: 'create',
        entity: 'fund_ledger',
        entityId: e.id,
        after: e,
      })),
    );
    await inTransaction?.(
      tx,
      entries.map((e) => e.id),
    );
  });
  return entries.map((e) => e.id);
}

/**
 * Record one donation and return its entry, once per idempotency key: a repeat of the same
 * request (its answer lost) answers with the first entry (`replayed`), so money is never entered
 * twice by a retry. @throws AppError (conflict when the key came with another body)
 */
export async function recordDonation(
  deps: FundDeps,
  actor: Actor,
  input: DonationCreate,
  key: RequestKey | null = null,
): Promise<{ entry: LedgerEntry; replayed: boolean }> {
  assertCan(actor, 'fund.manage');
  const { id, replayed } = await once(deps.db, actor, key, 'fund_ledger', async (remember) => {
    const [made = ''] = await recordDonations(deps, actor, [input], (tx, ids) =>
      remember(tx, ids[0] ?? ''),
    );
    return made;
  });
  return { entry: await readEntry(deps, actor, id), replayed };
}

async function appendReversal(
  tx: Conn,
  actor: Actor,
  request: { id: string; input: ReversalCreate; at: string; today: string },
): Promise<string> {
  const original = await findLedgerEntry(tx, request.id);
  if (!original) {
    throw notFound('fund_ledger');
  }
  const effect = -original.effectFen;
  await reserveBalance(tx, Math.max(0, -effect));
  // Read after the lock: a concurrent reversal of the same entry has committed by now.
  const fresh = await findLedgerEntry(tx, request.id);
  if (original.kind === 'reversal') {
    throw conflict('error.reverse_reversal');
  }
  if (fresh?.reversedById) {
    throw conflict('error.already_reversed');
  }
  const entry: NewLedgerEntry = {
    id: newId(),
    kind: 'reversal',
    amount_fen: original.amountFen,
    effect_fen: effect,
    entry_date: request.input.reversedOn ?? request.today,
    donor_name: null,
    donor_kind: null,
    grant_id: null,
    reverses_id: original.id,
    reason: request.input.reason,
    note: '',
    created_at: request.at,
    created_by: actor.userId,
  };
  await insertLedgerEntries(tx, [entry]);
  if (original.kind === 'payment_out' && original.grantId) {
    await markGrantReversed(tx, original.grantId, request.at);
  }
  await appendAudit(tx, [
    {
      actor,
      action: 'create',
      entity: 'fund_ledger',
      entityId: entry.id,
      before: original,
      after: entry,
    },
  ]);
  return entry.id;
}

/**
 * Reverse one earlier entry, once, with a reason. A reversed payment marks its grant reversed
 * and re-opens nothing else. @throws AppError conflict (already reversed, a reversal, or funds short)
 */
export async function reverseEntry(
  deps: FundDeps,
  actor: Actor,
  request: { id: string; input: ReversalCreate },
): Promise<LedgerEntry> {
  assertCan(actor, 'fund.manage');
  const at = deps.clock.now();
  const today = deps.clock.today();
  let id: string;
  try {
    id = await deps.db
      .transaction()
      .execute((tx) => appendReversal(tx, actor, { ...request, at, today }));
  } catch (error) {
    if (isBalanceViolation(error)) {
      throw await insufficientFunds(deps.db, 0);
    }
    throw error;
  }
  return readEntry(deps, actor, id);
}

/** One ledger entry. */
export async function readEntry(deps: FundDeps, actor: Actor, id: string): Promise<LedgerEntry> {
  assertFundReader(actor);
  const entry = await findLedgerEntry(deps.db, id);
  if (!entry) {
    throw notFound('fund_ledger');
  }
  return entry;
}

/** A keyset page of the ledger. */
export async function listLedgerFor(deps: FundDeps, actor: Actor, query: LedgerQuery) {
  assertFundReader(actor);
  return listLedger(deps.db, query);
}

/** The balance and the ledger sums behind it: an aggregate any reader of the measures may see. */
export async function readBalance(deps: FundDeps, actor: Actor): Promise<FundBalance> {
  if (!can(actor.role, 'measures.read')) {
    throw new AppError('forbidden');
  }
  return balanceSummary(deps.db);
}
