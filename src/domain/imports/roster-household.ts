/** A household of the roster: its rows parsed, household values merged, checked as HouseholdCreate. */
import type { FieldProblem } from '../errors.js';
import { HouseholdCreate } from '../registry/household.schema.js';
import type { PersonInput } from '../registry/person.schema.js';
import { issuesToFields } from '../validation/zod-issues.js';
import type { HouseholdValues, ParsedPerson, RosterRow } from './roster-row.js';

/** A row with its member and household cells parsed. */
export interface ParsedRow {
  readonly row: RosterRow;
  readonly person: ParsedPerson;
  readonly household: {
    readonly values: HouseholdValues;
    readonly problems: readonly FieldProblem[];
  };
}

/** Problems by row number. */
export type RowProblems = Map<number, FieldProblem[]>;

export function addProblem(problems: RowProblems, row: number, problem: FieldProblem): void {
  const list = problems.get(row) ?? [];
  list.push(problem);
  problems.set(row, list);
}

/** The household's values, each from the head's row if it has it, else the first row that does. */
export function mergeHouseholdValues(rows: readonly ParsedRow[]): {
  values: HouseholdValues;
  source: ReadonlyMap<string, number>;
} {
  const head = rows.find((r) => r.person.ok && r.person.person.relation === 'head');
  const ordered = head ? [head, ...rows.filter((r) => r !== head)] : rows;
  const values: Record<string, unknown> & HouseholdValues = {};
  const source = new Map<string, number>();
  for (const r of ordered) {
    for (const [key, value] of Object.entries(r.household.values)) {
      if (value !== undefined && values[key] === undefined) {
        values[key] = value;
        source.set(key, r.row.rowNumber);
      }
    }
  }
  return { values, source };
}

/** Map the household's problems to rows: members.N.x to member N's row, household fields to their source. */
export function problemsByRow(
  fields: readonly FieldProblem[],
  memberRows: readonly number[],
  source: ReadonlyMap<string, number>,
): RowProblems {
  const out: RowProblems = new Map();
  const first = memberRows[0] ?? 0;
  for (const f of fields) {
    const [head, index, ...rest] = f.path.split('.');
    if (head === 'members' && index !== undefined && /^\d+$/.test(index) && rest.length > 0) {
      addProblem(out, memberRows[Number(index)] ?? first, { ...f, path: rest.join('.') });
      continue;
    }
    const path = head === 'phone' ? 'householdPhone' : f.path;
    addProblem(out, source.get(head ?? '') ?? first, { ...f, path });
  }
  return out;
}

/**
 * Compose a new household from rows whose cells all parsed: the domain's HouseholdCreate checks
 * one head, repeated ID numbers, the exit year, the size; problems come back by row.
 */
export function composeNewHousehold(
  rows: readonly ParsedRow[],
): { ok: true; input: HouseholdCreate } | { ok: false; problems: RowProblems } {
  const { values, source } = mergeHouseholdValues(rows);
  const members: PersonInput[] = rows.flatMap((r) => (r.person.ok ? [r.person.person] : []));
  const result = HouseholdCreate.safeParse(
    {
      villageCode: values.villageCode,
      address: values.address ?? '',
      phone: values.phone ?? null,
      status: values.status,
      statusDate: values.statusDate,
      exitYear: values.exitYear ?? null,
      members,
    },
    { reportInput: true },
  );
  if (result.success) {
    return { ok: true, input: result.data };
  }
  const fields = issuesToFields(result.error.issues);
  return {
    ok: false,
    problems: problemsByRow(
      fields,
      rows.map((r) => r.row.rowNumber),
      source,
    ),
  };
}
