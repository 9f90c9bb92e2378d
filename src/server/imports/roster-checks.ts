/** The checks of a batch's rows before the registry decides: their own problems, and where their people live. */
import type { IdNumberSet } from '../../domain/imports/id-number-set.js';
import {
  addProblem,
  type ParsedRow,
  type RowProblems,
} from '../../domain/imports/roster-household.js';
import type { PersonRecord } from '../../db/person.repository.js';

/** Each row's own problems: its cells, a repeated ID number, the same person twice in a household. */
export function rowProblems(rows: readonly ParsedRow[], ids: IdNumberSet): RowProblems {
  const problems: RowProblems = new Map();
  const people = new Map<string, number>();
  for (const r of rows) {
    const n = r.row.rowNumber;
    for (const p of r.household.problems) {
      addProblem(problems, n, p);
    }
    if (!r.person.ok) {
      r.person.problems.forEach((p) => addProblem(problems, n, p));
      continue;
    }
    const { idNumber, name, birthDate } = r.person.person;
    const seen = idNumber ? ids.firstSeen(idNumber, n) : null;
    if (seen !== null) {
      addProblem(problems, n, {
        path: 'idNumber',
        key: 'field.import_duplicate',
        params: { row: seen },
      });
      continue;
    }
    const person = `${name}|${birthDate}`;
    const same = idNumber ? undefined : people.get(person);
    if (same !== undefined) {
      addProblem(problems, n, {
        path: 'name',
        key: 'field.import_duplicate_person',
        params: { row: same },
      });
    }
    people.set(person, people.get(person) ?? n);
  }
  return problems;
}

/** The registered households a group's ID numbers point to, and rows pointing elsewhere. */
export function matchedHousehold(
  rows: readonly ParsedRow[],
  byId: ReadonlyMap<string, PersonRecord>,
  heads: ReadonlyMap<string, string>,
): { householdId: string | null; problems: RowProblems } {
  const problems: RowProblems = new Map();
  let householdId: string | null = null;
  for (const r of rows) {
    const id = r.person.ok ? r.person.person.idNumber : null;
    const found = id ? byId.get(id) : undefined;
    if (!found) {
      continue;
    }
    householdId ??= found.householdId;
    if (found.householdId !== householdId) {
      addProblem(problems, r.row.rowNumber, {
        path: 'idNumber',
        key: 'field.import_other_household',
        params: { head: heads.get(found.householdId) ?? '' },
      });
    }
  }
  return { householdId, problems };
}
