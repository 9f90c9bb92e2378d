/** The append-only audit log: written in the caller's transaction, queried by auditors. */
import type { Actor } from '../domain/roles.js';
import type { AuditEntry, AuditQuery } from '../domain/registry/user.schema.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import { newId, nowIso } from './ids.js';

export type AuditAction =
  'create' | 'update' | 'delete' | 'read_full' | 'reveal_id_number' | 'login' | 'logout' | 'export';

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

/** Audit entries, newest first, filtered by user, record and time. */
export async function listAudit(
  db: Conn,
  query: AuditQuery,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select([
      'a.id',
      'a.at',
      'a.user_id',
      'u.username',
      'a.action',
      'a.entity',
      'a.entity_id',
      'a.before',
      'a.after',
    ])
    .orderBy('a.id', 'desc')
    .limit(query.limit + 1);
  if (query.user) {
    q = q.where('a.user_id', '=', query.user);
  }
  if (query.entity) {
    q = q.where('a.entity', '=', query.entity);
  }
  if (query.entityId) {
    q = q.where('a.entity_id', '=', query.entityId);
  }
  if (query.from) {
    q = q.where('a.at', '>=', query.from);
  }
  if (query.to) {
    q = q.where('a.at', '<', query.to.length === 10 ? `${query.to}T24` : query.to);
  }
  if (query.cursor) {
    const [id] = decodeCursor(query.cursor, 1);
    q = q.where('a.id', '<', String(id));
  }
  const rows = await q.execute();
  const page = pageOf(rows, query.limit, (r) => [r.id]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => ({
      id: r.id,
      at: r.at,
      userId: r.user_id,
      username: r.username,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: parseJson(r.before),
      after: parseJson(r.after),
    })),
  };
}
