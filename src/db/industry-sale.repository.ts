/** Sales of products by channel and buyer region: rows in, domain records out. */
import type { SaleChannel } from '../domain/industry/enums.js';
import type { Sale, SaleListQuery } from '../domain/industry/sale.schema.js';
import type { Conn } from './connect.js';
import { pageOf } from './cursor.js';
import type { SalesTable } from './tables/industry.js';
import { beforeCursor, insertRows, recordMetaOf } from './training-records.repository.js';

function selectSales(db: Conn) {
  return db
    .selectFrom('sales as s')
    .innerJoin('products as p', 'p.id', 's.product_id')
    .leftJoin('cooperatives as c', 'c.id', 's.cooperative_id')
    .leftJoin('regions as r', 'r.code', 's.village_code')
    .selectAll('s')
    .select(['p.name as product_name', 'c.name as cooperative_name', 'r.name as village_name']);
}

type SaleRow = SalesTable & {
  product_name: string;
  cooperative_name: string | null;
  village_name: string | null;
};

function toSale(r: SaleRow): Sale {
  return {
    id: r.id,
    productId: r.product_id,
    productName: r.product_name,
    cooperativeId: r.cooperative_id,
    cooperativeName: r.cooperative_name,
    villageCode: r.village_code,
    villageName: r.village_name,
    saleDate: r.sale_date,
    channel: r.channel as SaleChannel,
    buyerRegion: r.buyer_region,
    buyerRegionCode: r.buyer_region_code,
    quantity: Number(r.quantity),
    unit: r.unit,
    revenueFen: Number(r.revenue_fen),
    note: r.note,
    ...recordMetaOf(r),
  };
}

export async function insertSales(db: Conn, rows: readonly SalesTable[]): Promise<void> {
  await insertRows(db, 'sales', rows);
}

export async function findSale(db: Conn, id: string): Promise<Sale | undefined> {
  const row = await selectSales(db).where('s.id', '=', id).executeTakeFirst();
  return row ? toSale(row) : undefined;
}

/** A keyset page of sales, newest first. */
export async function listSales(db: Conn, query: SaleListQuery) {
  let q = selectSales(db)
    .orderBy('s.sale_date', 'desc')
    .orderBy('s.id', 'desc')
    .limit(query.limit + 1);
  if (!query.includeVoided) {
    q = q.where('s.voided_at', 'is', null);
  }
  const equal = [
    ['s.village_code', query.village],
    ['s.channel', query.channel],
    ['s.product_id', query.product],
    ['s.cooperative_id', query.cooperative],
  ] as const;
  for (const [column, value] of equal) {
    if (value !== undefined) {
      q = q.where(column, '=', value);
    }
  }
  if (query.from) {
    q = q.where('s.sale_date', '>=', query.from);
  }
  if (query.to) {
    q = q.where('s.sale_date', '<=', query.to);
  }
  if (query.cursor) {
    q = q.where(beforeCursor('s.sale_date', 's.id', query.cursor));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.sale_date, r.id]);
  return { items: page.items.map(toSale), nextCursor: page.nextCursor };
}

export async function updateSale(
  db: Conn,
  id: string,
  set: Partial<Omit<SalesTable, 'id'>>,
): Promise<void> {
  await db.updateTable('sales').set(set).where('id', '=', id).execute();
}
