/** Presenters: what each role may see of a person or household leaves the server, nothing more. */
import { can, type Actor } from '../../domain/roles.js';
import { maskIdNumber } from '../../domain/validation/id-number.js';
import type { Person } from '../../domain/registry/person.schema.js';
import type { PersonRecord } from '../../db/person.repository.js';

/** A person as the actor may see them; `reveal` shows the whole ID number to roles allowed it. */
export function presentPerson(actor: Actor, p: PersonRecord, reveal = false): Person {
  const whole = reveal && can(actor.role, 'id_number.reveal');
  const sensitive = can(actor.role, 'registry.sensitive');
  return {
    id: p.id,
    householdId: p.householdId,
    name: p.name,
    sex: p.sex,
    birthDate: p.birthDate,
    idNumber: p.idNumber === null ? null : whole ? p.idNumber : maskIdNumber(p.idNumber),
    idNumberMasked: !whole,
    relation: p.relation as Person['relation'],
    schooling: p.schooling as Person['schooling'],
    labourAbility: p.labourAbility as Person['labourAbility'],
    health: sensitive ? (p.health as Person['health']) : null,
    disability: sensitive ? (p.disability as Person['disability']) : null,
    phone: sensitive ? p.phone : null,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

/** A person as written to the audit log: the ID number masked, never whole. */
export function auditPerson(p: PersonRecord): Record<string, unknown> {
  return { ...p, idNumber: p.idNumber === null ? null : maskIdNumber(p.idNumber) };
}
