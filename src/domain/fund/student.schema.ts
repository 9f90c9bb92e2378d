/** Student enrollments: which household member studies where, the basis of study grants. */
import { z } from 'zod';
import {
  zBoolFlag,
  zDate,
  zPageQuery,
  zPastDate,
  zRegionCode,
  zRequiredText,
  zUuid,
} from '../common.schema.js';
import { STUDY_STAGES } from './enums.js';

/** The expected end must not come before the admission. */
function checkOrder(
  s: { admittedOn?: string | undefined; expectedEnd?: string | null | undefined },
  ctx: z.RefinementCtx,
): void {
  if (s.admittedOn && s.expectedEnd && s.expectedEnd < s.admittedOn) {
    ctx.addIssue({ code: 'custom', path: ['expectedEnd'], message: 'field.date_order' });
  }
}

const studentFields = {
  stage: z
    .enum(STUDY_STAGES)
    .describe('university 大学, inland_senior 内高班, inland_junior 内初班'),
  schoolName: zRequiredText(100),
  admittedOn: zPastDate.describe('Date of admission (录取)'),
  expectedEnd: zDate.nullable().optional().describe('Expected end of studies'),
  active: z.boolean().default(true).describe('Still studying there'),
};

export const StudentCreate = z
  .strictObject({ personId: zUuid, ...studentFields })
  .superRefine(checkOrder);
export type StudentCreate = z.infer<typeof StudentCreate>;

export const StudentPatch = z
  .strictObject({ ...studentFields, active: z.boolean() })
  .partial()
  .superRefine(checkOrder);
export type StudentPatch = z.infer<typeof StudentPatch>;

export const VoidInput = z.strictObject({ reason: zRequiredText(500) });
export type VoidInput = z.infer<typeof VoidInput>;

export const StudentListQuery = zPageQuery.extend({
  village: zRegionCode.optional().describe('Village code of the household'),
  cadre: zUuid.optional().describe('Students of households currently paired with this cadre'),
  stage: z.enum(STUDY_STAGES).optional(),
  active: zBoolFlag.optional(),
  from: zDate.optional().describe('Admitted on or after'),
  to: zDate.optional().describe('Admitted on or before'),
  includeVoided: zBoolFlag.default(false),
});
export type StudentListQuery = z.infer<typeof StudentListQuery>;

export const Student = z.object({
  id: zUuid,
  personId: zUuid,
  personName: z.string(),
  householdId: zUuid,
  villageCode: z.string(),
  stage: z.enum(STUDY_STAGES),
  schoolName: z.string(),
  admittedOn: z.string(),
  expectedEnd: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  voidedAt: z.string().nullable(),
  voidedBy: z.string().nullable(),
  voidReason: z.string().nullable(),
});
export type Student = z.infer<typeof Student>;
