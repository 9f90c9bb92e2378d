/** Follow-ups of a trainee at 3, 6 and 12 months: job, wage, business, household income. */
import { z } from 'zod';
import { zDate, zFen, zText, zUuid } from '../common.schema.js';
import type { FieldProblem } from '../errors.js';
import { FOLLOW_UP_MONTHS } from './enums.js';
import { recordMeta } from './record.schema.js';

export const FollowUpParams = z.object({
  id: zUuid,
  month: z.enum(FOLLOW_UP_MONTHS).transform(Number).describe('Months after the course: 3, 6 or 12'),
});

export const FollowUpInput = z
  .strictObject({
    followedUpOn: zDate,
    employed: z.boolean(),
    workplace: zText(200).default('').describe('Where the trainee works'),
    monthlyWageFen: zFen.nullable().default(null),
    businessOpened: z.boolean().default(false),
    businessDescription: zText(500)
      .default('')
      .describe('E.g. opened a restaurant in Halajun township'),
    incomeBeforeFen: zFen.nullable().default(null).describe('Household per-capita income before'),
    incomeAfterFen: zFen.nullable().default(null).describe('Household per-capita income after'),
    note: zText(1000).default(''),
  })
  .superRefine((f, ctx) => {
    for (const p of followUpProblems(f)) {
      ctx.addIssue({ code: 'custom', path: [p.path], message: p.key });
    }
  });
export type FollowUpInput = z.infer<typeof FollowUpInput>;

/** A job needs a workplace, a business a description. */
export function followUpProblems(f: {
  employed: boolean;
  workplace: string;
  businessOpened: boolean;
  businessDescription: string;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (f.employed && !f.workplace) {
    problems.push({ path: 'workplace', key: 'field.required' });
  }
  if (f.businessOpened && !f.businessDescription) {
    problems.push({ path: 'businessDescription', key: 'field.required' });
  }
  return problems;
}

export const FollowUp = z.object({
  id: zUuid,
  enrollmentId: zUuid,
  month: z.number().int(),
  followedUpOn: z.string(),
  employed: z.boolean(),
  workplace: z.string(),
  monthlyWageFen: z.number().int().nullable(),
  businessOpened: z.boolean(),
  businessDescription: z.string(),
  incomeBeforeFen: z.number().int().nullable(),
  incomeAfterFen: z.number().int().nullable(),
  incomeChangePercent: z
    .number()
    .nullable()
    .describe('Per-capita income after versus before, percent with one decimal'),
  note: z.string(),
  ...recordMeta,
});
export type FollowUp = z.infer<typeof FollowUp>;
