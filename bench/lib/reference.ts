/** Set-based inserts of a region's reference rows, cadres, pairings and incomes (Kysely, batched). */
import type { InsertObject } from 'kysely';
import type { Db } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';
import { newId, nowIso } from '../../src/db/ids.js';
import type { CadreSeed } from './cadres.js';
import type { GeneratedHousehold } from './households.js';
import type { RegionPlan } from './region.js';
import { unitSeed } from './cadres.js';

type Table = keyof Database;

/** Insert rows in statements of at most ~30,000 parameters. */
export async function insertRows<T extends Table>(
  db: Db,
  table: T,
  rows: readonly Database[T][],
): Promise<void> {
  const first = rows[0];
  if (!first) {
    return;
  }
  const size = Math.max(1, Math.floor(30_000 / Object.keys(first).length));
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size) as unknown as InsertObject<Database, T>[];
    await db.insertInto(table).values(chunk).execute();
  }
}

/** Regions down to villages, and the villages taken on. */
export async function insertRegions(db: Db, plan: RegionPlan): Promise<void> {
  const at = nowIso();
  await db.transaction().execute(async (tx) => {
    await insertRows(
      tx,
      'regions',
      plan.regions.map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level,
        parent_code: r.parentCode,
      })),
    );
    await insertRows(
      tx,
      'villages',
      plan.villages.map((v) => ({
        code: v.code,
        taken_on: 1,
        deeply_poor: v.deeplyPoor ? 1 : 0,
        created_at: at,
        updated_at: at,
      })),
    );
  });
}

/** The units; returns their ids by index. */
export async function insertUnits(db: Db, plan: RegionPlan): Promise<string[]> {
  const at = nowIso();
  const rows = Array.from({ length: plan.units }, (_, i) => ({
    id: newId(),
    name: unitSeed(i).name,
    parent_id: null,
    created_at: at,
    updated_at: at,
  }));
  await db.transaction().execute((tx) => insertRows(tx, 'org_units', rows));
  return rows.map((r) => r.id);
}

/** A batch of cadres in one transaction; returns their ids in order. */
export async function insertCadres(
  db: Db,
  unitIds: readonly string[],
  cadres: readonly CadreSeed[],
): Promise<string[]> {
  const at = nowIso();
  const rows = cadres.map((c) => ({
    id: newId(),
    unit_id: unitIds[c.unit] ?? '',
    name: c.name,
    sex: c.sex,
    phone: c.phone,
    position: c.position,
    left_on: null,
    created_at: at,
    updated_at: at,
  }));
  await db.transaction().execute((tx) => insertRows(tx, 'cadres', rows));
  return rows.map((r) => r.id);
}

/** The lead pairing and the yearly incomes of registered households, in one transaction. */
export async function insertPairingsAndIncomes(
  db: Db,
  households: readonly { generated: GeneratedHousehold; id: string }[],
  cadreIds: readonly string[],
): Promise<void> {
  const at = nowIso();
  const pairings = households.map(({ generated, id }) => ({
    id: newId(),
    cadre_id: cadreIds[generated.leadCadre] ?? '',
    household_id: id,
    role: 'lead',
    start_date: `20${16 + (generated.index % 6)}-03-01`,
    end_date: null,
    end_reason: '',
    created_at: at,
  }));
  const incomes = households.flatMap(({ generated, id }) =>
    generated.incomes.map((i) => ({
      id: newId(),
      household_id: id,
      year: i.year,
      wages_fen: i.wagesFen,
      production_fen: i.productionFen,
      property_fen: i.propertyFen,
      transfer_fen: i.transferFen,
      member_count: i.memberCount,
      created_at: at,
      updated_at: at,
    })),
  );
  await db.transaction().execute(async (tx) => {
    await insertRows(tx, 'pairings', pairings);
    await insertRows(tx, 'income_records', incomes);
  });
}
