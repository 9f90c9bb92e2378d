/** Yearly household income by source; per-capita income is derived, never typed. */
import { z } from 'zod';
import { zFen, zPageQuery, zUuid, zYear } from '../common.schema.js';

const zMemberCount = z
  .number()
  .int()
  .min(1)
  .max(30)
  .describe('Household size that year; the current member count if absent');

export const IncomeCreate = z.strictObject({
  householdId: zUuid,
  year: zYear,
  wagesFen: zFen.default(0),
  productionFen: zFen.default(0),
  propertyFen: zFen.default(0),
  transferFen: zFen.default(0),
  memberCount: zMemberCount.optional(),
});
export type IncomeCreate = z.infer<typeof IncomeCreate>;

export const IncomePatch = z.strictObject({
  wagesFen: zFen.optional(),
  productionFen: zFen.optional(),
  propertyFen: zFen.optional(),
  transferFen: zFen.optional(),
  memberCount: zMemberCount.optional(),
});
export type IncomePatch = z.infer<typeof IncomePatch>;

export const IncomeListQuery = zPageQuery.extend({
  household: zUuid.optional().describe('Only this household (404 if the caller may not see it)'),
  year: z.coerce.number().pipe(zYear).optional().describe('Only this year'),
});
export type IncomeListQuery = z.infer<typeof IncomeListQuery>;

export const IncomeRecord = z.object({
  id: zUuid,
  householdId: zUuid,
  year: z.number().int(),
  wagesFen: z.number().int(),
  productionFen: z.number().int(),
  propertyFen: z.number().int(),
  transferFen: z.number().int(),
  memberCount: z.number().int(),
  totalFen: z.number().int(),
  perCapitaFen: z
    .number()
    .int()
    .describe('Total divided by household size, rounded down to the fen'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IncomeRecord = z.infer<typeof IncomeRecord>;

/** Total and per-capita income of a record. */
export function deriveIncome(r: {
  wagesFen: number;
  productionFen: number;
  propertyFen: number;
  transferFen: number;
  memberCount: number;
}): { totalFen: number; perCapitaFen: number } {
  const totalFen = r.wagesFen + r.productionFen + r.propertyFen + r.transferFen;
  return { totalFen, perCapitaFen: Math.floor(totalFen / Math.max(1, r.memberCount)) };
}
