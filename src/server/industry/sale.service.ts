/** Sales: create (village taken from the cooperative when absent), read, list, correct, void. */
import { invalid, notFound } from '../../domain/errors.js';
import type {
  Sale,
  SaleCreate,
  SaleListQuery,
  SalePatch,
} from '../../domain/industry/sale.schema.js';
import type { Actor } from '../../domain/roles.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import { findCooperative } from '../../db/industry-cooperative.repository.js';
import { findSale, insertSales, listSales, updateSale } from '../../db/industry-sale.repository.js';
import { newRecordColumns } from '../../db/training-records.repository.js';
import { assertCan } from '../registry/scope.js';
import { assertNotVoided, givenFields, voidAudited } from '../training/records.js';
import { referenceProblems } from './references.js';

/** A sale. @throws AppError not_found */
export async function readSale(db: Conn, actor: Actor, id: string): Promise<Sale> {
  assertCan(actor, 'measures.read');
  const sale = await findSale(db, id);
  if (!sale) {
    throw notFound('sale');
  }
  return sale;
}

/** The selling village: the one given, or else the cooperative's. */
async function villageOf(
  db: Conn,
  s: { villageCode: string | null; cooperativeId: string | null },
): Promise<string | null> {
  if (s.villageCode || !s.cooperativeId) {
    return s.villageCode;
  }
  return (await findCooperative(db, s.cooperativeId))?.villageCode ?? null;
}

async function assertReferences(db: Conn, s: Partial<SaleCreate>): Promise<void> {
  const problems = await referenceProblems(db, s);
  if (problems.length > 0) {
    throw invalid(problems);
  }
}

export async function createSale(db: Db, actor: Actor, input: SaleCreate): Promise<Sale> {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) => {
    await assertReferences(tx, input);
    const id = newId();
    await insertSales(tx, [
      {
        id,
        product_id: input.productId,
        cooperative_id: input.cooperativeId,
        village_code: await villageOf(tx, input),
        sale_date: input.saleDate,
        channel: input.channel,
        buyer_region: input.buyerRegion,
        buyer_region_code: input.buyerRegionCode,
        quantity: input.quantity,
        unit: input.unit,
        revenue_fen: input.revenueFen,
        note: input.note,
        ...newRecordColumns(actor.userId, nowIso()),
      },
    ]);
    const after = await readSale(tx, actor, id);
    await appendAudit(tx, [{ actor, action: 'create', entity: 'sale', entityId: id, after }]);
    return after;
  });
}

export async function listSalesFor(db: Db, actor: Actor, query: SaleListQuery) {
  assertCan(actor, 'measures.read');
  return listSales(db, query);
}

export async function correctSale(db: Db, actor: Actor, id: string, patch: SalePatch) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) => {
    const before = await readSale(tx, actor, id);
    assertNotVoided(before);
    await assertReferences(tx, patch);
    const m = { ...before, ...givenFields(patch) };
    if (patch.cooperativeId !== undefined && patch.villageCode === undefined) {
      m.villageCode = null;
    }
    await updateSale(tx, id, {
      product_id: m.productId,
      cooperative_id: m.cooperativeId,
      village_code: await villageOf(tx, m),
      sale_date: m.saleDate,
      channel: m.channel,
      buyer_region: m.buyerRegion,
      buyer_region_code: m.buyerRegionCode,
      quantity: m.quantity,
      unit: m.unit,
      revenue_fen: m.revenueFen,
      note: m.note,
      updated_at: nowIso(),
    });
    const after = await readSale(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'sale', entityId: id, before, after },
    ]);
    return after;
  });
}

export async function voidSale(db: Db, actor: Actor, id: string, reason: string) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) =>
    voidAudited(tx, {
      actor,
      table: 'sales',
      entity: 'sale',
      before: await readSale(tx, actor, id),
      id,
      reason,
      at: nowIso(),
      reload: () => readSale(tx, actor, id),
    }),
  );
}
