/** The bureau, its units and its cadres (Han, Uyghur and Kyrgyz names; all synthetic). */
import type { Db } from '../../db/connect.js';
import type { CadresTable } from '../../db/database.js';
import { newId, nowIso } from '../../db/ids.js';
import {
  FEMALE_NAMES,
  HAN_FEMALE_GIVEN,
  HAN_MALE_GIVEN,
  HAN_SURNAMES,
  MALE_NAMES,
  MOBILE_PREFIXES,
} from './names.js';
import { chance, dateBetween, int, pick, type Random } from './random.js';

export const BUREAU = '自治区机关事务管理局';
const UNITS = ['办公室', '财务处', '机关服务中心', '房地产管理处', '公务用车服务中心', '机关党委'];
const STAFF_POSITIONS = ['一级主任科员', '二级主任科员', '四级主任科员', '一级科员', '科员'];
export const ACTIVE_CADRES = 60;
const FORMER_CADRES = 4;

export interface DemoCadre {
  readonly id: string;
  readonly name: string;
  /** The day the cadre left the program, or null while active. */
  readonly leftOn: string | null;
}

/** A synthetic mainland mobile number. */
export function mobile(random: Random): string {
  return `${pick(random, MOBILE_PREFIXES)}${String(int(random, 0, 99_999_999)).padStart(8, '0')}`;
}

function cadreName(random: Random, sex: 'M' | 'F'): string {
  if (chance(random, 0.65)) {
    return (
      pick(random, HAN_SURNAMES) + pick(random, sex === 'M' ? HAN_MALE_GIVEN : HAN_FEMALE_GIVEN)
    );
  }
  return `${pick(random, sex === 'M' ? MALE_NAMES : FEMALE_NAMES)}·${pick(random, MALE_NAMES)}`;
}

function position(unit: string, rank: number, random: Random): string {
  const centre = unit.endsWith('中心');
  if (rank === 0) {
    return centre ? '主任' : '处长';
  }
  if (rank === 1) {
    return centre ? '副主任' : '副处长';
  }
  return pick(random, STAFF_POSITIONS);
}

/** Insert the units and ~60 cadres (plus a few who have left); returns active and former cadres. */
export async function seedOrg(
  db: Db,
  random: Random,
): Promise<{ active: DemoCadre[]; former: DemoCadre[] }> {
  const at = nowIso();
  const rootId = newId();
  const units = UNITS.map((name) => ({ id: newId(), name, parent_id: rootId }));
  await db
    .insertInto('org_units')
    .values(
      [{ id: rootId, name: BUREAU, parent_id: null }, ...units].map((u) => ({
        ...u,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  const used = new Set<string>();
  const rows: CadresTable[] = [];
  for (let i = 0; i < ACTIVE_CADRES + FORMER_CADRES; i += 1) {
    const unit = units[i % units.length] ?? units[0];
    const sex = chance(random, 0.6) ? 'M' : 'F';
    let name = cadreName(random, sex);
    while (used.has(name)) {
      name = cadreName(random, sex);
    }
    used.add(name);
    const former = i >= ACTIVE_CADRES;
    rows.push({
      id: newId(),
      unit_id: unit?.id ?? rootId,
      name,
      sex,
      phone: mobile(random),
      position: position(unit?.name ?? '', Math.floor(i / units.length), random),
      left_on: former ? dateBetween(random, '2021-03-01', '2023-06-30') : null,
      created_at: at,
      updated_at: at,
    });
  }
  await db.insertInto('cadres').values(rows).execute();
  const all = rows.map((r) => ({ id: r.id, name: r.name, leftOn: r.left_on }));
  return { active: all.slice(0, ACTIVE_CADRES), former: all.slice(ACTIVE_CADRES) };
}
