/** Village collective income (村集体经济收入) per year, with growth over the year before. */
import { z } from 'zod';
import { zFen, zRegionCode, zText, zUuid, zYear } from '../common.schema.js';
import { recordMeta, zPeriodQuery } from '../training/record.schema.js';

export const CollectiveIncomeCreate = z.strictObject({
  villageCode: zRegionCode,
  year: zYear,
  amountFen: zFen,
  note: zText(1000).default(''),
});
export type CollectiveIncomeCreate = z.infer<typeof CollectiveIncomeCreate>;

export const CollectiveIncomePatch = z
  .strictObject({ amountFen: zFen, note: zText(1000) })
  .partial();
export type CollectiveIncomePatch = z.infer<typeof CollectiveIncomePatch>;

export const CollectiveIncomeListQuery = zPeriodQuery.extend({
  year: z.coerce.number().pipe(zYear).optional(),
});
export type CollectiveIncomeListQuery = z.infer<typeof CollectiveIncomeListQuery>;

export const CollectiveIncome = z.object({
  id: zUuid,
  villageCode: z.string(),
  villageName: z.string(),
  year: z.number().int(),
  amountFen: z.number().int(),
  previousAmountFen: z
    .number()
    .int()
    .nullable()
    .describe("The village's amount the year before, if recorded"),
  growthPercent: z
    .number()
    .nullable()
    .describe('Growth over the year before, percent with one decimal; null without that year'),
  note: z.string(),
  ...recordMeta,
});
export type CollectiveIncome = z.infer<typeof CollectiveIncome>;
