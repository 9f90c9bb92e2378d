/** Read assistance records by id: common rows, beneficiaries and details in one query per table. */
import type {
  AssistanceCommon,
  AssistanceRecord,
  Beneficiary,
} from '../domain/assistance/assistance-record.schema.js';
import type { AssistanceKind, BeneficiaryKind } from '../domain/assistance/enums.js';
import type { Measure } from '../domain/measures.js';
import type { Conn } from './connect.js';
import { loadDetails, type Details } from './assistance-details.repository.js';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) {
      list.push(row);
    } else {
      map.set(k, [row]);
    }
  }
  return map;
}

async function loadBeneficiaries(
  db: Conn,
  ids: readonly string[],
): Promise<Map<string, Beneficiary[]>> {
  const rows = await db
    .selectFrom('assistance_beneficiaries as b')
    .leftJoin('persons as p', 'p.id', 'b.person_id')
    .leftJoin('households as h', 'h.id', 'b.household_id')
    .innerJoin('regions as r', 'r.code', 'b.village_code')
    .select([
      'b.assistance_id',
      'b.household_id',
      'b.person_id',
      'b.village_code',
      'r.name as village_name',
      'p.name as person_name',
      'h.head_name',
    ])
    .where('b.assistance_id', 'in', ids)
    .orderBy('b.assistance_id')
    .orderBy('b.position')
    .execute();
  const grouped = groupBy(rows, (r) => r.assistance_id);
  return new Map(
    [...grouped].map(([id, list]) => [
      id,
      list.map((r) => ({
        householdId: r.household_id,
        personId: r.person_id,
        villageCode: r.village_code,
        villageName: r.village_name,
        name: r.person_name ?? r.head_name ?? r.village_name,
      })),
    ]),
  );
}

async function loadCommon(db: Conn, ids: readonly string[]) {
  return db
    .selectFrom('assistance as a')
    .leftJoin('cadres as c', 'c.id', 'a.arranged_by_cadre_id')
    .selectAll('a')
    .select('c.name as cadre_name')
    .where('a.id', 'in', ids)
    .execute();
}

type CommonRow = Awaited<ReturnType<typeof loadCommon>>[number];

function toCommon(r: CommonRow, beneficiaries: Beneficiary[]): AssistanceCommon {
  return {
    id: r.id,
    measure: r.measure as Measure,
    status: r.status as AssistanceCommon['status'],
    date: r.date,
    beneficiaryKind: r.beneficiary_kind as BeneficiaryKind,
    beneficiaries,
    arrangedByCadreId: r.arranged_by_cadre_id,
    arrangedByCadreName: r.cadre_name,
    notes: r.notes,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    voidedAt: r.voided_at,
    voidedBy: r.voided_by,
    voidReason: r.void_reason,
  };
}

/** The whole record: common fields, the kind's details, and ids taken from the beneficiaries. */
function withDetails(
  common: AssistanceCommon,
  kind: AssistanceKind,
  details: Details,
): AssistanceRecord | null {
  const id = common.id;
  const first = common.beneficiaries[0];
  const personId = first?.personId ?? null;
  const householdId = first?.householdId ?? null;
  const detail = details.get(id);
  if (!detail || detail.kind !== kind) {
    return null;
  }
  switch (detail.kind) {
    case 'job':
    case 'medical':
      return { ...common, ...detail, personId: personId ?? '' };
    case 'loan':
      return { ...common, ...detail, householdId: householdId ?? '' };
    case 'good_deed':
      return { ...common, ...detail, personId, householdId: personId ? null : householdId };
    case 'project':
      return {
        ...common,
        ...detail,
        householdIds: common.beneficiaries.flatMap((b) => (b.householdId ? [b.householdId] : [])),
      };
    case 'health_check':
    case 'donation':
      return { ...common, ...detail };
  }
}

/** Records by id, in the order of `ids`; ids that do not exist are left out. */
export async function loadAssistance(
  db: Conn,
  ids: readonly string[],
): Promise<AssistanceRecord[]> {
  if (ids.length === 0) {
    return [];
  }
  const common = await loadCommon(db, ids);
  const beneficiaries = await loadBeneficiaries(db, ids);
  const kinds = new Set(common.map((r) => r.kind as AssistanceKind));
  const details = await loadDetails(db, ids, kinds);
  const byId = new Map<string, AssistanceRecord>();
  for (const row of common) {
    const record = withDetails(
      toCommon(row, beneficiaries.get(row.id) ?? []),
      row.kind as AssistanceKind,
      details,
    );
    if (record) {
      byId.set(row.id, record);
    }
  }
  return ids.flatMap((id) => {
    const record = byId.get(id);
    return record ? [record] : [];
  });
}
