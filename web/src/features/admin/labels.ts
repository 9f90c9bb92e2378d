/** The record types and actions the audit log names, for its filters and labels. */
import type { TFunction } from 'i18next';
import { AUDIT_ACTIONS } from '../../../../src/domain/registry/user.schema';

/** Record types written by the services (entity column of the audit log). */
export const AUDIT_ENTITIES = [
  'household',
  'person',
  'pairing',
  'cadre',
  'org_unit',
  'village',
  'income_record',
  'user',
  'activity',
  'activity_type',
  'photo',
  'assistance',
  'donation_item',
  'campaign_item',
  'fund_ledger',
  'grant_rule',
  'grant_run',
  'student_enrollment',
  'course',
  'enrollment',
  'follow_up',
  'cooperative',
  'product',
  'certification',
  'sale',
  'tourism_project',
  'collective_income',
  'story',
] as const;

export { AUDIT_ACTIONS };

const KNOWN_ENTITIES: readonly string[] = AUDIT_ENTITIES;

/** The label of a record type; one the list does not know shows as written. */
export function entityLabel(t: TFunction, entity: string): string {
  return KNOWN_ENTITIES.includes(entity) ? t(`admin.entity.${entity}`) : entity;
}

export const ACTION_COLOR: Record<string, string> = {
  create: 'green',
  update: 'blue',
  void: 'orange',
  delete: 'red',
  approve: 'cyan',
  reject: 'volcano',
  read_full: 'default',
  reveal_id_number: 'magenta',
  login: 'default',
  logout: 'default',
  export: 'purple',
};

export { ROLES } from '../../../../src/domain/roles';
