/** The members of a registered household and a file's rows for it: pairing, corrections, additions. */
import type { ParsedRow } from '../../domain/imports/roster-household.js';
import type { PersonInput } from '../../domain/registry/person.schema.js';
import { newId } from '../../db/ids.js';
import type { PersonRecord } from '../../db/person.repository.js';

export const PERSON_KEYS = [
  'name',
  'sex',
  'birthDate',
  'idNumber',
  'relation',
  'schooling',
  'labourAbility',
  'health',
  'disability',
  'phone',
] as const;

/** The registered member a file row stands for: by ID number, else by name and birth date. */
export function pairRows(m: {
  readonly rows: readonly ParsedRow[];
  readonly members: readonly PersonRecord[];
  readonly byId: ReadonlyMap<string, PersonRecord>;
}): (PersonRecord | null)[] {
  const taken = new Set<string>();
  return m.rows.map((r) => {
    if (!r.person.ok) {
      return null;
    }
    const p = r.person.person;
    const byId = p.idNumber ? m.byId.get(p.idNumber) : undefined;
    const found =
      byId ??
      m.members.find(
        (e) =>
          !taken.has(e.id) &&
          e.name === p.name &&
          e.birthDate === p.birthDate &&
          (p.idNumber ? e.idNumber === null : true),
      );
    if (found) {
      taken.add(found.id);
    }
    return found ?? null;
  });
}

/** A registered person with the cells the row gave. */
export function corrected(
  before: PersonRecord,
  person: PersonInput,
  given: readonly string[],
  at: string,
) {
  const after: Record<string, unknown> = { ...before };
  for (const key of PERSON_KEYS) {
    if (given.includes(key)) {
      after[key] = person[key] ?? null;
    }
  }
  const changed = PERSON_KEYS.some((k) => after[k] !== before[k]);
  return { changed, after: { ...(after as unknown as PersonRecord), updatedAt: at } };
}

export function newMember(householdId: string, p: PersonInput, at: string): PersonRecord {
  return {
    id: newId(),
    householdId,
    name: p.name,
    sex: p.sex,
    birthDate: p.birthDate,
    idNumber: p.idNumber ?? null,
    relation: p.relation,
    schooling: p.schooling,
    labourAbility: p.labourAbility,
    health: p.health,
    disability: p.disability,
    phone: p.phone ?? null,
    createdAt: at,
    updatedAt: at,
  };
}

export function asInput(p: PersonRecord): Record<string, unknown> {
  return Object.fromEntries(PERSON_KEYS.map((k) => [k, p[k] ?? null]));
}
