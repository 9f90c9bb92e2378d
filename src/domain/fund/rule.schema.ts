/** Grant rules: which stages qualify, the amount per semester for each, and when the rule holds. */
import { z } from 'zod';
import { zDate, zPageQuery, zRequiredText, zUuid } from '../common.schema.js';
import { STUDY_STAGES } from './enums.js';
import { zPositiveFen } from './money.js';

const RuleAmount = z.strictObject({
  stage: z.enum(STUDY_STAGES),
  amountFen: zPositiveFen.describe('Paid per semester to each student of this stage'),
});

function checkRule(
  r: {
    validFrom?: string | undefined;
    validTo?: string | null | undefined;
    amounts?: readonly { stage: string }[] | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  if (r.validFrom && r.validTo && r.validTo < r.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'field.date_order' });
  }
  const stages = (r.amounts ?? []).map((a) => a.stage);
  if (new Set(stages).size !== stages.length) {
    ctx.addIssue({ code: 'custom', path: ['amounts'], message: 'field.duplicate_stage' });
  }
}

const ruleFields = {
  name: zRequiredText(100),
  validFrom: zDate,
  validTo: zDate.nullable().optional().describe('Last day the rule holds; open-ended if null'),
  amounts: z
    .array(RuleAmount)
    .min(1)
    .max(STUDY_STAGES.length)
    .describe('The qualifying stages, each with its amount'),
};

export const RuleCreate = z.strictObject(ruleFields).superRefine(checkRule);
export type RuleCreate = z.infer<typeof RuleCreate>;

export const RulePatch = z.strictObject(ruleFields).partial().superRefine(checkRule);
export type RulePatch = z.infer<typeof RulePatch>;

export const RuleListQuery = zPageQuery;
export type RuleListQuery = z.infer<typeof RuleListQuery>;

export const GrantRule = z.object({
  id: zUuid,
  name: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  amounts: z.array(z.object({ stage: z.enum(STUDY_STAGES), amountFen: z.number().int() })),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type GrantRule = z.infer<typeof GrantRule>;
