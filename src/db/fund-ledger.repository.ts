/** The fund's ledger: append entries (the database moves the balance), lock the balance, read. */
import { sql } from 'kysely';
import type { DonorKind, LedgerKind } from '../domain/fund/enums.js';
import type { FundBalance, LedgerEntry, LedgerQuery } from '../domain/fund/ledger.schema.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { FundLedgerTable } from './tables/fund.js';

/** The one fund of the program (created by the fund migration). */
export const FUND_ID = 'aixin-mengxiang';

export type NewLedgerEntry = Omit<FundLedgerTable, 'fund_id'>;

/** Append entries in batches; each insert moves the balance through the ledger trigger. */
export async function insertLedgerEntries(
  db: Conn,
  entries: readonly NewLedgerEntry[],
): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    await db
      .insertInto('fund_ledger')
      .values(entries.slice(i, i + 500).map((e) => ({ ...e, fund_id: FUND_ID })))
      .execute();
  }
}

/**
 * Lock the fund's balance row for this transaction and check it covers `needed` fen, in one
 * conditional UPDATE: on PostgreSQL a concurrent writer waits for the row and then re-reads it,
 * on SQLite the statement takes the single write lock. Returns false when the balance is short.
 */
export async function lockBalanceCovering(db: Conn, needed: number): Promise<boolean> {
  const result = await db
    .updateTable('funds')
    .set({ balance_fen: sql<number>`balance_fen` })
    .where('id', '=', FUND_ID)
    .where('balance_fen', '>=', needed)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The fund's balance as the database keeps it. */
export async function currentBalance(db: Conn): Promise<number> {
  const row = await db
    .selectFrom('funds')
    .select('balance_fen')
    .where('id', '=', FUND_ID)
    .executeTakeFirstOrThrow();
  return Number(row.balance_fen);
}

function entrySelect(db: Conn) {
  return db
    .selectFrom('fund_ledger as l')
    .leftJoin('fund_ledger as r', 'r.reverses_id', 'l.id')
    .leftJoin('fund_grants as g', 'g.id', 'l.grant_id')
    .select([
      'l.id',
      'l.kind',
      'l.amount_fen',
      'l.effect_fen',
      'l.entry_date',
      'l.donor_name',
      'l.donor_kind',
      'l.grant_id',
      'g.run_id',
      'l.reverses_id',
      'r.id as reversed_by_id',
      'l.reason',
      'l.note',
      'l.created_at',
      'l.created_by',
    ]);
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof entrySelect>['executeTakeFirstOrThrow']>>;

function toEntry(r: EntryRow): LedgerEntry {
  return {
    id: r.id,
    kind: r.kind as LedgerKind,
    amountFen: Number(r.amount_fen),
    effectFen: Number(r.effect_fen),
    entryDate: r.entry_date,
    donor: r.donor_name,
    donorKind: r.donor_kind as DonorKind | null,
    grantId: r.grant_id,
    runId: r.run_id,
    reversesId: r.reverses_id,
    reversedById: r.reversed_by_id,
    reason: r.reason,
    note: r.note,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

/** One entry with its reversal, or undefined. */
export async function findLedgerEntry(db: Conn, id: string): Promise<LedgerEntry | undefined> {
  const row = await entrySelect(db).where('l.id', '=', id).executeTakeFirst();
  return row ? toEntry(row) : undefined;
}

/** A keyset page of the ledger, newest value date first. */
export async function listLedger(
  db: Conn,
  query: LedgerQuery,
): Promise<{ items: LedgerEntry[]; nextCursor: string | null }> {
  let q = entrySelect(db)
    .orderBy('l.entry_date', 'desc')
    .orderBy('l.id', 'desc')
    .limit(query.limit + 1);
  if (query.kind) {
    q = q.where('l.kind', '=', query.kind);
  }
  if (query.from) {
    q = q.where('l.entry_date', '>=', query.from);
  }
  if (query.to) {
    q = q.where('l.entry_date', '<=', query.to);
  }
  if (query.cursor) {
    const [date, id] = decodeCursor(query.cursor, 2).map(String);
    q = q.where(sql<boolean>`(l.entry_date, l.id) < (${date}, ${id})`);
  }
  const rows = await q.execute();
  const page = pageOf(rows, query.limit, (r) => [r.entry_date, r.id]);
  return { items: page.items.map(toEntry), nextCursor: page.nextCursor };
}

/** The balance with the sums of the ledger behind it. */
export async function balanceSummary(db: Conn): Promise<FundBalance> {
  const sums = await db
    .selectFrom('fund_ledger')
    .select((eb) => [
      'kind',
      eb.fn.sum<number>('effect_fen').as('effect'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where('fund_id', '=', FUND_ID)
    .groupBy('kind')
    .execute();
  const effectOf = (kind: LedgerKind) => Number(sums.find((s) => s.kind === kind)?.effect ?? 0);
  const ledgerSumFen = sums.reduce((total, s) => total + Number(s.effect), 0);
  return {
    balanceFen: await currentBalance(db),
    donationsFen: effectOf('donation_in'),
    paymentsFen: -effectOf('payment_out'),
    reversalsFen: effectOf('reversal'),
    ledgerSumFen,
    entryCount: sums.reduce((total, s) => total + Number(s.n), 0),
  };
}
