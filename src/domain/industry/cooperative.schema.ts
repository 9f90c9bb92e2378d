/** Cooperatives (合作社): village, founding date, member households and products. */
import { z } from 'zod';
import { zDate, zRegionCode, zRequiredText, zText, zUuid } from '../common.schema.js';
import { recordMeta, zPeriodQuery } from '../training/record.schema.js';

const fields = {
  villageCode: zRegionCode,
  name: zRequiredText(200),
  foundedOn: zDate,
  business: zText(200).describe('What it does: 褐牛养殖, 高产玉米种植, 庭院经济, 手工刺绣 …'),
  memberHouseholdIds: z
    .array(zUuid)
    .max(2000)
    .describe('Member households; replaces the whole list when given'),
  productIds: z.array(zUuid).max(100).describe('Products; replaces the whole list when given'),
  note: zText(1000),
};

export const CooperativeCreate = z.strictObject({
  ...fields,
  business: fields.business.default(''),
  memberHouseholdIds: fields.memberHouseholdIds.default([]),
  productIds: fields.productIds.default([]),
  note: fields.note.default(''),
});
export type CooperativeCreate = z.infer<typeof CooperativeCreate>;

export const CooperativePatch = z.strictObject(fields).partial();
export type CooperativePatch = z.infer<typeof CooperativePatch>;

export const CooperativeListQuery = zPeriodQuery.extend({
  product: zUuid.optional().describe('Cooperatives offering this product'),
  household: zUuid.optional().describe('Cooperatives this household is a member of'),
});
export type CooperativeListQuery = z.infer<typeof CooperativeListQuery>;

export const ProductRef = z.object({ id: zUuid, name: z.string(), unit: z.string() });

export const Cooperative = z.object({
  id: zUuid,
  villageCode: z.string(),
  villageName: z.string(),
  name: z.string(),
  foundedOn: z.string(),
  business: z.string(),
  memberCount: z.number().int(),
  products: z.array(ProductRef),
  note: z.string(),
  ...recordMeta,
});
export type Cooperative = z.infer<typeof Cooperative>;

export const CooperativeMember = z.object({
  householdId: zUuid,
  headName: z.string(),
  villageCode: z.string(),
});

export const CooperativeDetail = Cooperative.extend({
  members: z
    .array(CooperativeMember)
    .describe('Member households the caller may see (a cadre: their own pairings)'),
});
export type CooperativeDetail = z.infer<typeof CooperativeDetail>;
