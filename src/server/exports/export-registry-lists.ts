/** Exportable lists of the registry: households, their members (the roster), cadres, units, pairings, income, audit. */
import { AuditQuery } from '../../domain/registry/user.schema.js';
import { CadreListQuery, UnitListQuery } from '../../domain/registry/org.schema.js';
import { HouseholdListQuery } from '../../domain/registry/household.schema.js';
import { IncomeListQuery } from '../../domain/registry/income.schema.js';
import { PairingListQuery } from '../../domain/registry/pairing.schema.js';
import type { Person } from '../../domain/registry/person.schema.js';
import { membersOfHouseholds } from '../../db/import-roster.repository.js';
import { queryAudit } from '../accounts/audit.service.js';
import { listHouseholdsFor } from '../registry/household.service.js';
import { listIncomeFor } from '../registry/income.service.js';
import { listCadresFor, listUnitsFor } from '../registry/org.service.js';
import { listPairingsFor } from '../registry/pairing.service.js';
import { presentPerson } from '../registry/presenters.js';
import { assertCan } from '../registry/scope.js';
import { day, defineList, keysetPages, type Column, type ExportRequest } from './export-list.js';

type HouseholdItem = Awaited<ReturnType<typeof listHouseholdsFor>>['items'][number];

const householdColumns: Column<HouseholdItem>[] = [
  { header: 'export.col.headName', value: (h) => h.headName },
  { header: 'export.col.villageName', value: (h) => h.villageName },
  { header: 'export.col.villageCode', value: (h) => h.villageCode, width: 16 },
  { header: 'export.col.address', value: (h) => h.address, width: 20 },
  { header: 'export.col.phone', value: (h) => h.phone, width: 14 },
  { header: 'export.col.memberCount', kind: 'number', value: (h) => h.memberCount },
  { header: 'export.col.status', value: (h, c) => c.label('roster.status', h.status) },
  { header: 'export.col.statusSince', value: (h) => h.statusSince },
  { header: 'export.col.exitYear', kind: 'number', value: (h) => h.exitYear },
  { header: 'export.col.createdAt', value: (h) => day(h.createdAt) },
];

const households = defineList({
  name: 'households',
  query: HouseholdListQuery,
  pages: (r: ExportRequest<HouseholdListQuery>) =>
    keysetPages(r.query, (q) => listHouseholdsFor(r.db, r.actor, q)),
  columns: householdColumns,
});

/** A member with the household cells of the roster: the rows re-import as they are. */
interface MemberRow {
  readonly household: HouseholdItem;
  readonly person: Person;
}

async function* memberPages(r: ExportRequest<HouseholdListQuery>) {
  for await (const page of keysetPages(r.query, (q) => listHouseholdsFor(r.db, r.actor, q))) {
    const byId = new Map(page.map((h) => [h.id, h]));
    const members = await membersOfHouseholds(r.db, [...byId.keys()]);
    yield members.flatMap((m): MemberRow[] => {
      const household = byId.get(m.householdId);
      return household ? [{ household, person: presentPerson(r.actor, m, r.wholeIdNumbers) }] : [];
    });
  }
}

const memberColumns: Column<MemberRow>[] = [
  { header: 'export.col.householdId', value: (m) => m.household.id, width: 38 },
  { header: 'export.col.villageCode', value: (m) => m.household.villageCode, width: 16 },
  { header: 'export.col.address', value: (m) => m.household.address, width: 20 },
  { header: 'export.col.phone', value: (m) => m.household.phone, width: 14 },
  { header: 'export.col.status', value: (m, c) => c.label('roster.status', m.household.status) },
  { header: 'export.col.exitYear', kind: 'number', value: (m) => m.household.exitYear },
  { header: 'export.col.name', value: (m) => m.person.name },
  { header: 'export.col.sex', value: (m, c) => c.label('roster.sex', m.person.sex) },
  { header: 'export.col.birthDate', value: (m) => m.person.birthDate },
  { header: 'export.col.idNumber', value: (m) => m.person.idNumber, width: 22 },
  { header: 'export.col.relation', value: (m, c) => c.label('roster.relation', m.person.relation) },
  {
    header: 'export.col.schooling',
    value: (m, c) => c.label('roster.schooling', m.person.schooling),
  },
  {
    header: 'export.col.labourAbility',
    value: (m, c) => c.label('roster.labourAbility', m.person.labourAbility),
  },
  { header: 'export.col.health', value: (m, c) => c.label('roster.health', m.person.health) },
  {
    header: 'export.col.disability',
    value: (m, c) => c.label('roster.disability', m.person.disability),
  },
  { header: 'export.col.personPhone', value: (m) => m.person.phone, width: 14 },
];

const persons = defineList({
  name: 'persons',
  query: HouseholdListQuery,
  pages: memberPages,
  columns: memberColumns,
});

type CadreItem = Awaited<ReturnType<typeof listCadresFor>>['items'][number];
const cadres = defineList({
  name: 'cadres',
  query: CadreListQuery,
  pages: (r: ExportRequest<CadreListQuery>) =>
    keysetPages(r.query, (q) => listCadresFor(r.db, r.actor, q)),
  columns: [
    { header: 'export.col.name', value: (x: CadreItem) => x.name },
    { header: 'export.col.sex', value: (x: CadreItem, c) => c.label('roster.sex', x.sex) },
    { header: 'export.col.unitName', value: (x: CadreItem) => x.unitName, width: 20 },
    { header: 'export.col.position', value: (x: CadreItem) => x.position },
    { header: 'export.col.phone', value: (x: CadreItem) => x.phone, width: 14 },
    {
      header: 'export.col.currentPairings',
      kind: 'number',
      value: (x: CadreItem) => x.currentPairings,
    },
    { header: 'export.col.leftOn', value: (x: CadreItem) => x.leftOn },
  ],
});

type UnitItem = Awaited<ReturnType<typeof listUnitsFor>>['items'][number];
const units = defineList({
  name: 'units',
  query: UnitListQuery,
  pages: (r: ExportRequest<UnitListQuery>) =>
    keysetPages(r.query, (q) => listUnitsFor(r.db, r.actor, q)),
  columns: [
    { header: 'export.col.unit', value: (x: UnitItem) => x.name, width: 24 },
    { header: 'export.col.cadreCount', kind: 'number', value: (x: UnitItem) => x.cadreCount },
    { header: 'export.col.unitId', value: (x: UnitItem) => x.id, width: 38 },
    { header: 'export.col.parentId', value: (x: UnitItem) => x.parentId, width: 38 },
  ],
});

type PairingItem = Awaited<ReturnType<typeof listPairingsFor>>['items'][number];
const pairings = defineList({
  name: 'pairings',
  query: PairingListQuery,
  pages: (r: ExportRequest<PairingListQuery>) =>
    keysetPages(r.query, (q) => listPairingsFor(r.db, r.actor, q)),
  columns: [
    { header: 'export.col.cadreName', value: (x: PairingItem) => x.cadreName },
    { header: 'export.col.headName', value: (x: PairingItem) => x.headName },
    { header: 'export.col.villageCode', value: (x: PairingItem) => x.villageCode, width: 16 },
    {
      header: 'export.col.pairingRole',
      value: (x: PairingItem, c) => c.label('export.pairing_role', x.role),
    },
    { header: 'export.col.startDate', value: (x: PairingItem) => x.startDate },
    { header: 'export.col.endDate', value: (x: PairingItem) => x.endDate },
    { header: 'export.col.endReason', value: (x: PairingItem) => x.endReason },
  ],
});

type IncomeItem = Awaited<ReturnType<typeof listIncomeFor>>['items'][number];
const income = defineList({
  name: 'income-records',
  query: IncomeListQuery,
  pages: (r: ExportRequest<IncomeListQuery>) =>
    keysetPages(r.query, (q) => listIncomeFor(r.db, r.actor, q)),
  columns: [
    { header: 'export.col.householdId', value: (x: IncomeItem) => x.householdId, width: 38 },
    { header: 'export.col.year', kind: 'number', value: (x: IncomeItem) => x.year },
    { header: 'export.col.wages', kind: 'money', value: (x: IncomeItem) => x.wagesFen },
    { header: 'export.col.production', kind: 'money', value: (x: IncomeItem) => x.productionFen },
    { header: 'export.col.property', kind: 'money', value: (x: IncomeItem) => x.propertyFen },
    { header: 'export.col.transfer', kind: 'money', value: (x: IncomeItem) => x.transferFen },
    { header: 'export.col.total', kind: 'money', value: (x: IncomeItem) => x.totalFen },
    { header: 'export.col.memberCount', kind: 'number', value: (x: IncomeItem) => x.memberCount },
    { header: 'export.col.perCapita', kind: 'money', value: (x: IncomeItem) => x.perCapitaFen },
  ],
});

type AuditItem = Awaited<ReturnType<typeof queryAudit>>['items'][number];
const json = (value: unknown) =>
  value === null || value === undefined ? null : JSON.stringify(value);
const audit = defineList({
  name: 'audit',
  query: AuditQuery,
  pages: (r: ExportRequest<AuditQuery>) => {
    assertCan(r.actor, 'audit.read');
    return keysetPages(r.query, (q) => queryAudit(r.db, q));
  },
  columns: [
    { header: 'export.col.at', value: (x: AuditItem) => x.at, width: 26 },
    { header: 'export.col.user', value: (x: AuditItem) => x.username },
    { header: 'export.col.action', value: (x: AuditItem) => x.action },
    { header: 'export.col.entity', value: (x: AuditItem, c) => c.label('entity', x.entity) },
    { header: 'export.col.entityId', value: (x: AuditItem) => x.entityId, width: 38 },
    { header: 'export.col.before', value: (x: AuditItem) => json(x.before), width: 40 },
    { header: 'export.col.after', value: (x: AuditItem) => json(x.after), width: 40 },
  ],
});

export const REGISTRY_LISTS = [households, persons, cadres, units, pairings, income, audit];
