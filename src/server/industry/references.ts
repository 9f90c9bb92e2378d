/** Checks that ids in an industry input name records that exist (422 naming the field if not). */
import type { FieldProblem } from '../../domain/errors.js';
import type { Conn } from '../../db/connect.js';
import { existingHouseholdIds } from '../../db/industry-cooperative.repository.js';
import { liveProductIds } from '../../db/industry-product.repository.js';

export interface References {
  readonly villageCode?: string | null | undefined;
  readonly productId?: string | undefined;
  readonly cooperativeId?: string | null | undefined;
  readonly productIds?: readonly string[] | undefined;
  readonly memberHouseholdIds?: readonly string[] | undefined;
}

async function villageProblems(db: Conn, code: string | null | undefined): Promise<FieldProblem[]> {
  if (!code) {
    return [];
  }
  const row = await db
    .selectFrom('villages')
    .select('code')
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? [] : [{ path: 'villageCode', key: 'field.unknown_village' }];
}

async function cooperativeProblems(
  db: Conn,
  id: string | null | undefined,
): Promise<FieldProblem[]> {
  if (!id) {
    return [];
  }
  const row = await db
    .selectFrom('cooperatives')
    .select('id')
    .where('id', '=', id)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  return row ? [] : [{ path: 'cooperativeId', key: 'field.unknown_cooperative' }];
}

/** Every reference problem of an input, in field order. */
export async function referenceProblems(db: Conn, r: References): Promise<FieldProblem[]> {
  const problems = [
    ...(await villageProblems(db, r.villageCode)),
    ...(await cooperativeProblems(db, r.cooperativeId)),
  ];
  const products = [...(r.productId ? [r.productId] : []), ...(r.productIds ?? [])];
  const liveProducts = await liveProductIds(db, products);
  if (r.productId && !liveProducts.has(r.productId)) {
    problems.push({ path: 'productId', key: 'field.unknown_product' });
  }
  (r.productIds ?? []).forEach((id, i) => {
    if (!liveProducts.has(id)) {
      problems.push({ path: `productIds.${i}`, key: 'field.unknown_product' });
    }
  });
  const members = r.memberHouseholdIds ?? [];
  const known = members.length > 0 ? await existingHouseholdIds(db, members) : new Set<string>();
  members.forEach((id, i) => {
    if (!known.has(id)) {
      problems.push({ path: `memberHouseholdIds.${i}`, key: 'field.unknown_household' });
    }
  });
  return problems;
}
