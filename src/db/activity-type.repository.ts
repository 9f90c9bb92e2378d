/** Activity types: the admin-extendable list, rows in and domain objects out. */
import type {
  ActivityType,
  ActivityTypeListQuery,
  ActivityTypePatch,
} from '../domain/activities/activity-type.schema.js';
import type { Measure } from '../domain/measures.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { ActivityTypesTable } from './tables/activities.js';

function toType(r: ActivityTypesTable): ActivityType {
  return {
    typeCode: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    measure: r.measure as Measure | null,
    active: Number(r.active) === 1,
    sort: Number(r.sort),
  };
}

/** One type by code, or undefined. */
export async function findActivityType(db: Conn, code: string): Promise<ActivityType | undefined> {
  const row = await db
    .selectFrom('activity_types')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? toType(row) : undefined;
}

/** A page of types in display order (sort, code); inactive ones only when asked. */
export async function listActivityTypes(
  db: Conn,
  query: ActivityTypeListQuery,
): Promise<{ items: ActivityType[]; nextCursor: string | null }> {
  let q = db
    .selectFrom('activity_types')
    .selectAll()
    .orderBy('sort')
    .orderBy('code')
    .limit(query.limit + 1);
  if (query.includeInactive !== 'true') {
    q = q.where('active', '=', 1);
  }
  if (query.measure) {
    const measure = query.measure;
    q = q.where((eb) => eb.or([eb('measure', '=', measure), eb('measure', 'is', null)]));
  }
  if (query.cursor) {
    const [sort, code] = decodeCursor(query.cursor, 2);
    q = q.where((eb) =>
      eb.or([
        eb('sort', '>', Number(sort)),
        eb.and([eb('sort', '=', Number(sort)), eb('code', '>', String(code))]),
      ]),
    );
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [Number(r.sort), r.code]);
  return { items: page.items.map(toType), nextCursor: page.nextCursor };
}

/** Insert a new type. */
export async function insertActivityType(db: Conn, type: ActivityType, at: string): Promise<void> {
  await db
    .insertInto('activity_types')
    .values({
      code: type.typeCode,
      name_zh: type.nameZh,
      name_en: type.nameEn,
      measure: type.measure,
      active: type.active ? 1 : 0,
      sort: type.sort,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/** Rename, reorder or (de)activate a type. */
export async function updateActivityType(
  db: Conn,
  code: string,
  patch: ActivityTypePatch,
  at: string,
): Promise<void> {
  await db
    .updateTable('activity_types')
    .set({
      ...(patch.nameZh !== undefined ? { name_zh: patch.nameZh } : {}),
      ...(patch.nameEn !== undefined ? { name_en: patch.nameEn } : {}),
      ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
      ...(patch.sort !== undefined ? { sort: patch.sort } : {}),
      updated_at: at,
    })
    .where('code', '=', code)
    .execute();
}
