/** What of an assistance record each role may see: health details need registry.sensitive; cadres see their families only. */
import { can, type Actor } from '../../domain/roles.js';
import type { AssistanceRecord } from '../../domain/assistance/assistance-record.schema.js';
import { donationTotals } from '../../domain/assistance/totals.js';

/** Keep village rows and rows of visible households. */
function shown(householdId: string | null, visible: ReadonlySet<string> | null): boolean {
  return visible === null || householdId === null || visible.has(householdId);
}

/**
 * A record as the actor may see it. `visible` is the set of households paired with a cadre
 * (null for roles that see all): other families in a donation or project are left out.
 */
export function presentAssistance(
  actor: Actor,
  record: AssistanceRecord,
  visible: ReadonlySet<string> | null,
): AssistanceRecord {
  const beneficiaries = record.beneficiaries.filter((b) => shown(b.householdId, visible));
  const base = { ...record, beneficiaries };
  switch (base.kind) {
    case 'medical':
      return can(actor.role, 'registry.sensitive')
        ? base
        : { ...base, medicalKind: null, provider: null, costFen: null, paidBy: null };
    case 'donation': {
      const recipients = base.recipients.filter((r) => shown(r.householdId, visible));
      return { ...base, recipients, totals: donationTotals(recipients.flatMap((r) => r.items)) };
    }
    case 'project':
      return { ...base, householdIds: base.householdIds.filter((h) => shown(h, visible)) };
    case 'job':
    case 'health_check':
    case 'loan':
    case 'good_deed':
      return base;
  }
}

/** The households of records (to ask once which of them a cadre is paired with). */
export function householdsOfRecords(records: readonly AssistanceRecord[]): string[] {
  return records.flatMap((r) =>
    r.beneficiaries.flatMap((b) => (b.householdId ? [b.householdId] : [])),
  );
}
