/** Cooperatives with their member households and products: set-based reads and writes. */
import type {
  Cooperative,
  CooperativeDetail,
  CooperativeListQuery,
} from '../domain/industry/cooperative.schema.js';
import type { Conn } from './connect.js';
import { pageOf } from './cursor.js';
import type {
  CooperativeMembersTable,
  CooperativeProductsTable,
  CooperativesTable,
} from './tables/industry.js';
import { beforeCursor, insertRows, recordMetaOf } from './training-records.repository.js';

function selectCooperatives(db: Conn) {
  return db
    .selectFrom('cooperatives as c')
    .innerJoin('regions as r', 'r.code', 'c.village_code')
    .selectAll('c')
    .select('r.name as village_name');
}

type CooperativeRow = CooperativesTable & { village_name: string };
type ProductRef = Cooperative['products'][number];

/** Products and member counts of many cooperatives: two queries for the whole page. */
async function extrasOf(db: Conn, ids: readonly string[]) {
  const products = new Map<string, ProductRef[]>();
  const counts = new Map<string, number>();
  if (ids.length === 0) {
    return { products, counts };
  }
  const productRows = await db
    .selectFrom('cooperative_products as cp')
    .innerJoin('products as p', 'p.id', 'cp.product_id')
    .select(['cp.cooperative_id', 'p.id', 'p.name', 'p.unit'])
    .where('cp.cooperative_id', 'in', ids)
    .orderBy('p.name')
    .execute();
  for (const r of productRows) {
    const list = products.get(r.cooperative_id) ?? [];
    products.set(r.cooperative_id, [...list, { id: r.id, name: r.name, unit: r.unit }]);
  }
  const countRows = await db
    .selectFrom('cooperative_members')
    .select(['cooperative_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('cooperative_id', 'in', ids)
    .groupBy('cooperative_id')
    .execute();
  for (const r of countRows) {
    counts.set(r.cooperative_id, Number(r.n));
  }
  return { products, counts };
}

async function toCooperatives(db: Conn, rows: readonly CooperativeRow[]): Promise<Cooperative[]> {
  const { products, counts } = await extrasOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    villageCode: r.village_code,
    villageName: r.village_name,
    name: r.name,
    foundedOn: r.founded_on,
    business: r.business,
    memberCount: counts.get(r.id) ?? 0,
    products: products.get(r.id) ?? [],
    note: r.note,
    ...recordMetaOf(r),
  }));
}

/** Insert cooperatives with their members and products, in batches. */
export async function insertCooperatives(
  db: Conn,
  rows: readonly CooperativesTable[],
  members: readonly CooperativeMembersTable[] = [],
  products: readonly CooperativeProductsTable[] = [],
): Promise<void> {
  await insertRows(db, 'cooperatives', rows);
  await insertRows(db, 'cooperative_members', members);
  await insertRows(db, 'cooperative_products', products);
}

export async function findCooperative(db: Conn, id: string): Promise<Cooperative | undefined> {
  const row = await selectCooperatives(db).where('c.id', '=', id).executeTakeFirst();
  return row ? (await toCooperatives(db, [row]))[0] : undefined;
}

/** Member households of a cooperative; `cadreId` keeps only that cadre's current pairings. */
export async function cooperativeMembers(
  db: Conn,
  id: string,
  scope: { cadreId: string | null },
): Promise<CooperativeDetail['members']> {
  let q = db
    .selectFrom('cooperative_members as m')
    .innerJoin('households as h', 'h.id', 'm.household_id')
    .select(['h.id', 'h.head_name', 'h.village_code'])
    .where('m.cooperative_id', '=', id)
    .orderBy('h.id');
  if (scope.cadreId) {
    const cadre = scope.cadreId;
    q = q.where('h.id', 'in', (eb) =>
      eb
        .selectFrom('pairings')
        .select('household_id')
        .where('cadre_id', '=', cadre)
        .where('end_date', 'is', null),
    );
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    householdId: r.id,
    headName: r.head_name,
    villageCode: r.village_code,
  }));
}

/** A keyset page of cooperatives, newest founded first. */
export async function listCooperatives(db: Conn, query: CooperativeListQuery) {
  let q = selectCooperatives(db)
    .orderBy('c.founded_on', 'desc')
    .orderBy('c.id', 'desc')
    .limit(query.limit + 1);
  if (!query.includeVoided) {
    q = q.where('c.voided_at', 'is', null);
  }
  if (query.village) {
    q = q.where('c.village_code', '=', query.village);
  }
  if (query.product) {
    const product = query.product;
    q = q.where('c.id', 'in', (eb) =>
      eb
        .selectFrom('cooperative_products')
        .select('cooperative_id')
        .where('product_id', '=', product),
    );
  }
  if (query.household) {
    const household = query.household;
    q = q.where('c.id', 'in', (eb) =>
      eb
        .selectFrom('cooperative_members')
        .select('cooperative_id')
        .where('household_id', '=', household),
    );
  }
  if (query.from) {
    q = q.where('c.founded_on', '>=', query.from);
  }
  if (query.to) {
    q = q.where('c.founded_on', '<=', query.to);
  }
  if (query.cursor) {
    q = q.where(beforeCursor('c.founded_on', 'c.id', query.cursor));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.founded_on, r.id]);
  return { items: await toCooperatives(db, page.items), nextCursor: page.nextCursor };
}

export async function updateCooperative(
  db: Conn,
  id: string,
  set: Partial<Omit<CooperativesTable, 'id'>>,
): Promise<void> {
  await db.updateTable('cooperatives').set(set).where('id', '=', id).execute();
}

/** Replace the member households of a cooperative. */
export async function replaceMembers(
  db: Conn,
  id: string,
  householdIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('cooperative_members').where('cooperative_id', '=', id).execute();
  await insertRows(
    db,
    'cooperative_members',
    householdIds.map((h) => ({ cooperative_id: id, household_id: h })),
  );
}

/** Replace the products of a cooperative. */
export async function replaceProducts(
  db: Conn,
  id: string,
  productIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('cooperative_products').where('cooperative_id', '=', id).execute();
  await insertRows(
    db,
    'cooperative_products',
    productIds.map((p) => ({ cooperative_id: id, product_id: p })),
  );
}

/** Which of these household ids exist. */
export async function existingHouseholdIds(db: Conn, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('households')
      .select('id')
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    rows.forEach((r) => found.add(r.id));
  }
  return found;
}
