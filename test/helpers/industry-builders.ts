/** Builders of industry records and stories, through the services, with overrides. */
import type { Db } from '../../src/db/connect.js';
import {
  CooperativeCreate,
  type CooperativeDetail,
} from '../../src/domain/industry/cooperative.schema.js';
import { ProductCreate, type ProductDetail } from '../../src/domain/industry/product.schema.js';
import { StoryCreate, type Story } from '../../src/domain/stories/story.schema.js';
import { createCooperative } from '../../src/server/industry/cooperative.service.js';
import { createProduct } from '../../src/server/industry/product.service.js';
import { createStory } from '../../src/server/industry/story.service.js';
import { buildVillage, VILLAGE } from './builders.js';
import { BUILDER } from './training-builders.js';

export async function buildProduct(
  db: Db,
  overrides: Record<string, unknown> = {},
): Promise<ProductDetail> {
  return createProduct(
    db,
    BUILDER,
    ProductCreate.parse({ name: '牛羊肉', category: 'livestock', unit: '公斤', ...overrides }),
  );
}

export async function buildCooperative(
  db: Db,
  overrides: Record<string, unknown> = {},
): Promise<CooperativeDetail> {
  await buildVillage(db, (overrides.villageCode as string | undefined) ?? VILLAGE);
  return createCooperative(
    db,
    BUILDER,
    CooperativeCreate.parse({
      villageCode: VILLAGE,
      name: '谢依提村褐牛养殖专业合作社',
      foundedOn: '2025-04-01',
      business: '褐牛养殖',
      ...overrides,
    }),
  );
}

/** A story of a household, without consent unless `consent` is given. */
export async function buildStory(
  db: Db,
  householdId: string,
  overrides: Record<string, unknown> = {},
): Promise<Story> {
  return createStory(
    db,
    BUILDER,
    StoryCreate.parse({
      householdId,
      quote: '感谢结亲干部，我们的日子越过越好了。',
      saidOn: '2026-01-15',
      ...overrides,
    }),
  );
}
