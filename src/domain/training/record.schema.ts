/** What every record of the five measures shares: void input, record metadata, list filters. */
import { z } from 'zod';
import type { FieldProblem } from '../errors.js';
import { zBoolFlag, zDate, zPageQuery, zRegionCode, zRequiredText } from '../common.schema.js';

export const VoidInput = z.strictObject({
  reason: zRequiredText(500).describe('Why the record is voided'),
});
export type VoidInput = z.infer<typeof VoidInput>;

export const zIncludeVoided = zBoolFlag
  .optional()
  .describe('Also list voided records (true/false)');

/** Creation, correction and void metadata of a record. */
export const recordMeta = {
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  voidedAt: z.string().nullable(),
  voidedBy: z.string().nullable(),
  voidReason: z.string().nullable(),
};

export interface RecordMeta {
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly updatedAt: string;
  readonly voidedAt: string | null;
  readonly voidedBy: string | null;
  readonly voidReason: string | null;
}

/** Page, village and period filters shared by the lists of dated records. */
export const zPeriodQuery = zPageQuery.extend({
  village: zRegionCode.optional().describe('Village code (12 digits)'),
  from: zDate.optional().describe('Records dated on or after this day'),
  to: zDate.optional().describe('Records dated on or before this day'),
  includeVoided: zIncludeVoided,
});

/** Change in percent with one decimal, or null when there is nothing to compare with. */
export function changePercent(before: number | null, after: number | null): number | null {
  if (before === null || after === null || before === 0) {
    return null;
  }
  return Math.round(((after - before) * 1000) / before) / 10;
}

/** Add field problems to a zod refinement context. */
export function addProblems(problems: readonly FieldProblem[], ctx: z.RefinementCtx): void {
  for (const p of problems) {
    ctx.addIssue({
      code: 'custom',
      path: p.path.split('.'),
      message: p.key,
      ...(p.params ? { params: p.params } : {}),
    });
  }
}
