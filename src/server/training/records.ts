/** Rules every record of training, industry and stories follows: no change after void, audited void. */
import { conflict } from '../../domain/errors.js';
import type { Actor } from '../../domain/roles.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn } from '../../db/connect.js';
import { markVoided, type VoidableTable } from '../../db/training-records.repository.js';

/** @throws AppError conflict when the record is voided */
export function assertNotVoided(record: { readonly voidedAt: string | null }): void {
  if (record.voidedAt !== null) {
    throw conflict('error.record_voided');
  }
}

/** The fields of a patch that were given (undefined ones dropped). */
export function givenFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/**
 * Void a record and audit it with before and after, in the caller's transaction.
 * @throws AppError conflict when it was voided already
 */
export async function voidAudited<T extends { readonly voidedAt: string | null }, R>(
  tx: Conn,
  v: {
    actor: Actor;
    table: VoidableTable;
    entity: string;
    before: T;
    id: string;
    reason: string;
    at: string;
    reload: () => Promise<R>;
  },
): Promise<R> {
  assertNotVoided(v.before);
  const done = await markVoided(tx, v.table, v.id, {
    userId: v.actor.userId,
    reason: v.reason,
    at: v.at,
  });
  if (!done) {
    throw conflict('error.record_voided');
  }
  const after = await v.reload();
  await appendAudit(tx, [
    { actor: v.actor, action: 'update', entity: v.entity, entityId: v.id, before: v.before, after },
  ]);
  return after;
}
