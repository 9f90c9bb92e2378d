/** Builders: create what a test needs through the domain's own paths, with overrides. */
import type { Db } from '../../src/db/connect.js';
import { newId, nowIso } from '../../src/db/ids.js';
import type { HouseholdCreate } from '../../src/domain/registry/household.schema.js';
import { HouseholdCreate as HouseholdCreateSchema } from '../../src/domain/registry/household.schema.js';
import type { Role } from '../../src/domain/roles.js';
import { composeIdNumber } from '../../src/domain/validation/id-number.js';
import { createUser } from '../../src/server/auth/auth.service.js';
import { registerHouseholds } from '../../src/server/registry/household.service.js';

export const TEST_PASSWORD = 'Passw0rd-for-tests';
export const VILLAGE = '653021203201';

let sequence = 0;

/** Regions down to a village, and the village taken on. Idempotent per code. */
export async function buildVillage(db: Db, code = VILLAGE, name = '谢依提村'): Promise<string> {
  const chain: [string, string, string | null][] = [
    [`${code.slice(0, 2)}0000000000`, '新疆维吾尔自治区', 'province'],
    [`${code.slice(0, 4)}00000000`, '克孜勒苏柯尔克孜自治州', 'prefecture'],
    [`${code.slice(0, 6)}000000`, '阿图什市', 'county'],
    [`${code.slice(0, 9)}000`, '哈拉峻乡', 'township'],
    [code, name, 'village'],
  ].map(([c, n, l], i, all) => [c, n, i === 0 ? null : (all[i - 1]?.[0] ?? null), l] as never);
  const levels = ['province', 'prefecture', 'county', 'township', 'village'];
  for (const [i, [c, n, parent]] of chain.entries()) {
    const exists = await db
      .selectFrom('regions')
      .select('code')
      .where('code', '=', c)
      .executeTakeFirst();
    if (!exists) {
      await db
        .insertInto('regions')
        .values({ code: c, name: n, level: levels[i] ?? 'village', parent_code: parent })
        .execute();
    }
  }
  const village = await db
    .selectFrom('villages')
    .select('code')
    .where('code', '=', code)
    .executeTakeFirst();
  if (!village) {
    const at = nowIso();
    await db
      .insertInto('villages')
      .values({ code, taken_on: 1, deeply_poor: 1, created_at: at, updated_at: at })
      .execute();
  }
  return code;
}

/** A valid household input with a head and a child; names and ID numbers unique per call. */
export function householdInput(
  overrides: Partial<Record<keyof HouseholdCreate, unknown>> = {},
): HouseholdCreate {
  sequence += 1;
  const n = sequence;
  const raw = {
    villageCode: VILLAGE,
    address: `${n}号`,
    status: 'registered_poor',
    members: [
      {
        name: `阿山${n}·托合托逊`.replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)] ?? ''),
        sex: 'M',
        birthDate: '1980-03-15',
        idNumber: composeIdNumber('653021', '1980-03-15', n, 'M'),
        relation: 'head',
      },
      { name: '古丽·阿山', sex: 'F', birthDate: '2010-06-01', relation: 'child' },
    ],
    ...overrides,
  };
  return HouseholdCreateSchema.parse(raw);
}

export async function buildHousehold(
  db: Db,
  overrides: Partial<Record<keyof HouseholdCreate, unknown>> = {},
): Promise<string> {
  await buildVillage(db, (overrides.villageCode as string | undefined) ?? VILLAGE);
  const [id] = await registerHouseholds(db, null, [householdInput(overrides)]);
  return id ?? '';
}

export async function buildUnit(db: Db, name = '办公室'): Promise<string> {
  const id = newId();
  const at = nowIso();
  await db
    .insertInto('org_units')
    .values({ id, name, parent_id: null, created_at: at, updated_at: at })
    .execute();
  return id;
}

export async function buildCadre(
  db: Db,
  overrides: { unitId?: string; name?: string } = {},
): Promise<string> {
  const unitId = overrides.unitId ?? (await buildUnit(db));
  const id = newId();
  const at = nowIso();
  await db
    .insertInto('cadres')
    .values({
      id,
      unit_id: unitId,
      name: overrides.name ?? '鱼智栋',
      sex: 'M',
      phone: null,
      position: '',
      left_on: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

export async function buildPairing(
  db: Db,
  cadreId: string,
  householdId: string,
  role: 'lead' | 'assist' = 'lead',
): Promise<string> {
  const id = newId();
  await db
    .insertInto('pairings')
    .values({
      id,
      cadre_id: cadreId,
      household_id: householdId,
      role,
      start_date: '2026-01-01',
      end_date: null,
      end_reason: '',
      created_at: nowIso(),
    })
    .execute();
  return id;
}

export async function buildUser(
  db: Db,
  role: Role,
  overrides: { username?: string; cadreId?: string | null } = {},
): Promise<string> {
  sequence += 1;
  const username = overrides.username ?? `${role.replace('_', '')}${sequence}`;
  await createUser(db, null, {
    username,
    displayName: username,
    role,
    cadreId: overrides.cadreId ?? null,
    password: TEST_PASSWORD,
  });
  return username;
}
