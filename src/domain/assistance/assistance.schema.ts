/** Assistance records (帮扶措施): create and correct as a union on `kind`, list filters, void. */
import { z } from 'zod';
import {
  zBoolFlag,
  zDate,
  zPageQuery,
  zRegionCode,
  zRequiredText,
  zUuid,
} from '../common.schema.js';
import { MEASURES } from '../measures.js';
import {
  commonFields,
  donationFields,
  goodDeedFields,
  healthCheckFields,
  jobFields,
  loanFields,
  medicalFields,
  projectFields,
} from './assistance-kinds.schema.js';
import { ASSISTANCE_KINDS, ASSISTANCE_STATUSES, type BeneficiaryKind } from './enums.js';
import {
  checkDonation,
  checkGoodDeed,
  checkHealthCheck,
  checkJob,
  checkProject,
  checkWhen,
} from './assistance.rules.js';

const commonCreate = {
  ...commonFields,
  status: commonFields.status.default('done'),
  measure: commonFields.measure.default('relief'),
  arrangedByCadreId: commonFields.arrangedByCadreId
    .optional()
    .describe('The cadre who arranged it; a cadre records as themselves'),
  notes: commonFields.notes.default(''),
};

export const JobCreate = z
  .strictObject({
    kind: z.literal('job'),
    ...commonCreate,
    ...jobFields,
    endDate: jobFields.endDate.default(null),
  })
  .superRefine(checkWhen)
  .superRefine(checkJob);

export const MedicalCreate = z
  .strictObject({
    kind: z.literal('medical'),
    ...commonCreate,
    ...medicalFields,
    paidBy: medicalFields.paidBy.default(''),
  })
  .superRefine(checkWhen);

export const HealthCheckCreate = z
  .strictObject({
    kind: z.literal('health_check'),
    ...commonCreate,
    ...healthCheckFields,
    provider: healthCheckFields.provider.default(''),
  })
  .superRefine(checkWhen)
  .superRefine(checkHealthCheck);

export const DonationCreate = z
  .strictObject({ kind: z.literal('donation'), ...commonCreate, ...donationFields })
  .superRefine(checkWhen)
  .superRefine(checkDonation);

export const ProjectCreate = z
  .strictObject({
    kind: z.literal('project'),
    ...commonCreate,
    ...projectFields,
    startDate: projectFields.startDate.default(null),
    endDate: projectFields.endDate.default(null),
    funds: projectFields.funds.default([]),
    householdCount: projectFields.householdCount.default(null),
    householdIds: projectFields.householdIds.default([]),
  })
  .superRefine(checkWhen)
  .superRefine(checkProject);

export const LoanCreate = z
  .strictObject({
    kind: z.literal('loan'),
    ...commonCreate,
    ...loanFields,
    loanStatus: loanFields.loanStatus.default('applied'),
  })
  .superRefine(checkWhen);

export const GoodDeedCreate = z
  .strictObject({
    kind: z.literal('good_deed'),
    ...commonCreate,
    ...goodDeedFields,
    householdId: goodDeedFields.householdId.default(null),
    personId: goodDeedFields.personId.default(null),
  })
  .superRefine(checkWhen)
  .superRefine(checkGoodDeed);

export const AssistanceCreate = z.discriminatedUnion(
  'kind',
  [
    JobCreate,
    MedicalCreate,
    HealthCheckCreate,
    DonationCreate,
    ProjectCreate,
    LoanCreate,
    GoodDeedCreate,
  ],
  { error: 'field.assistance_kind' },
);
export type AssistanceCreate = z.infer<typeof AssistanceCreate>;

/** A patch of one kind: any subset of its fields; `kind` names the record's kind and never changes. */
function patchOf<K extends string, S extends z.core.$ZodLooseShape>(kind: K, shape: S) {
  return z
    .strictObject({ ...commonFields, ...shape })
    .partial()
    .extend({ kind: z.literal(kind) });
}

export const AssistancePatch = z.discriminatedUnion(
  'kind',
  [
    patchOf('job', jobFields),
    patchOf('medical', medicalFields),
    patchOf('health_check', healthCheckFields),
    patchOf('donation', donationFields),
    patchOf('project', projectFields),
    patchOf('loan', loanFields),
    patchOf('good_deed', goodDeedFields),
  ],
  { error: 'field.assistance_kind' },
);
export type AssistancePatch = z.infer<typeof AssistancePatch>;

/** Parse a whole record of the kind (a stored record with a patch applied). */
export const createSchemaOf = {
  job: JobCreate,
  medical: MedicalCreate,
  health_check: HealthCheckCreate,
  donation: DonationCreate,
  project: ProjectCreate,
  loan: LoanCreate,
  good_deed: GoodDeedCreate,
} as const;

export const AssistanceListQuery = zPageQuery
  .extend({
    kind: z.enum(ASSISTANCE_KINDS).optional(),
    village: zRegionCode.optional().describe('Records for this village or its households'),
    from: zDate.optional().describe('On or after this date'),
    to: zDate.optional().describe('On or before this date'),
    measure: z.enum(MEASURES).optional(),
    cadre: zUuid.optional().describe('Arranged by this cadre'),
    household: zUuid.optional(),
    person: zUuid.optional(),
    status: z.enum(ASSISTANCE_STATUSES).optional(),
    includeVoided: zBoolFlag.optional().describe('Include voided records'),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.to < q.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.date_order' });
    }
  });
export type AssistanceListQuery = z.infer<typeof AssistanceListQuery>;

export const VoidInput = z.strictObject({ reason: zRequiredText(500) });
export type VoidInput = z.infer<typeof VoidInput>;

/** Who a record is for: a person, a household or a village. */
export function beneficiaryKindOf(input: AssistanceCreate): BeneficiaryKind {
  switch (input.kind) {
    case 'job':
    case 'medical':
      return 'person';
    case 'health_check':
    case 'project':
      return 'village';
    case 'loan':
      return 'household';
    case 'donation':
      return input.recipients[0]?.householdId ? 'household' : 'village';
    case 'good_deed':
      return input.personId ? 'person' : 'household';
  }
}
