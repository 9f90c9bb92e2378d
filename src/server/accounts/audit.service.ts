/** Reading the audit log (auditors, administrators): days are read in the program's time zone. */
import type { AuditEntry, AuditQuery } from '../../domain/registry/user.schema.js';
import { dayStartIso, nextDay, programTimeZone } from '../../domain/validation/dates.js';
import { listAudit, type AuditFilter } from '../../db/audit.repository.js';
import type { Db } from '../../db/connect.js';

/** An instant as ISO-8601 UTC; a bare date is the start of that day in the program's zone. */
function instant(value: string, day: 'start' | 'after'): string {
  if (value.length === 10) {
    return dayStartIso(day === 'start' ? value : nextDay(value), programTimeZone());
  }
  return new Date(value).toISOString();
}

/** The repository filter of a query: `to` as a date includes that whole day. */
export function auditFilter(query: AuditQuery): AuditFilter {
  return {
    limit: query.limit,
    cursor: query.cursor,
    userId: query.user,
    entity: query.entity,
    entityId: query.entityId,
    action: query.action,
    fromAt: query.from === undefined ? undefined : instant(query.from, 'start'),
    toAt: query.to === undefined ? undefined : instant(query.to, 'after'),
  };
}

/** A keyset page of audit entries, newest first. Reading the log is not itself logged. */
export function queryAudit(
  db: Db,
  query: AuditQuery,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  return listAudit(db, auditFilter(query));
}
