/** Regions and villages: lists and reads for every registry reader, writes for org.write. */
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type { Actor } from '../../domain/roles.js';
import {
  ancestorCodes,
  type Region,
  type RegionCreate,
  type RegionListQuery,
  type RegionPatch,
  type Village,
  type VillageCreate,
  type VillageDetail,
  type VillageListQuery,
  type VillagePatch,
} from '../../domain/registry/region.schema.js';
import { parentRegionCode, regionLevel } from '../../domain/validation/region-code.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { nowIso } from '../../db/ids.js';
import {
  findRegion,
  findVillage,
  householdCounts,
  insertRegion,
  insertVillage,
  listRegions,
  listVillages,
  regionNames,
  renameRegion as renameRegionRow,
  updateVillageFlags,
  villageStats,
  type VillageRow,
} from '../../db/region.repository.js';
import { assertCan, listScope } from './scope.js';

/** A page of regions, by code. */
export async function listRegionsFor(db: Db, actor: Actor, query: RegionListQuery) {
  assertCan(actor, 'registry.read');
  return listRegions(db, query);
}

/** One region. @throws AppError not_found */
export async function readRegion(db: Conn, actor: Actor, code: string): Promise<Region> {
  assertCan(actor, 'registry.read');
  const region = await findRegion(db, code);
  if (!region) {
    throw notFound('region');
  }
  return region;
}

/** Add a region inside a transaction; level and parent come from the code. */
async function addRegion(tx: Conn, actor: Actor, input: RegionCreate): Promise<Region> {
  const parentCode = parentRegionCode(input.code);
  if (parentCode !== null && !(await findRegion(tx, parentCode))) {
    throw invalid([
      { path: 'code', key: 'field.region_parent_missing', params: { parent: parentCode } },
    ]);
  }
  const region: Region = {
    code: input.code,
    name: input.name,
    level: regionLevel(input.code),
    parentCode,
  };
  await insertRegion(tx, region);
  await appendAudit(tx, [
    { actor, action: 'create', entity: 'region', entityId: region.code, after: region },
  ]);
  return region;
}

/**
 * Add a region; level and parent come from the code, and the parent must be registered first.
 * @throws AppError forbidden | conflict (code exists) | validation (parent missing)
 */
export async function createRegion(db: Db, actor: Actor, input: RegionCreate): Promise<Region> {
  assertCan(actor, 'org.write');
  return db.transaction().execute(async (tx) => {
    if (await findRegion(tx, input.code)) {
      throw conflict('error.region_exists', { code: input.code });
    }
    return addRegion(tx, actor, input);
  });
}

/** Correct a region's name. @throws AppError forbidden | not_found */
export async function renameRegion(
  db: Db,
  actor: Actor,
  code: string,
  patch: RegionPatch,
): Promise<Region> {
  assertCan(actor, 'org.write');
  return db.transaction().execute(async (tx) => {
    const before = await readRegion(tx, actor, code);
    await renameRegionRow(tx, code, patch.name);
    const after = { ...before, name: patch.name };
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'region', entityId: code, before, after },
    ]);
    return after;
  });
}

/** Villages with their ancestor names and household counts: two queries for the whole page. */
async function presentVillages(
  db: Conn,
  actor: Actor,
  rows: readonly VillageRow[],
): Promise<Village[]> {
  const paths = new Map(rows.map((v) => [v.code, ancestorCodes(v.code)]));
  const names = await regionNames(db, [...paths.values()].flat());
  const counts = await householdCounts(
    db,
    rows.map((v) => v.code),
    listScope(actor),
  );
  return rows.map((v) => ({
    code: v.code,
    name: v.name,
    path: (paths.get(v.code) ?? []).map((c) => names.get(c) ?? c),
    takenOn: v.takenOn,
    deeplyPoor: v.deeplyPoor,
    householdCount: counts.get(v.code) ?? 0,
  }));
}

/** A page of villages; a cadre's counts cover only their own paired households. */
export async function listVillagesFor(db: Db, actor: Actor, query: VillageListQuery) {
  assertCan(actor, 'registry.read');
  const page = await listVillages(db, query);
  return { items: await presentVillages(db, actor, page.items), nextCursor: page.nextCursor };
}

async function visibleVillage(db: Conn, actor: Actor, code: string): Promise<Village> {
  assertCan(actor, 'registry.read');
  const row = await findVillage(db, code);
  if (!row) {
    throw notFound('village');
  }
  const [village] = await presentVillages(db, actor, [row]);
  if (!village) {
    throw notFound('village');
  }
  return village;
}

/** A village with its households counted by status (scoped for cadres). @throws not_found */
export async function readVillage(db: Db, actor: Actor, code: string): Promise<VillageDetail> {
  const village = await visibleVillage(db, actor, code);
  const stats = await villageStats(db, code, listScope(actor));
  return {
    ...village,
    ...stats,
    householdsUrl: `/api/v1/households?village=${code}`,
  };
}

/**
 * Register a village the program works in. Its region must exist at village level, or come with
 * a name: then the region is added in the same transaction (its parent must be registered).
 * @throws AppError forbidden | validation | conflict (already registered)
 */
export async function registerVillage(db: Db, actor: Actor, input: VillageCreate) {
  assertCan(actor, 'org.write');
  const code = await db.transaction().execute(async (tx) => {
    const found = await findRegion(tx, input.code);
    if (!found && input.villageName === undefined) {
      throw invalid([{ path: 'code', key: 'field.unknown_region' }]);
    }
    if (found && input.villageName !== undefined && input.villageName !== found.name) {
      throw invalid([
        { path: 'villageName', key: 'field.region_name_differs', params: { name: found.name } },
      ]);
    }
    if ((found?.level ?? regionLevel(input.code)) !== 'village') {
      throw invalid([{ path: 'code', key: 'field.not_village' }]);
    }
    if (found && (await findVillage(tx, input.code))) {
      throw conflict('error.village_exists');
    }
    if (!found) {
      await addRegion(tx, actor, { code: input.code, name: input.villageName ?? '' });
    }
    const village = { code: input.code, takenOn: input.takenOn, deeplyPoor: input.deeplyPoor };
    await insertVillage(tx, { ...village, at: nowIso() });
    await appendAudit(tx, [
      { actor, action: 'create', entity: 'village', entityId: input.code, after: village },
    ]);
    return input.code;
  });
  return visibleVillage(db, actor, code);
}

/** Change a village's flags (taken on, deeply poor). @throws AppError forbidden | not_found */
export async function changeVillageFlags(
  db: Db,
  actor: Actor,
  code: string,
  patch: VillagePatch,
): Promise<Village> {
  assertCan(actor, 'org.write');
  await db.transaction().execute(async (tx) => {
    const before = await findVillage(tx, code);
    if (!before) {
      throw notFound('village');
    }
    await updateVillageFlags(tx, code, { ...patch, at: nowIso() });
    const after = await findVillage(tx, code);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'village', entityId: code, before, after },
    ]);
  });
  return visibleVillage(db, actor, code);
}
