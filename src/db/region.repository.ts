/** Regions and villages: keyset lists by code, reads, writes, and per-village household counts. */
import type { PovertyStatus } from '../domain/registry/enums.js';
import type {
  Region,
  RegionListQuery,
  StatusCounts,
  VillageListQuery,
} from '../domain/registry/region.schema.js';
import { regionRange } from '../domain/registry/region.schema.js';
import type { RegionLevel } from '../domain/validation/region-code.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { RegionsTable } from './database.js';

export interface VillageRow {
  readonly code: string;
  readonly name: string;
  readonly takenOn: boolean;
  readonly deeplyPoor: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Which households a count covers: all, or those currently paired with one cadre. */
export interface CountScope {
  readonly cadreId: string | null;
}

function toRegion(r: RegionsTable): Region {
  return { code: r.code, name: r.name, level: r.level as RegionLevel, parentCode: r.parent_code };
}

/** One region by code, or undefined. */
export async function findRegion(db: Conn, code: string): Promise<Region | undefined> {
  const row = await db
    .selectFrom('regions')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? toRegion(row) : undefined;
}

/** A keyset page of regions ordered by code. */
export async function listRegions(db: Conn, query: RegionListQuery) {
  let q = db
    .selectFrom('regions')
    .selectAll()
    .orderBy('code')
    .limit(query.limit + 1);
  if (query.code) {
    q = q.where('code', '=', query.code);
  }
  if (query.parent) {
    q = q.where('parent_code', '=', query.parent);
  }
  if (query.level) {
    q = q.where('level', '=', query.level);
  }
  if (query.cursor) {
    const [code] = decodeCursor(query.cursor, 1);
    q = q.where('code', '>', String(code));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.code]);
  return { items: page.items.map(toRegion), nextCursor: page.nextCursor };
}

export async function insertRegion(db: Conn, region: Region): Promise<void> {
  await db
    .insertInto('regions')
    .values({
      code: region.code,
      name: region.name,
      level: region.level,
      parent_code: region.parentCode,
    })
    .execute();
}

export async function renameRegion(db: Conn, code: string, name: string): Promise<void> {
  await db.updateTable('regions').set({ name }).where('code', '=', code).execute();
}

/** The names of regions by code. */
export async function regionNames(
  db: Conn,
  codes: readonly string[],
): Promise<Map<string, string>> {
  if (codes.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('code', 'in', [...new Set(codes)])
    .execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

function villageSelect(db: Conn) {
  return db
    .selectFrom('villages as v')
    .innerJoin('regions as r', 'r.code', 'v.code')
    .select(['v.code', 'r.name', 'v.taken_on', 'v.deeply_poor', 'v.created_at', 'v.updated_at']);
}

type VillageSelectRow = Awaited<
  ReturnType<ReturnType<typeof villageSelect>['executeTakeFirstOrThrow']>
>;

function toVillage(r: VillageSelectRow): VillageRow {
  return {
    code: r.code,
    name: r.name,
    takenOn: Number(r.taken_on) === 1,
    deeplyPoor: Number(r.deeply_poor) === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** One registered village by code, or undefined. */
export async function findVillage(db: Conn, code: string): Promise<VillageRow | undefined> {
  const row = await villageSelect(db).where('v.code', '=', code).executeTakeFirst();
  return row ? toVillage(row) : undefined;
}

/** A keyset page of villages ordered by code. */
export async function listVillages(db: Conn, query: VillageListQuery) {
  let q = villageSelect(db)
    .orderBy('v.code')
    .limit(query.limit + 1);
  if (query.takenOn !== undefined) {
    q = q.where('v.taken_on', '=', query.takenOn ? 1 : 0);
  }
  if (query.under) {
    const { low, high } = regionRange(query.under);
    q = q.where('v.code', '>=', low).where('v.code', '<=', high);
  }
  if (query.cursor) {
    const [code] = decodeCursor(query.cursor, 1);
    q = q.where('v.code', '>', String(code));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.code]);
  return { items: page.items.map(toVillage), nextCursor: page.nextCursor };
}

export async function insertVillage(
  db: Conn,
  village: { code: string; takenOn: boolean; deeplyPoor: boolean; at: string },
): Promise<void> {
  await db
    .insertInto('villages')
    .values({
      code: village.code,
      taken_on: village.takenOn ? 1 : 0,
      deeply_poor: village.deeplyPoor ? 1 : 0,
      created_at: village.at,
      updated_at: village.at,
    })
    .execute();
}

export async function updateVillageFlags(
  db: Conn,
  code: string,
  flags: { takenOn?: boolean | undefined; deeplyPoor?: boolean | undefined; at: string },
): Promise<void> {
  await db
    .updateTable('villages')
    .set({
      ...(flags.takenOn !== undefined ? { taken_on: flags.takenOn ? 1 : 0 } : {}),
      ...(flags.deeplyPoor !== undefined ? { deeply_poor: flags.deeplyPoor ? 1 : 0 } : {}),
      updated_at: flags.at,
    })
    .where('code', '=', code)
    .execute();
}

function scopedHouseholds(db: Conn, scope: CountScope) {
  let q = db.selectFrom('households as h');
  if (scope.cadreId) {
    const cadreId = scope.cadreId;
    q = q.where('h.id', 'in', (eb) =>
      eb
        .selectFrom('pairings')
        .select('household_id')
        .where('cadre_id', '=', cadreId)
        .where('end_date', 'is', null),
    );
  }
  return q;
}

/** Households per village for a set of villages, in one grouped query. */
export async function householdCounts(
  db: Conn,
  codes: readonly string[],
  scope: CountScope,
): Promise<Map<string, number>> {
  if (codes.length === 0) {
    return new Map();
  }
  const rows = await scopedHouseholds(db, scope)
    .select((eb) => ['h.village_code', eb.fn.countAll().as('n')])
    .where('h.village_code', 'in', [...codes])
    .groupBy('h.village_code')
    .execute();
  return new Map(rows.map((r) => [r.village_code, Number(r.n)]));
}

/** A village's households by status, their members, and how many have a current lead cadre. */
export async function villageStats(db: Conn, code: string, scope: CountScope) {
  const rows = await scopedHouseholds(db, scope)
    .select((eb) => [
      'h.status',
      eb.fn.countAll().as('households'),
      eb.fn.sum('h.member_count').as('members'),
    ])
    .where('h.village_code', '=', code)
    .groupBy('h.status')
    .execute();
  const statusCounts: StatusCounts = { registered_poor: 0, exited: 0, monitored: 0, not_poor: 0 };
  let memberCount = 0;
  for (const r of rows) {
    statusCounts[r.status as PovertyStatus] = Number(r.households);
    memberCount += Number(r.members);
  }
  const led = await scopedHouseholds(db, scope)
    .select((eb) => eb.fn.countAll().as('n'))
    .where('h.village_code', '=', code)
    .where('h.id', 'in', (eb) =>
      eb
        .selectFrom('pairings')
        .select('household_id')
        .where('role', '=', 'lead')
        .where('end_date', 'is', null),
    )
    .executeTakeFirst();
  const householdCount = Object.values(statusCounts).reduce((a, b) => a + b, 0);
  return { statusCounts, memberCount, householdCount, ledHouseholdCount: Number(led?.n ?? 0) };
}
