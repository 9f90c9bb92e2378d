/** Administrative regions and the villages the program has taken on. */
import { z } from 'zod';
import { zBoolFlag, zPageQuery, zRegionCode, zRequiredText } from '../common.schema.js';
import { REGION_LEVELS } from '../validation/region-code.js';

export const RegionCreate = z.strictObject({
  code: zRegionCode,
  name: zRequiredText(100),
});
export type RegionCreate = z.infer<typeof RegionCreate>;

export const Region = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  parentCode: z.string().nullable(),
});
export type Region = z.infer<typeof Region>;

export const RegionListQuery = zPageQuery.extend({
  parent: zRegionCode.optional(),
  level: z.enum(REGION_LEVELS).optional(),
});
export type RegionListQuery = z.infer<typeof RegionListQuery>;

export const VillageCreate = z.strictObject({
  code: zRegionCode,
  takenOn: z.boolean().default(true),
  deeplyPoor: z.boolean().default(false),
});
export type VillageCreate = z.infer<typeof VillageCreate>;

export const VillagePatch = z.strictObject({
  takenOn: z.boolean().optional(),
  deeplyPoor: z.boolean().optional(),
});
export type VillagePatch = z.infer<typeof VillagePatch>;

export const VillageListQuery = zPageQuery.extend({
  takenOn: zBoolFlag.optional(),
  under: zRegionCode.optional().describe('Only villages under this region'),
});
export type VillageListQuery = z.infer<typeof VillageListQuery>;

export const Village = z.object({
  code: z.string(),
  name: z.string(),
  path: z.array(z.string()).describe('Names from province down to township'),
  takenOn: z.boolean(),
  deeplyPoor: z.boolean(),
  householdCount: z.number().int(),
});
export type Village = z.infer<typeof Village>;
