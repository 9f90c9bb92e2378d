/** The assistance form's values ⇄ the API's bodies: money typed in 元 is sent in fen, dates as YYYY-MM-DD. */
import dayjs, { type Dayjs } from 'dayjs';
import type { AssistanceKind } from '../../../../src/domain/assistance/enums';
import { fenOf, isoDay, todayIso, yuanOf } from '../measures/shared';
import type { AssistanceInput, AssistanceRecord } from './api';

export type RecipientKind = 'village' | 'household';

/**
 * One form for every kind: the fields carry the API's names (so its field errors land on them),
 * money fields (…Fen) hold 元 while typed. `householdId` picks the family of a person for jobs
 * and medical aid; it is sent only for loans and good deeds.
 */
export interface AssistanceValues {
  kind: AssistanceKind;
  date?: Dayjs | null;
  status?: string;
  measure?: string;
  arrangedByCadreId?: string | null;
  notes?: string;
  householdId?: string | null;
  personId?: string | null;
  employer?: string;
  jobTitle?: string;
  place?: string;
  channel?: string;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  monthlyWageFen?: number | null;
  medicalKind?: string;
  provider?: string;
  costFen?: number | null;
  paidBy?: string;
  villages?: { villageCode?: string; peopleChecked?: number | null }[];
  donor?: string;
  recipientKind?: RecipientKind;
  recipients?: {
    villageCode?: string;
    householdId?: string;
    items?: { itemId?: string; quantity?: number | null }[];
  }[];
  villageCode?: string;
  projectName?: string;
  category?: string;
  projectStatus?: string;
  funds?: { source?: string; amountFen?: number | null }[];
  householdCount?: number | null;
  householdIds?: string[];
  lender?: string;
  amountFen?: number | null;
  purpose?: string;
  termMonths?: number | null;
  loanStatus?: string;
  description?: string;
}

/** Starting values of a new record of a kind. */
export function blankValues(kind: AssistanceKind): AssistanceValues {
  return {
    kind,
    date: dayjs(todayIso()),
    status: 'done',
    measure: kind === 'donation' ? 'epidemic' : 'relief',
    place: 'near_home',
    channel: 'other',
    startDate: dayjs(todayIso()),
    medicalKind: 'treatment',
    villages: [{}],
    recipientKind: 'village',
    recipients: [{ items: [{}] }],
    category: 'irrigation',
    projectStatus: 'planned',
    funds: [{}],
    householdIds: [],
    loanStatus: 'granted',
    termMonths: 12,
  };
}

const dayOrNull = (d: Dayjs | null | undefined) => (d ? isoDay(d) : null);
const text = (s: string | undefined) => s ?? '';
/** A number the schema checks (null when empty: the schema says what is missing). */
const num = (n: number | null | undefined) => n ?? null;

/** The fields of the kind, with the API's names and units. */
function kindFields(v: AssistanceValues): Record<string, unknown> {
  switch (v.kind) {
    case 'job':
      return {
        personId: text(v.personId ?? undefined),
        employer: text(v.employer),
        jobTitle: text(v.jobTitle),
        place: v.place,
        channel: v.channel,
        startDate: isoDay(v.startDate),
        endDate: dayOrNull(v.endDate),
        monthlyWageFen: num(fenOf(v.monthlyWageFen)),
      };
    case 'medical':
      return {
        personId: text(v.personId ?? undefined),
        medicalKind: v.medicalKind,
        provider: text(v.provider),
        costFen: num(fenOf(v.costFen)),
        paidBy: text(v.paidBy),
      };
    case 'health_check':
      return {
        provider: text(v.provider),
        villages: (v.villages ?? []).map((x) => ({
          villageCode: text(x.villageCode),
          peopleChecked: num(x.peopleChecked),
        })),
      };
    case 'donation':
      return {
        donor: text(v.donor),
        recipients: (v.recipients ?? []).map((r) => ({
          ...(v.recipientKind === 'household'
            ? { householdId: text(r.householdId) }
            : { villageCode: text(r.villageCode) }),
          items: (r.items ?? []).map((i) => ({
            itemId: text(i.itemId),
            quantity: num(i.quantity),
          })),
        })),
      };
    case 'project':
      return {
        villageCode: text(v.villageCode),
        projectName: text(v.projectName),
        category: v.category,
        projectStatus: v.projectStatus,
        startDate: dayOrNull(v.startDate),
        endDate: dayOrNull(v.endDate),
        funds: (v.funds ?? [])
          .filter((f) => f.source || f.amountFen !== undefined)
          .map((f) => ({ source: text(f.source), amountFen: num(fenOf(f.amountFen)) })),
        householdCount: v.householdCount ?? null,
        householdIds: v.householdIds ?? [],
      };
    case 'loan':
      return {
        householdId: text(v.householdId ?? undefined),
        lender: text(v.lender),
        amountFen: num(fenOf(v.amountFen)),
        purpose: text(v.purpose),
        termMonths: num(v.termMonths),
        loanStatus: v.loanStatus,
      };
    case 'good_deed':
      return v.personId
        ? { householdId: null, personId: v.personId, description: text(v.description) }
        : { householdId: v.householdId ?? null, personId: null, description: text(v.description) };
  }
}

/** The body to send: the common fields and the kind's. */
export function toInput(v: AssistanceValues, creating: boolean): AssistanceInput {
  return {
    kind: v.kind,
    date: isoDay(v.date),
    status: v.status,
    measure: v.measure,
    arrangedByCadreId: v.arrangedByCadreId || (creating ? undefined : null),
    notes: v.notes ?? '',
    ...kindFields(v),
  } as AssistanceInput;
}

const dayOf = (s: string | null | undefined) => (s ? dayjs(s) : null);

/** The form's values for correcting a stored record. */
export function valuesOf(r: AssistanceRecord): AssistanceValues {
  const common: AssistanceValues = {
    kind: r.kind,
    date: dayOf(r.date),
    status: r.status,
    measure: r.measure,
    arrangedByCadreId: r.arrangedByCadreId,
    notes: r.notes,
    householdId: r.beneficiaries[0]?.householdId ?? null,
  };
  switch (r.kind) {
    case 'job':
      return {
        ...common,
        personId: r.personId,
        employer: r.employer,
        jobTitle: r.jobTitle,
        place: r.place,
        channel: r.channel,
        startDate: dayOf(r.startDate),
        endDate: dayOf(r.endDate),
        monthlyWageFen: yuanOf(r.monthlyWageFen),
      };
    case 'medical':
      return {
        ...common,
        personId: r.personId,
        medicalKind: r.medicalKind ?? undefined,
        provider: r.provider ?? '',
        costFen: yuanOf(r.costFen),
        paidBy: r.paidBy ?? '',
      };
    case 'health_check':
      return {
        ...common,
        provider: r.provider,
        villages: r.villages.map((x) => ({
          villageCode: x.villageCode,
          peopleChecked: x.peopleChecked,
        })),
      };
    case 'donation':
      return {
        ...common,
        donor: r.donor,
        recipientKind: r.recipients[0]?.householdId ? 'household' : 'village',
        recipients: r.recipients.map((x) => ({
          householdId: x.householdId ?? undefined,
          villageCode: x.householdId ? undefined : x.villageCode,
          items: x.items.map((i) => ({ itemId: i.itemId, quantity: i.quantity })),
        })),
      };
    case 'project':
      return {
        ...common,
        villageCode: r.villageCode,
        projectName: r.projectName,
        category: r.category,
        projectStatus: r.projectStatus,
        startDate: dayOf(r.startDate),
        endDate: dayOf(r.endDate),
        funds: r.funds.map((f) => ({ source: f.source, amountFen: yuanOf(f.amountFen) })),
        householdCount: r.householdCount,
        householdIds: r.householdIds,
      };
    case 'loan':
      return {
        ...common,
        householdId: r.householdId,
        lender: r.lender,
        amountFen: yuanOf(r.amountFen),
        purpose: r.purpose,
        termMonths: r.termMonths,
        loanStatus: r.loanStatus,
      };
    case 'good_deed':
      return {
        ...common,
        householdId: r.householdId ?? r.beneficiaries[0]?.householdId ?? null,
        personId: r.personId,
        description: r.description,
      };
  }
}
