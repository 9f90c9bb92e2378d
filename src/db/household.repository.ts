/** Households: bulk registration with members and search terms, keyset lists, search, reads. */
import { sql } from 'kysely';
import type { HouseholdListQuery } from '../domain/registry/household.schema.js';
import type { PovertyStatus } from '../domain/registry/enums.js';
import type { Conn } from './connect.js';
import { insertColumns } from './bulk-insert.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { HouseholdsTable, PersonsTable, StatusChangesTable } from './database.js';
import {
  idTailTerm,
  isIdTail,
  normalizeQuery,
  prefixUpperBound,
  termsForPerson,
} from './search-terms.js';

export interface HouseholdRow {
  readonly id: string;
  readonly villageCode: string;
  readonly villageName: string;
  readonly address: string;
  readonly phone: string | null;
  readonly headName: string;
  readonly memberCount: number;
  readonly status: PovertyStatus;
  readonly statusSince: string;
  readonly exitYear: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly matched: string | null;
}

/** A household ready to insert, with its members and first status entry. */
export interface NewHousehold {
  readonly household: HouseholdsTable;
  readonly persons: readonly PersonsTable[];
  readonly status: StatusChangesTable;
}

const INTEGER_COLUMNS: ReadonlySet<string> = new Set(['member_count', 'exit_year']);

async function insertBatched(
  db: Conn,
  table: 'households' | 'persons' | 'household_status_changes' | 'household_search',
  rows: readonly object[],
): Promise<void> {
  await insertColumns(db, table, rows, INTEGER_COLUMNS);
}

/** The search rows of a set of persons. */
export function searchRowsFor(
  persons: readonly PersonsTable[],
  villageOf: (householdId: string) => string,
) {
  const rows: {
    term: string;
    household_id: string;
    person_id: string;
    village_code: string;
    name: string;
  }[] = [];
  for (const p of persons) {
    for (const term of termsForPerson(p.name, p.id_number)) {
      rows.push({
        term,
        household_id: p.household_id,
        person_id: p.id,
        village_code: villageOf(p.household_id),
        name: p.name,
      });
    }
  }
  return rows;
}

/** Insert households with members, status history and search terms; set-based, in batches. */
export async function insertHouseholds(db: Conn, items: readonly NewHousehold[]): Promise<void> {
  if (items.length === 0) {
    return;
  }
  const villageOf = new Map(items.map((i) => [i.household.id, i.household.village_code]));
  const persons = items.flatMap((i) => i.persons);
  await insertBatched(
    db,
    'households',
    items.map((i) => i.household),
  );
  await insertBatched(db, 'persons', persons);
  await insertBatched(
    db,
    'household_status_changes',
    items.map((i) => i.status),
  );
  await insertBatched(
    db,
    'household_search',
    searchRowsFor(persons, (id) => villageOf.get(id) ?? ''),
  );
}

/** Replace the search terms of persons (after a rename or an ID correction). */
export async function reindexPersons(
  db: Conn,
  persons: readonly PersonsTable[],
  villageCode: string,
): Promise<void> {
  for (const p of persons) {
    await db
      .deleteFrom('household_search')
      .where('household_id', '=', p.household_id)
      .where('person_id', '=', p.id)
      .execute();
  }
  await insertBatched(
    db,
    'household_search',
    searchRowsFor(persons, () => villageCode),
  );
}

function baseSelect(db: Conn) {
  return db
    .selectFrom('households as h')
    .innerJoin('regions as r', 'r.code', 'h.village_code')
    .select([
      'h.id',
      'h.village_code',
      'r.name as village_name',
      'h.address',
      'h.phone',
      'h.head_name',
      'h.member_count',
      'h.status',
      'h.status_since',
      'h.exit_year',
      'h.created_at',
      'h.updated_at',
    ]);
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

function toHousehold(r: BaseRow, matched: string | null = null): HouseholdRow {
  return {
    id: r.id,
    villageCode: r.village_code,
    villageName: r.village_name,
    address: r.address,
    phone: r.phone,
    headName: r.head_name,
    memberCount: Number(r.member_count),
    status: r.status as PovertyStatus,
    statusSince: r.status_since,
    exitYear: r.exit_year === null ? null : Number(r.exit_year),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    matched,
  };
}

/** One household by id, or undefined. */
export async function findHousehold(db: Conn, id: string): Promise<HouseholdRow | undefined> {
  const row = await baseSelect(db).where('h.id', '=', id).executeTakeFirst();
  return row ? toHousehold(row) : undefined;
}

/** Whether a cadre is currently paired with a household. */
export async function isPairedWith(
  db: Conn,
  cadreId: string,
  householdId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('pairings')
    .select('id')
    .where('cadre_id', '=', cadreId)
    .where('household_id', '=', householdId)
    .where('end_date', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export interface ListScope {
  /** Only households currently paired with this cadre (the cadre role's scope). */
  readonly cadreId: string | null;
}

/** A keyset page of households, newest registration last, filtered; `q` searches names and ID tails. */
export async function listHouseholds(
  db: Conn,
  query: HouseholdListQuery,
  scope: ListScope,
): Promise<{ items: HouseholdRow[]; nextCursor: string | null }> {
  if (query.q) {
    return searchHouseholds(db, query, scope);
  }
  let q = baseSelect(db)
    .orderBy('h.id')
    .limit(query.limit + 1);
  for (const cadre of [scope.cadreId, query.cadre]) {
    if (cadre) {
      q = q.where('h.id', 'in', (eb) =>
        eb
          .selectFrom('pairings')
          .select('household_id')
          .where('cadre_id', '=', cadre)
          .where('end_date', 'is', null),
      );
    }
  }
  if (query.village) {
    q = q.where('h.village_code', '=', query.village);
  }
  if (query.status) {
    q = q.where('h.status', '=', query.status);
  }
  if (query.cursor) {
    const [id] = decodeCursor(query.cursor, 1);
    q = q.where('h.id', '>', String(id));
  }
  const rows = await q.execute();
  const page = pageOf(rows, query.limit, (r) => [r.id]);
  return { items: page.items.map((r) => toHousehold(r)), nextCursor: page.nextCursor };
}

async function searchHouseholds(
  db: Conn,
  query: HouseholdListQuery,
  scope: ListScope,
): Promise<{ items: HouseholdRow[]; nextCursor: string | null }> {
  // The page of matching terms is taken first, on household_search alone and in its index order,
  // so the engine walks (term, household_id, person_id) and stops at the page's end whatever its
  // row estimates; the households and villages of that page are joined afterwards.
  const hits = searchHits(db, query, scope).as('s');
  const rows = await baseSelect(db)
    .innerJoin(hits, (join) => join.onRef('s.household_id', '=', 'h.id'))
    .select(['s.term', 's.person_id', 's.matched_name'])
    .orderBy('s.term')
    .orderBy('s.household_id')
    .orderBy('s.person_id')
    .execute();
  const page = pageOf(rows, query.limit, (r) => [r.term, r.id, r.person_id]);
  return {
    items: page.items.map((hit) => toHousehold(hit, hit.matched_name)),
    nextCursor: page.nextCursor,
  };
}

/** One page (plus one) of matching (term, household, person), each household once, filtered. */
function searchHits(db: Conn, query: HouseholdListQuery, scope: ListScope) {
  const raw = normalizeQuery(query.q ?? '');
  const prefix = isIdTail(raw) ? idTailTerm(raw) : raw;
  const upper = prefixUpperBound(prefix);
  const village = query.village;
  // Within a village the few hundred households drive the search, through (household_id, term);
  // the term is then compared as an expression so no engine walks the term index across the
  // region instead (PostgreSQL did for some pinyin prefixes, taking seconds).
  const term = village ? sql<string>`${sql.ref('s.term')} || ''` : sql.ref<string>('s.term');
  let q = db
    .selectFrom('household_search as s')
    .select(['s.term', 's.household_id', 's.person_id', 's.name as matched_name'])
    .where(term, '>=', prefix)
    .where(term, '<', upper)
    // Each household once, however many of its terms match: only at its first matching
    // (term, person), so pages never repeat it. The probe uses (household_id, term, person_id).
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('household_search as f')
            .select('f.term')
            .whereRef('f.household_id', '=', 's.household_id')
            .where('f.term', '>=', prefix)
            .where(sql<boolean>`(f.term, f.person_id) < (s.term, s.person_id)`),
        ),
      ),
    )
    .orderBy('s.term')
    .orderBy('s.household_id')
    .orderBy('s.person_id')
    .limit(query.limit + 1);
  for (const cadre of [scope.cadreId, query.cadre]) {
    if (cadre) {
      q = q.where('s.household_id', 'in', (eb) =>
        eb
          .selectFrom('pairings')
          .select('household_id')
          .where('cadre_id', '=', cadre)
          .where('end_date', 'is', null),
      );
    }
  }
  if (village) {
    q = q.where('s.household_id', 'in', (eb) =>
      eb.selectFrom('households as v').select('v.id').where('v.village_code', '=', village),
    );
  }
  const status = query.status;
  if (status) {
    // Checked per hit through the primary key: the search stays driven by the term (a status
    // holds a tenth of the region, far more than a page of names).
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('households as st')
          .select('st.id')
          .whereRef('st.id', '=', 's.household_id')
          .where('st.status', '=', status),
      ),
    );
  }
  if (query.cursor) {
    const [term, household, person] = decodeCursor(query.cursor, 3).map(String);
    q = q.where(
      sql<boolean>`(s.term, s.household_id, s.person_id) > (${term}, ${household}, ${person})`,
    );
  }
  return q;
}

/** Recompute the head's name and the member count kept on the household row. */
export async function refreshHouseholdSummary(
  db: Conn,
  householdId: string,
  at: string,
): Promise<void> {
  const members = await db
    .selectFrom('persons')
    .select(['name', 'relation'])
    .where('household_id', '=', householdId)
    .orderBy('id')
    .execute();
  const head = members.find((m) => m.relation === 'head') ?? members[0];
  await db
    .updateTable('households')
    .set({ head_name: head?.name ?? '', member_count: members.length, updated_at: at })
    .where('id', '=', householdId)
    .execute();
}
