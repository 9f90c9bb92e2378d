/** Enrollments (学员): attendance, completion, certificates and licences, recommendation to a job. */
import { z } from 'zod';
import { zBoolFlag, zDate, zText, zUuid } from '../common.schema.js';
import type { FieldProblem } from '../errors.js';
import { CREDENTIAL_KINDS, HIRE_OUTCOMES, SKILLS } from './enums.js';
import { FollowUp } from './follow-up.schema.js';
import { recordMeta, zPeriodQuery } from './record.schema.js';

export const CredentialInput = z.strictObject({
  kind: z.enum(CREDENTIAL_KINDS),
  number: zText(50).default(''),
  issuedOn: zDate,
  issuer: zText(200).default(''),
});
export type CredentialInput = z.infer<typeof CredentialInput>;

const outcomeFields = {
  sessionsAttended: z.number().int().min(0).max(1000),
  sessionsTotal: z.number().int().min(0).max(1000),
  completed: z.boolean(),
  completedOn: zDate.nullable(),
  credentials: z.array(CredentialInput).max(10).describe('Replaces the whole list when given'),
  outstanding: z.boolean().describe('Outstanding trainee (优秀学员)'),
  recommendedTo: zText(200).nullable().describe('Employer the trainee was recommended to'),
  recommendedOn: zDate.nullable(),
  hireOutcome: z
    .enum(HIRE_OUTCOMES)
    .nullable()
    .describe('Null while the employer has not answered'),
  note: zText(1000),
};

/** The fields the enrollment rules look at. */
export interface EnrollmentRuleFields {
  readonly enrolledOn: string;
  readonly sessionsAttended: number;
  readonly sessionsTotal: number;
  readonly completed: boolean;
  readonly completedOn: string | null;
  readonly recommendedTo: string | null;
  readonly recommendedOn: string | null;
  readonly hireOutcome: string | null;
}

/** Attendance within the total, a completion date when completed, a recommendation before its outcome. */
export function enrollmentProblems(e: EnrollmentRuleFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (e.sessionsAttended > e.sessionsTotal) {
    problems.push({ path: 'sessionsAttended', key: 'field.attended_over_total' });
  }
  if (e.completed && !e.completedOn) {
    problems.push({ path: 'completedOn', key: 'field.completed_on_required' });
  }
  if (e.completedOn && e.completedOn < e.enrolledOn) {
    problems.push({ path: 'completedOn', key: 'field.date_order' });
  }
  if (e.recommendedTo && !e.recommendedOn) {
    problems.push({ path: 'recommendedOn', key: 'field.required' });
  }
  if (e.hireOutcome && !e.recommendedTo) {
    problems.push({ path: 'hireOutcome', key: 'field.recommend_first' });
  }
  return problems;
}

export const EnrollmentCreate = z.strictObject({
  personId: zUuid,
  enrolledOn: zDate.optional().describe("The course's start date if absent"),
  sessionsTotal: outcomeFields.sessionsTotal.default(0),
  note: outcomeFields.note.default(''),
});
export type EnrollmentCreate = z.infer<typeof EnrollmentCreate>;

export const EnrollmentPatch = z.strictObject(outcomeFields).partial();
export type EnrollmentPatch = z.infer<typeof EnrollmentPatch>;

export const EnrollmentListQuery = zPeriodQuery.extend({
  course: zUuid.optional(),
  household: zUuid.optional(),
  person: zUuid.optional(),
  cadre: zUuid.optional().describe('Trainees of households currently paired with this cadre'),
  skill: z.enum(SKILLS).optional(),
  outstanding: zBoolFlag.optional(),
  completed: zBoolFlag.optional(),
});
export type EnrollmentListQuery = z.infer<typeof EnrollmentListQuery>;

export const Credential = z.object({
  id: zUuid,
  kind: z.enum(CREDENTIAL_KINDS),
  number: z.string(),
  issuedOn: z.string(),
  issuer: z.string(),
});
export type Credential = z.infer<typeof Credential>;

export const Enrollment = z.object({
  id: zUuid,
  courseId: zUuid,
  courseTitle: z.string(),
  skill: z.enum(SKILLS),
  personId: zUuid,
  personName: z.string(),
  householdId: zUuid,
  villageCode: z.string(),
  villageName: z.string(),
  enrolledOn: z.string(),
  sessionsAttended: z.number().int(),
  sessionsTotal: z.number().int(),
  attendancePercent: z.number().nullable().describe('Attended of total, one decimal'),
  completed: z.boolean(),
  completedOn: z.string().nullable(),
  credentials: z.array(Credential),
  outstanding: z.boolean(),
  recommendedTo: z.string().nullable(),
  recommendedOn: z.string().nullable(),
  hireOutcome: z.enum(HIRE_OUTCOMES).nullable(),
  note: z.string(),
  ...recordMeta,
});
export type Enrollment = z.infer<typeof Enrollment>;

export const EnrollmentDetail = Enrollment.extend({ followUps: z.array(FollowUp) });
export type EnrollmentDetail = z.infer<typeof EnrollmentDetail>;
