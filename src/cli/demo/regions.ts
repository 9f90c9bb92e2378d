/** The demo's regions: the shipped subset of real division codes, and the 12 villages taken on. */
import regionsDemo from '../../db/regions-demo.json' with { type: 'json' };
import type { Db } from '../../db/connect.js';
import { nowIso } from '../../db/ids.js';
import { parentRegionCode } from '../../domain/validation/region-code.js';

export interface DemoVillage {
  readonly code: string;
  readonly name: string;
  /** The 6-digit county code, the first part of residents' ID numbers. */
  readonly county: string;
}

/** Insert the province, prefectures, counties, townships and villages; mark the villages deeply poor. */
export async function seedRegions(db: Db): Promise<DemoVillage[]> {
  const at = nowIso();
  await db
    .insertInto('regions')
    .values(
      regionsDemo.regions.map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level,
        parent_code: parentRegionCode(r.code),
      })),
    )
    .execute();
  await db
    .insertInto('villages')
    .values(
      regionsDemo.villages.map((code) => ({
        code,
        taken_on: 1,
        deeply_poor: 1,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  const names = new Map(regionsDemo.regions.map((r) => [r.code, r.name]));
  return regionsDemo.villages.map((code) => ({
    code,
    name: names.get(code) ?? code,
    county: code.slice(0, 6),
  }));
}
