/** Administrative regions and the villages the program has taken on. */
import { z } from 'zod';
import { zBoolFlag, zPageQuery, zRegionCode, zRequiredText } from '../common.schema.js';
import type { PovertyStatus } from './enums.js';
import { parentRegionCode, regionLevel, REGION_LEVELS } from '../validation/region-code.js';

export const RegionCreate = z.strictObject({
  code: zRegionCode,
  name: zRequiredText(100),
});
export type RegionCreate = z.infer<typeof RegionCreate>;

export const RegionPatch = z.strictObject({ name: zRequiredText(100) });
export type RegionPatch = z.infer<typeof RegionPatch>;

export const RegionCodeParam = z.object({ code: zRegionCode });

export const Region = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  parentCode: z.string().nullable(),
});
export type Region = z.infer<typeof Region>;

export const RegionListQuery = zPageQuery.extend({
  code: zRegionCode
    .optional()
    .describe('Only this region: a lookup that answers an empty page when it is not registered'),
  parent: zRegionCode.optional().describe('Only the direct children of this region'),
  level: z.enum(REGION_LEVELS).optional(),
});
export type RegionListQuery = z.infer<typeof RegionListQuery>;

export const VillageCreate = z.strictObject({
  code: zRegionCode.describe('A region of level village'),
  villageName: zRequiredText(100)
    .optional()
    .describe(
      "The village's name, when its region is not registered yet: the region is added with it (its parent must be registered)",
    ),
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
  householdCount: z
    .number()
    .int()
    .describe('Households registered in the village (for a cadre: their own paired households)'),
});
export type Village = z.infer<typeof Village>;

export const StatusCounts = z.object({
  registered_poor: z.number().int(),
  exited: z.number().int(),
  monitored: z.number().int(),
  not_poor: z.number().int(),
} satisfies Record<PovertyStatus, z.ZodNumber>);
export type StatusCounts = z.infer<typeof StatusCounts>;

export const VillageDetail = Village.extend({
  statusCounts: StatusCounts.describe('Households by poverty status'),
  memberCount: z.number().int().describe('People in those households'),
  ledHouseholdCount: z.number().int().describe('Households with a current lead cadre'),
  householdsUrl: z.string().describe('Where the village households are listed, page by page'),
});
export type VillageDetail = z.infer<typeof VillageDetail>;

/** The codes above a region, province first (a province has none). */
export function ancestorCodes(code12: string): string[] {
  const codes: string[] = [];
  for (let c = parentRegionCode(code12); c !== null; c = parentRegionCode(c)) {
    codes.unshift(c);
  }
  return codes;
}

/** The lowest and highest 12-digit codes under a region (the region included). */
export function regionRange(code12: string): { low: string; high: string } {
  const digits = { province: 2, prefecture: 4, county: 6, township: 9, village: 12 }[
    regionLevel(code12)
  ];
  const prefix = code12.slice(0, digits);
  return { low: prefix.padEnd(12, '0'), high: prefix.padEnd(12, '9') };
}
