/** Plan a batch of file households against the registry: create, update, leave, or reject each. */
import type { FieldProblem } from '../../domain/errors.js';
import type { IdNumberSet } from '../../domain/imports/id-number-set.js';
import {
  addProblem,
  composeNewHousehold,
  type ParsedRow,
  type RowProblems,
} from '../../domain/imports/roster-household.js';
import {
  parseHouseholdRow,
  parsePersonRow,
  type RosterRow,
} from '../../domain/imports/roster-row.js';
import type { HouseholdCreate } from '../../domain/registry/household.schema.js';
import type { Actor } from '../../domain/roles.js';
import type { Conn } from '../../db/connect.js';
import type { HouseholdsTable, PersonsTable, StatusChangesTable } from '../../db/database.js';
import {
  householdRows,
  membersOfHouseholds,
  personsByIdNumbers,
} from '../../db/import-roster.repository.js';
import type { PersonRecord } from '../../db/person.repository.js';
import type { RosterGroup } from './roster-batches.js';
import { matchedHousehold, rowProblems } from './roster-checks.js';
import { planMatched } from './roster-match.js';

export interface PlanContext {
  readonly villages: ReadonlySet<string>;
  /** ID numbers seen so far in the file, with their rows. */
  readonly ids: IdNumberSet;
  readonly actor: Actor | null;
  readonly at: string;
}

export interface RejectedGroup {
  readonly rows: readonly RosterRow[];
  readonly problems: RowProblems;
}

export interface BatchCounts {
  households: { created: number; updated: number; unchanged: number; rejected: number };
  persons: { created: number; updated: number; unchanged: number };
  badRows: number;
}

export interface BatchPlan {
  readonly creates: HouseholdCreate[];
  readonly newMembers: PersonsTable[];
  readonly personUpdates: { before: PersonRecord; after: PersonRecord }[];
  readonly householdUpdates: { before: HouseholdsTable; after: HouseholdsTable }[];
  readonly statusChanges: StatusChangesTable[];
  readonly rejected: RejectedGroup[];
  readonly counts: BatchCounts;
}

function emptyPlan(): BatchPlan {
  return {
    creates: [],
    newMembers: [],
    personUpdates: [],
    householdUpdates: [],
    statusChanges: [],
    rejected: [],
    counts: {
      households: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
      persons: { created: 0, updated: 0, unchanged: 0 },
      badRows: 0,
    },
  };
}

function parseRow(row: RosterRow): ParsedRow {
  return { row, person: parsePersonRow(row.values), household: parseHouseholdRow(row.values) };
}

function reject(plan: BatchPlan, rows: readonly ParsedRow[], problems: RowProblems): void {
  plan.rejected.push({ rows: rows.map((r) => r.row), problems });
  plan.counts.households.rejected += 1;
  plan.counts.badRows += problems.size;
}

function planNew(plan: BatchPlan, rows: readonly ParsedRow[], villages: ReadonlySet<string>): void {
  const composed = composeNewHousehold(rows);
  if (!composed.ok) {
    reject(plan, rows, composed.problems);
    return;
  }
  if (!villages.has(composed.input.villageCode)) {
    const source = rows.find((r) => r.household.values.villageCode)?.row.rowNumber ?? 0;
    const problems: RowProblems = new Map();
    addProblem(problems, source, { path: 'villageCode', key: 'field.unknown_village' });
    reject(plan, rows, problems);
    return;
  }
  plan.creates.push(composed.input);
  plan.counts.households.created += 1;
  plan.counts.persons.created += composed.input.members.length;
}

/** Plan a batch: parse and check every row, look its people up, and decide each household. */
export async function planBatch(
  db: Conn,
  groups: readonly RosterGroup[],
  ctx: PlanContext,
): Promise<BatchPlan> {
  const plan = emptyPlan();
  const parsed = groups.map((g) => g.rows.map(parseRow));
  const own = parsed.map((rows) => rowProblems(rows, ctx.ids));
  const idNumbers = parsed.flatMap((rows) =>
    rows.flatMap((r) =>
      r.person.ok && r.person.person.idNumber ? [r.person.person.idNumber] : [],
    ),
  );
  const found = idNumbers.length > 0 ? await personsByIdNumbers(db, idNumbers) : [];
  const byId = new Map(found.map((p) => [p.idNumber ?? '', p]));
  const households = await householdRows(
    db,
    found.map((p) => p.householdId),
  );
  const householdById = new Map(households.map((h) => [h.id, h]));
  const heads = new Map(households.map((h) => [h.id, h.head_name]));
  const members = new Map<string, PersonRecord[]>();
  for (const m of await membersOfHouseholds(db, [...householdById.keys()])) {
    members.set(m.householdId, [...(members.get(m.householdId) ?? []), m]);
  }
  parsed.forEach((rows, i) => {
    const problems: RowProblems = own[i] ?? new Map<number, FieldProblem[]>();
    if (problems.size > 0) {
      reject(plan, rows, problems);
      return;
    }
    const matched = matchedHousehold(rows, byId, heads);
    const household = matched.householdId ? householdById.get(matched.householdId) : undefined;
    if (matched.problems.size > 0) {
      reject(plan, rows, matched.problems);
    } else if (!household) {
      planNew(plan, rows, ctx.villages);
    } else {
      addMatched(plan, rows, {
        household,
        members: members.get(household.id) ?? [],
        byId,
        ctx,
      });
    }
  });
  return plan;
}

function addMatched(
  plan: BatchPlan,
  rows: readonly ParsedRow[],
  m: {
    household: HouseholdsTable;
    members: PersonRecord[];
    byId: ReadonlyMap<string, PersonRecord>;
    ctx: PlanContext;
  },
): void {
  const result = planMatched({ rows, ...m }, m.ctx);
  if (!result.ok) {
    reject(plan, rows, result.problems);
    return;
  }
  plan.newMembers.push(...result.newMembers);
  plan.personUpdates.push(...result.updates);
  if (result.household) {
    plan.householdUpdates.push(result.household);
  }
  if (result.status) {
    plan.statusChanges.push(result.status);
  }
  const changed =
    result.household !== null ||
    result.status !== null ||
    result.newMembers.length > 0 ||
    result.updates.length > 0;
  plan.counts.households[changed ? 'updated' : 'unchanged'] += 1;
  plan.counts.persons.created += result.newMembers.length;
  plan.counts.persons.updated += result.updates.length;
  plan.counts.persons.unchanged += rows.length - result.newMembers.length - result.updates.length;
}
