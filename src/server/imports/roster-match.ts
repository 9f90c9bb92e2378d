/** A file household that is already registered (a member's ID number matched): what changes. */
import { today } from '../../domain/common.schema.js';
import type { FieldProblem } from '../../domain/errors.js';
import {
  addProblem,
  mergeHouseholdValues,
  problemsByRow,
  type ParsedRow,
  type RowProblems,
} from '../../domain/imports/roster-household.js';
import type { HouseholdValues } from '../../domain/imports/roster-row.js';
import { HouseholdCreate } from '../../domain/registry/household.schema.js';
import type { Actor } from '../../domain/roles.js';
import { issuesToFields } from '../../domain/validation/zod-issues.js';
import type { HouseholdsTable, PersonsTable, StatusChangesTable } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import { toPersonRow, type PersonRecord } from '../../db/person.repository.js';
import { asInput, corrected, newMember, pairRows } from './roster-members.js';

export interface MatchedHousehold {
  readonly rows: readonly ParsedRow[];
  readonly household: HouseholdsTable;
  readonly members: readonly PersonRecord[];
  readonly byId: ReadonlyMap<string, PersonRecord>;
}

export type MatchPlan =
  | { readonly ok: false; readonly problems: RowProblems }
  | {
      readonly ok: true;
      readonly newMembers: PersonsTable[];
      readonly updates: { before: PersonRecord; after: PersonRecord }[];
      readonly household: { before: HouseholdsTable; after: HouseholdsTable } | null;
      readonly status: StatusChangesTable | null;
    };

/** Check the household as it would be: one head, at most 30, the exit year; problems by row. */
function checkMerged(
  m: MatchedHousehold,
  merged: { member: PersonRecord; row: number }[],
  values: HouseholdValues,
  source: ReadonlyMap<string, number>,
): RowProblems | null {
  const h = m.household;
  const status = values.status ?? h.status;
  const result = HouseholdCreate.safeParse(
    {
      villageCode: values.villageCode ?? h.village_code,
      address: values.address ?? h.address,
      phone: values.phone ?? h.phone,
      status,
      exitYear: values.exitYear ?? h.exit_year,
      members: merged.map((x) => asInput(x.member)),
    },
    { reportInput: true },
  );
  if (result.success) {
    return null;
  }
  return problemsByRow(
    issuesToFields(result.error.issues),
    merged.map((x) => x.row),
    source,
  );
}

/** The household row after the file's values, and the status change they ask for. */
function householdAfter(
  h: HouseholdsTable,
  values: HouseholdValues,
  ctx: { actor: Actor | null; at: string },
): { after: HouseholdsTable; status: StatusChangesTable | null } {
  const after: HouseholdsTable = {
    ...h,
    village_code: values.villageCode ?? h.village_code,
    address: values.address ?? h.address,
    phone: values.phone ?? h.phone,
    exit_year: values.exitYear ?? h.exit_year,
  };
  if (!values.status || values.status === h.status) {
    return { after, status: null };
  }
  const effective = values.statusDate ?? today();
  const exitYear = values.status === 'exited' ? (values.exitYear ?? h.exit_year) : null;
  const status: StatusChangesTable = {
    id: newId(),
    household_id: h.id,
    status: values.status,
    effective_date: effective,
    exit_year: exitYear,
    reason: '',
    recorded_by: ctx.actor?.userId ?? null,
    recorded_at: ctx.at,
  };
  if (effective < h.status_since) {
    return { after, status };
  }
  return {
    after: { ...after, status: values.status, status_since: effective, exit_year: exitYear },
    status,
  };
}

const HOUSEHOLD_KEYS = [
  'village_code',
  'address',
  'phone',
  'status',
  'status_since',
  'exit_year',
] as const;

/** What a registered household's rows change: members corrected or added, household values. */
interface Placed {
  readonly member: PersonRecord;
  readonly row: number;
}

/** Each row as a correction of the member it stands for, or as a new member. */
function memberChanges(m: MatchedHousehold, at: string) {
  const pairs = pairRows(m);
  const updates: { before: PersonRecord; after: PersonRecord }[] = [];
  const added: Placed[] = [];
  const replaced = new Map<string, Placed>();
  m.rows.forEach((r, i) => {
    if (!r.person.ok) {
      return;
    }
    const before = pairs[i];
    const row = r.row.rowNumber;
    if (!before) {
      added.push({ member: newMember(m.household.id, r.person.person, at), row });
      return;
    }
    const { changed, after } = corrected(before, r.person.person, r.person.given, at);
    replaced.set(before.id, { member: after, row });
    if (changed) {
      updates.push({ before, after });
    }
  });
  return { updates, added, replaced };
}

/** What a registered household's rows change: members corrected or added, household values. */
export function planMatched(
  m: MatchedHousehold,
  ctx: { villages: ReadonlySet<string>; actor: Actor | null; at: string },
): MatchPlan {
  const first = m.rows[0]?.row.rowNumber ?? 0;
  const { values, source } = mergeHouseholdValues(m.rows);
  if (values.villageCode && !ctx.villages.has(values.villageCode)) {
    const problems: RowProblems = new Map();
    const problem: FieldProblem = { path: 'villageCode', key: 'field.unknown_village' };
    addProblem(problems, source.get('villageCode') ?? first, problem);
    return { ok: false, problems };
  }
  const { updates, added, replaced } = memberChanges(m, ctx.at);
  const merged = [
    ...m.members.map((e) => replaced.get(e.id) ?? { member: e, row: first }),
    ...added,
  ];
  const problems = checkMerged(m, merged, values, source);
  if (problems) {
    return { ok: false, problems };
  }
  const { after, status } = householdAfter(m.household, values, ctx);
  const changed = HOUSEHOLD_KEYS.some((k) => after[k] !== m.household[k]);
  return {
    ok: true,
    newMembers: added.map((a) => toPersonRow(a.member)),
    updates,
    household: changed ? { before: m.household, after: { ...after, updated_at: ctx.at } } : null,
    status,
  };
}
