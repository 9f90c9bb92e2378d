/** Grant runs per semester (maker-checker) and their grant lines; each student's grant history. */
import { z } from 'zod';
import { zPageQuery, zPastDate, zRequiredText, zText, zUuid } from '../common.schema.js';
import { GRANT_EXCLUSIONS, GRANT_STATUSES, RUN_STATUSES, STUDY_STAGES } from './enums.js';
import { zSemester } from './semester.js';

export const RunCreate = z.strictObject({
  semester: zSemester,
  note: zText(500).default(''),
});
export type RunCreate = z.infer<typeof RunCreate>;

export const RunApproval = z.strictObject({
  paidOn: zPastDate.optional().describe('Value date of the payments; today if absent'),
  reason: zText(500).default(''),
});
export type RunApproval = z.infer<typeof RunApproval>;

export const RunRejection = z.strictObject({ reason: zRequiredText(500) });
export type RunRejection = z.infer<typeof RunRejection>;

export const RunListQuery = zPageQuery.extend({
  semester: zSemester.optional(),
  status: z.enum(RUN_STATUSES).optional(),
});
export type RunListQuery = z.infer<typeof RunListQuery>;

export const GrantRun = z.object({
  id: zUuid,
  semester: z.string(),
  status: z.enum(RUN_STATUSES),
  ruleId: zUuid,
  totalFen: z.number().int().describe('Sum of the proposed (or paid) grants'),
  grantCount: z.number().int(),
  excludedCount: z.number().int(),
  note: z.string(),
  paidOn: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decisionReason: z.string(),
});
export type GrantRun = z.infer<typeof GrantRun>;

export const Grant = z.object({
  id: zUuid,
  runId: zUuid,
  semester: z.string(),
  enrollmentId: zUuid,
  personId: zUuid,
  personName: z.string(),
  householdId: zUuid,
  villageCode: z.string(),
  stage: z.enum(STUDY_STAGES).describe('Why the student qualifies: the stage under the rule'),
  schoolName: z.string(),
  admittedOn: z.string(),
  amountFen: z.number().int(),
  status: z.enum(GRANT_STATUSES),
  exclusion: z.enum(GRANT_EXCLUSIONS).nullable().describe('Why a qualifying student gets nothing'),
  paidOn: z.string().nullable(),
  paymentEntryId: zUuid.nullable(),
});
export type Grant = z.infer<typeof Grant>;

export const GrantRunDetail = GrantRun.extend({ grants: z.array(Grant) });
export type GrantRunDetail = z.infer<typeof GrantRunDetail>;

export const GrantHistoryEntry = Grant.extend({ runStatus: z.enum(RUN_STATUSES) });
export type GrantHistoryEntry = z.infer<typeof GrantHistoryEntry>;

export const PersonIdParam = z.object({ personId: zUuid });
