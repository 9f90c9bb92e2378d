/** Donation items (物资): the admin-extendable list donations are counted in. */
import { z } from 'zod';
import { zBoolFlag, zPageQuery, zRequiredText, zUuid } from '../common.schema.js';

export const DonationItemCreate = z.strictObject({
  itemName: zRequiredText(50).describe('e.g. 口罩'),
  unit: zRequiredText(10).describe('e.g. 个, 瓶, 升'),
  active: z.boolean().default(true),
});
export type DonationItemCreate = z.infer<typeof DonationItemCreate>;

export const DonationItemPatch = z.strictObject({
  itemName: zRequiredText(50).optional(),
  unit: zRequiredText(10).optional(),
  active: z
    .boolean()
    .optional()
    .describe('Inactive items stay on old records but take no new ones'),
});
export type DonationItemPatch = z.infer<typeof DonationItemPatch>;

export const DonationItemListQuery = zPageQuery.extend({
  active: zBoolFlag.optional(),
});
export type DonationItemListQuery = z.infer<typeof DonationItemListQuery>;

export const DonationItem = z.object({
  id: zUuid,
  itemName: z.string(),
  unit: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DonationItem = z.infer<typeof DonationItem>;
