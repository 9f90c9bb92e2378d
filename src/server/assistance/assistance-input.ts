/** A stored record back in the shape of its create input, so a correction is re-validated whole. */
import type { AssistanceRecord } from '../../domain/assistance/assistance-record.schema.js';
import type { AssistancePatch } from '../../domain/assistance/assistance.schema.js';

/** The create input that would make this record (before parsing). */
export function inputOf(r: AssistanceRecord): Record<string, unknown> {
  const common = {
    kind: r.kind,
    date: r.date,
    status: r.status,
    measure: r.measure,
    arrangedByCadreId: r.arrangedByCadreId,
    notes: r.notes,
  };
  switch (r.kind) {
    case 'job': {
      const { personId, employer, jobTitle, place, channel, startDate, endDate } = r;
      return {
        ...common,
        personId,
        employer,
        jobTitle,
        place,
        channel,
        startDate,
        endDate,
        monthlyWageFen: r.monthlyWageFen,
      };
    }
    case 'medical':
      return {
        ...common,
        personId: r.personId,
        medicalKind: r.medicalKind,
        provider: r.provider,
        costFen: r.costFen,
        paidBy: r.paidBy,
      };
    case 'health_check':
      return {
        ...common,
        provider: r.provider,
        villages: r.villages.map((v) => ({
          villageCode: v.villageCode,
          peopleChecked: v.peopleChecked,
        })),
      };
    case 'donation':
      return {
        ...common,
        donor: r.donor,
        recipients: r.recipients.map((x) => ({
          ...(x.householdId ? { householdId: x.householdId } : { villageCode: x.villageCode }),
          items: x.items.map((i) => ({ itemId: i.itemId, quantity: i.quantity })),
        })),
      };
    case 'project': {
      const { villageCode, projectName, category, projectStatus, startDate, endDate } = r;
      return {
        ...common,
        villageCode,
        projectName,
        category,
        projectStatus,
        startDate,
        endDate,
        funds: r.funds.map((f) => ({ source: f.source, amountFen: f.amountFen })),
        householdCount: r.householdCount,
        householdIds: r.householdIds,
      };
    }
    case 'loan': {
      const { householdId, lender, amountFen, purpose, termMonths, loanStatus } = r;
      return { ...common, householdId, lender, amountFen, purpose, termMonths, loanStatus };
    }
    case 'good_deed':
      return {
        ...common,
        householdId: r.householdId,
        personId: r.personId,
        description: r.description,
      };
  }
}

/** The stored record's input with the patch's given fields laid over it. */
export function patchedInput(r: AssistanceRecord, patch: AssistancePatch): Record<string, unknown> {
  const given = Object.entries(patch).filter(([, v]) => v !== undefined);
  return { ...inputOf(r), ...Object.fromEntries(given) };
}
