/** Products and certifications: create, read, list, correct, void; expired certifications flagged. */
import { invalid, notFound } from '../../domain/errors.js';
import {
  certificationProblems,
  type Certification,
  type CertificationCreate,
  type CertificationListQuery,
  type CertificationPatch,
  type ProductCreate,
  type ProductDetail,
  type ProductListQuery,
  type ProductPatch,
} from '../../domain/industry/product.schema.js';
import type { Actor } from '../../domain/roles.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import {
  certificationsOf,
  findCertification,
  findProduct,
  insertCertifications,
  insertProducts,
  listCertifications,
  listProducts,
  updateCertification,
  updateProduct,
} from '../../db/industry-product.repository.js';
import { newRecordColumns } from '../../db/training-records.repository.js';
import { assertCan } from '../registry/scope.js';
import { assertNotVoided, givenFields, voidAudited } from '../training/records.js';
import { referenceProblems } from './references.js';

/** A product with its certifications. @throws AppError not_found */
export async function readProduct(db: Conn, actor: Actor, id: string): Promise<ProductDetail> {
  assertCan(actor, 'measures.read');
  const product = await findProduct(db, id);
  if (!product) {
    throw notFound('product');
  }
  return { ...product, certifications: await certificationsOf(db, id) };
}

export async function createProduct(db: Db, actor: Actor, input: ProductCreate) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) => {
    const id = newId();
    await insertProducts(tx, [{ id, ...input, ...newRecordColumns(actor.userId, nowIso()) }]);
    const after = await readProduct(tx, actor, id);
    await appendAudit(tx, [{ actor, action: 'create', entity: 'product', entityId: id, after }]);
    return after;
  });
}

export async function listProductsFor(db: Db, actor: Actor, query: ProductListQuery) {
  assertCan(actor, 'measures.read');
  return listProducts(db, query);
}

export async function correctProduct(db: Db, actor: Actor, id: string, patch: ProductPatch) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) => {
    const before = await readProduct(tx, actor, id);
    assertNotVoided(before);
    await updateProduct(tx, id, { ...givenFields(patch), updated_at: nowIso() });
    const after = await readProduct(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'product', entityId: id, before, after },
    ]);
    return after;
  });
}

export async function voidProduct(db: Db, actor: Actor, id: string, reason: string) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) =>
    voidAudited(tx, {
      actor,
      table: 'products',
      entity: 'product',
      before: await readProduct(tx, actor, id),
      id,
      reason,
      at: nowIso(),
      reload: () => readProduct(tx, actor, id),
    }),
  );
}

/** A certification. @throws AppError not_found */
export async function readCertification(db: Conn, actor: Actor, id: string) {
  assertCan(actor, 'measures.read');
  const certification = await findCertification(db, id);
  if (!certification) {
    throw notFound('certification');
  }
  return certification;
}

export async function createCertification(
  db: Db,
  actor: Actor,
  input: CertificationCreate,
): Promise<Certification> {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) => {
    const problems = await referenceProblems(tx, input);
    if (problems.length > 0) {
      throw invalid(problems);
    }
    const id = newId();
    await insertCertifications(tx, [
      {
        id,
        product_id: input.productId,
        cooperative_id: input.cooperativeId,
        kind: input.kind,
        number: input.number,
        issuer: input.issuer,
        valid_from: input.validFrom,
        valid_to: input.validTo,
        note: input.note,
        ...newRecordColumns(actor.userId, nowIso()),
      },
    ]);
    const after = await readCertification(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'create', entity: 'certification', entityId: id, after },
    ]);
    return after;
  });
}

export async function listCertificationsFor(db: Db, actor: Actor, query: CertificationListQuery) {
  assertCan(actor, 'measures.read');
  return listCertifications(db, query);
}

export async function correctCertification(
  db: Db,
  actor: Actor,
  id: string,
  patch: CertificationPatch,
): Promise<Certification> {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) => {
    const before = await readCertification(tx, actor, id);
    assertNotVoided(before);
    const merged = { ...before, ...givenFields(patch) };
    const problems = [
      ...(await referenceProblems(tx, { cooperativeId: patch.cooperativeId })),
      ...certificationProblems(merged),
    ];
    if (problems.length > 0) {
      throw invalid(problems);
    }
    await updateCertification(tx, id, {
      cooperative_id: merged.cooperativeId,
      kind: merged.kind,
      number: merged.number,
      issuer: merged.issuer,
      valid_from: merged.validFrom,
      valid_to: merged.validTo,
      note: merged.note,
      updated_at: nowIso(),
    });
    const after = await readCertification(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'certification', entityId: id, before, after },
    ]);
    return after;
  });
}

export async function voidCertification(db: Db, actor: Actor, id: string, reason: string) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) =>
    voidAudited(tx, {
      actor,
      table: 'certifications',
      entity: 'certification',
      before: await readCertification(tx, actor, id),
      id,
      reason,
      at: nowIso(),
      reload: () => readCertification(tx, actor, id),
    }),
  );
}
