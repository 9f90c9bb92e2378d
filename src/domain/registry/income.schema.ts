/** Yearly household income by source; per-capita income is derived, never typed. */
import { z } from 'zod';
import { zFen, zUuid, zYear } from '../common.schema.js';

const incomeFields = {
  year: zYear,
  wagesFen: zFen.default(0),
  productionFen: zFen.default(0),
  propertyFen: zFen.default(0),
  transferFen: zFen.default(0),
  memberCount: z.number().int().min(1).max(30),
};

export const IncomeCreate = z.strictObject({ householdId: zUuid, ...incomeFields });
export type IncomeCreate = z.infer<typeof IncomeCreate>;

export const IncomePatch = z.strictObject(incomeFields).omit({ year: true }).partial();
export type IncomePatch = z.infer<typeof IncomePatch>;

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
