/** The words of coded values in audit snapshots (建档立卡贫困户 for registered_poor). */
import type { i18n as I18n } from 'i18next';

/**
 * Where a coded value's words are, field by field: the record's own list first where one field
 * name means different lists (a pairing's role is not a user's), then the field's lists in order.
 */
const VALUE_LISTS_BY_ENTITY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  assistance: { status: 'assistance.status', kind: 'assistance.kind' },
  grant_run: { status: 'fund.runStatus' },
  pairing: { role: 'registry.pairingRole' },
  user: { role: 'role' },
  certification: { kind: 'industry.certKind' },
  fund_ledger: { kind: 'fund.kind' },
  tourism_project: { kind: 'industry.tourismKind' },
  sale: { channel: 'industry.channel' },
  product: { category: 'industry.category' },
};
const VALUE_LISTS: Readonly<Record<string, readonly string[]>> = {
  status: ['status', 'assistance.status', 'fund.runStatus', 'fund.grantStatus'],
  role: ['role', 'registry.pairingRole'],
  relation: ['relation'],
  sex: ['sex'],
  schooling: ['registry.schooling'],
  health: ['registry.health'],
  labourAbility: ['registry.labour'],
  stage: ['fund.stage'],
  kind: ['assistance.kind', 'fund.kind', 'industry.certKind', 'industry.tourismKind'],
  skill: ['training.skill'],
  measure: ['measures.measure'],
  measures: ['measures.measure'],
  item: ['measures.five'],
  channel: ['industry.channel', 'assistance.jobChannel'],
  category: ['industry.category', 'assistance.projectCategory'],
  placeKind: ['training.placeKind'],
  place: ['assistance.jobPlace'],
  donorKind: ['fund.donorKind'],
  medicalKind: ['assistance.medicalKind'],
  loanStatus: ['assistance.loanStatus'],
  projectStatus: ['assistance.projectStatus'],
};

/** A coded value's words in the auditor's language (建档立卡贫困户 for registered_poor), or null. */
export function auditValueLabel(
  i18n: I18n,
  entity: string,
  field: string,
  value: string,
): string | null {
  const own = VALUE_LISTS_BY_ENTITY[entity]?.[field];
  for (const list of [...(own ? [own] : []), ...(VALUE_LISTS[field] ?? [])]) {
    if (i18n.exists(`${list}.${value}`)) {
      return i18n.t(`${list}.${value}`);
    }
  }
  return null;
}
