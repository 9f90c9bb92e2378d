/** Builders and probes for the registry tests: audit entries, pairings, income rows. */
import type { Db } from '../../src/db/connect.js';
import { newId, nowIso } from '../../src/db/ids.js';

export interface AuditRow {
  readonly action: string;
  readonly userId: string | null;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

/** The audit entries of one record, oldest first. */
export async function auditOf(db: Db, entity: string, entityId: string): Promise<AuditRow[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['action', 'user_id', 'before', 'after'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    action: r.action,
    userId: r.user_id,
    before: r.before === null ? null : (JSON.parse(r.before) as Record<string, unknown>),
    after: r.after === null ? null : (JSON.parse(r.after) as Record<string, unknown>),
  }));
}

/** The current pairings of a cadre as (household, role) pairs, sorted. */
export async function currentOf(db: Db, cadreId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('pairings')
    .select(['household_id', 'role'])
    .where('cadre_id', '=', cadreId)
    .where('end_date', 'is', null)
    .execute();
  return rows.map((r) => `${r.household_id}:${r.role}`).sort();
}

/** A pairing starting on a given day (builders.ts starts every pairing on 2026-01-01). */
export async function buildPairingOn(
  db: Db,
  input: { cadreId: string; householdId: string; role?: 'lead' | 'assist'; startDate: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('pairings')
    .values({
      id,
      cadre_id: input.cadreId,
      household_id: input.householdId,
      role: input.role ?? 'lead',
      start_date: input.startDate,
      end_date: null,
      end_reason: '',
      created_at: nowIso(),
    })
    .execute();
  return id;
}

/** The user id of a username (for checking who an audit entry names). */
export async function userIdOf(db: Db, username: string): Promise<string> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}
