/** The append-only audit log: written in the caller's transaction, queried by auditors. */
import type { Actor } from '../domain/roles.js';
import type { AuditAction, AuditEntry } from '../domain/registry/user.schema.js';
import type { ExpressionBuilder } from 'kysely';
import type { Conn } from './connect.js';
import type { AuditLogTable } from './database.js';
import { decodeCursor, pageOf } from './cursor.js';
import { newId, nowIso } from './ids.js';

export type { AuditAction };

export interface AuditRecord {
  readonly actor: Actor | null;
  readonly action: AuditAction;
  readonly entity: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly ip?: string | null;
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** Append entries to the audit log (one statement for many). */
export async function appendAudit(db: Conn, records: readonly AuditRecord[]): Promise<void> {
  if (records.length === 0) {
    return;
  }
  const at = nowIso();
  for (let i = 0; i < records.length; i += 500) {
    await db
      .insertInto('audit_log')
      .values(
        records.slice(i, i + 500).map((r) => ({
          id: newId(),
          at,
          user_id: r.actor?.userId ?? null,
          action: r.action,
          entity: r.entity,
          entity_id: r.entityId,
          before: toJson(r.before),
          after: toJson(r.after),
          ip: r.ip ?? null,
        })),
      )
      .execute();
  }
}

function parseJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

/** A filter on the audit log: instants are ISO-8601 UTC, `toAt` exclusive. */
export interface AuditFilter {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly userId?: string | undefined;
  readonly entity?: string | undefined;
  readonly entityId?: string | undefined;
  readonly action?: AuditAction | undefined;
  readonly fromAt?: string | undefined;
  readonly toAt?: string | undefined;
}

/** Ids are UUIDv7: the smallest id made at an instant, so a time window narrows the key range. */
function idAt(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12);
  return `${hex.slice(0, 8)}-${hex.slice(8)}-0000-0000-000000000000`;
}

/** The audit log as a listing names it. */
type AuditScope = { a: AuditLogTable };

/** How far an id's clock may run ahead of or behind its `at` (the id counter's overflow). */
const ID_CLOCK_SLACK_MS = 3_600_000;

type AuditRow = Omit<AuditLogTable, 'ip'> & { username: string | null };

function toEntry(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    userId: r.user_id,
    username: r.username,
    action: r.action as AuditAction,
    entity: r.entity,
    entityId: r.entity_id,
    before: parseJson(r.before),
    after: parseJson(r.after),
  };
}

/** The conditions of a filter (the cursor included); every one narrows an indexed range or scan. */
function conditions(eb: ExpressionBuilder<AuditScope, 'a'>, filter: AuditFilter) {
  const where = [];
  if (filter.userId) {
    where.push(eb('a.user_id', '=', filter.userId));
  }
  if (filter.entity) {
    where.push(eb('a.entity', '=', filter.entity));
  }
  if (filter.entityId) {
    where.push(eb('a.entity_id', '=', filter.entityId));
  }
  if (filter.action) {
    where.push(eb('a.action', '=', filter.action));
  }
  if (filter.fromAt) {
    where.push(eb('a.at', '>=', filter.fromAt));
    where.push(eb('a.id', '>=', idAt(Date.parse(filter.fromAt) - ID_CLOCK_SLACK_MS)));
  }
  if (filter.toAt) {
    where.push(eb('a.at', '<', filter.toAt));
    where.push(eb('a.id', '<', idAt(Date.parse(filter.toAt) + ID_CLOCK_SLACK_MS)));
  }
  if (filter.cursor) {
    const [id] = decodeCursor(filter.cursor, 1);
    where.push(eb('a.id', '<', String(id)));
  }
  return eb.and(where);
}

/** Audit entries, newest first (keyset on the time-ordered id), filtered by user, record and time. */
export async function listAudit(
  db: Conn,
  filter: AuditFilter,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  const rows = await db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.id', 'a.at', 'a.user_id', 'u.username', 'a.action', 'a.entity', 'a.entity_id'])
    .select(['a.before', 'a.after'])
    .where((eb) => conditions(eb, filter))
    .orderBy('a.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const page = pageOf(rows, filter.limit, (r) => [r.id]);
  return { nextCursor: page.nextCursor, items: page.items.map(toEntry) };
}
