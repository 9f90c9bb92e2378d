/** Products and their certifications: rows in, domain records out; expiry judged against today. */
import { today } from '../domain/common.schema.js';
import type { CertificationKind, ProductCategory } from '../domain/industry/enums.js';
import type {
  Certification,
  CertificationListQuery,
  Product,
  ProductListQuery,
} from '../domain/industry/product.schema.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { CertificationsTable, ProductsTable } from './tables/industry.js';
import { beforeCursor, insertRows, recordMetaOf } from './training-records.repository.js';

function toProduct(r: ProductsTable): Product {
  return {
    id: r.id,
    name: r.name,
    category: r.category as ProductCategory,
    unit: r.unit,
    description: r.description,
    ...recordMetaOf(r),
  };
}

export async function insertProducts(db: Conn, rows: readonly ProductsTable[]): Promise<void> {
  await insertRows(db, 'products', rows);
}

export async function findProduct(db: Conn, id: string): Promise<Product | undefined> {
  const row = await db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toProduct(row) : undefined;
}

/** Which of these product ids name products that exist and are not voided. */
export async function liveProductIds(db: Conn, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const rows = await db
    .selectFrom('products')
    .select('id')
    .where('id', 'in', ids)
    .where('voided_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** A keyset page of products, newest first. */
export async function listProducts(db: Conn, query: ProductListQuery) {
  let q = db
    .selectFrom('products')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (!query.includeVoided) {
    q = q.where('voided_at', 'is', null);
  }
  if (query.category) {
    q = q.where('category', '=', query.category);
  }
  if (query.cooperative) {
    const cooperative = query.cooperative;
    q = q.where('id', 'in', (eb) =>
      eb
        .selectFrom('cooperative_products')
        .select('product_id')
        .where('cooperative_id', '=', cooperative),
    );
  }
  if (query.cursor) {
    const [id] = decodeCursor(query.cursor, 1);
    q = q.where('id', '<', String(id));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.id]);
  return { items: page.items.map(toProduct), nextCursor: page.nextCursor };
}

export async function updateProduct(
  db: Conn,
  id: string,
  set: Partial<Omit<ProductsTable, 'id'>>,
): Promise<void> {
  await db.updateTable('products').set(set).where('id', '=', id).execute();
}

function selectCertifications(db: Conn) {
  return db
    .selectFrom('certifications as c')
    .innerJoin('products as p', 'p.id', 'c.product_id')
    .leftJoin('cooperatives as o', 'o.id', 'c.cooperative_id')
    .selectAll('c')
    .select(['p.name as product_name', 'o.name as cooperative_name']);
}

type CertificationRow = CertificationsTable & {
  product_name: string;
  cooperative_name: string | null;
};

function toCertification(r: CertificationRow, day: string): Certification {
  return {
    id: r.id,
    productId: r.product_id,
    productName: r.product_name,
    cooperativeId: r.cooperative_id,
    cooperativeName: r.cooperative_name,
    kind: r.kind as CertificationKind,
    number: r.number,
    issuer: r.issuer,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    expired: r.valid_to !== null && r.valid_to < day,
    note: r.note,
    ...recordMetaOf(r),
  };
}

export async function insertCertifications(
  db: Conn,
  rows: readonly CertificationsTable[],
): Promise<void> {
  await insertRows(db, 'certifications', rows);
}

export async function findCertification(db: Conn, id: string): Promise<Certification | undefined> {
  const row = await selectCertifications(db).where('c.id', '=', id).executeTakeFirst();
  return row ? toCertification(row, today()) : undefined;
}

/** The certifications of a product that are not voided, newest first. */
export async function certificationsOf(db: Conn, productId: string): Promise<Certification[]> {
  const rows = await selectCertifications(db)
    .where('c.product_id', '=', productId)
    .where('c.voided_at', 'is', null)
    .orderBy('c.valid_from', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
  const day = today();
  return rows.map((r) => toCertification(r, day));
}

/** A keyset page of certifications, newest validity first. */
export async function listCertifications(db: Conn, query: CertificationListQuery) {
  const day = today();
  let q = selectCertifications(db)
    .orderBy('c.valid_from', 'desc')
    .orderBy('c.id', 'desc')
    .limit(query.limit + 1);
  if (!query.includeVoided) {
    q = q.where('c.voided_at', 'is', null);
  }
  const equal = [
    ['c.product_id', query.product],
    ['c.cooperative_id', query.cooperative],
    ['c.kind', query.kind],
    ['o.village_code', query.village],
  ] as const;
  for (const [column, value] of equal) {
    if (value !== undefined) {
      q = q.where(column, '=', value);
    }
  }
  if (query.expired === true) {
    q = q.where('c.valid_to', '<', day);
  }
  if (query.expired === false) {
    q = q.where((eb) => eb.or([eb('c.valid_to', 'is', null), eb('c.valid_to', '>=', day)]));
  }
  if (query.from) {
    q = q.where('c.valid_from', '>=', query.from);
  }
  if (query.to) {
    q = q.where('c.valid_from', '<=', query.to);
  }
  if (query.cursor) {
    q = q.where(beforeCursor('c.valid_from', 'c.id', query.cursor));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.valid_from, r.id]);
  return { items: page.items.map((r) => toCertification(r, day)), nextCursor: page.nextCursor };
}

export async function updateCertification(
  db: Conn,
  id: string,
  set: Partial<Omit<CertificationsTable, 'id'>>,
): Promise<void> {
  await db.updateTable('certifications').set(set).where('id', '=', id).execute();
}
