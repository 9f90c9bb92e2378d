/** Sales (销售) of products: channel, buyer region, quantity and revenue. */
import { z } from 'zod';
import { zDate, zFen, zRegionCode, zRequiredText, zText, zUuid } from '../common.schema.js';
import { recordMeta, zPeriodQuery } from '../training/record.schema.js';
import { SALE_CHANNELS } from './enums.js';

const fields = {
  productId: zUuid,
  cooperativeId: zUuid.nullable().describe('The selling cooperative, if any'),
  villageCode: zRegionCode.nullable().describe("The selling village; the cooperative's if absent"),
  saleDate: zDate,
  channel: z.enum(SALE_CHANNELS),
  buyerRegion: zText(100).describe('Where the buyers are, in words: 广东, 广州市 …'),
  buyerRegionCode: zRegionCode.nullable().describe('Region code of the buyers, e.g. 440000000000'),
  quantity: z.number().positive().max(1_000_000_000),
  unit: zRequiredText(20),
  revenueFen: zFen,
  note: zText(1000),
};

export const SaleCreate = z.strictObject({
  ...fields,
  cooperativeId: fields.cooperativeId.optional().default(null),
  villageCode: fields.villageCode.optional().default(null),
  buyerRegion: fields.buyerRegion.default(''),
  buyerRegionCode: fields.buyerRegionCode.optional().default(null),
  note: fields.note.default(''),
});
export type SaleCreate = z.infer<typeof SaleCreate>;

export const SalePatch = z.strictObject(fields).partial();
export type SalePatch = z.infer<typeof SalePatch>;

export const SaleListQuery = zPeriodQuery.extend({
  channel: z.enum(SALE_CHANNELS).optional(),
  product: zUuid.optional(),
  cooperative: zUuid.optional(),
});
export type SaleListQuery = z.infer<typeof SaleListQuery>;

export const Sale = z.object({
  id: zUuid,
  productId: zUuid,
  productName: z.string(),
  cooperativeId: z.string().nullable(),
  cooperativeName: z.string().nullable(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  saleDate: z.string(),
  channel: z.enum(SALE_CHANNELS),
  buyerRegion: z.string(),
  buyerRegionCode: z.string().nullable(),
  quantity: z.number(),
  unit: z.string(),
  revenueFen: z.number().int(),
  note: z.string(),
  ...recordMeta,
});
export type Sale = z.infer<typeof Sale>;
