/** An assistance record as the API answers it: common fields, beneficiaries, and the kind's details. */
import { z } from 'zod';
import { zUuid } from '../common.schema.js';
import { MEASURES } from '../measures.js';
import {
  ASSISTANCE_STATUSES,
  BENEFICIARY_KINDS,
  JOB_CHANNELS,
  JOB_PLACES,
  LOAN_STATUSES,
  MEDICAL_KINDS,
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
} from './enums.js';

export const Beneficiary = z.object({
  householdId: zUuid.nullable(),
  personId: zUuid.nullable(),
  villageCode: z.string(),
  villageName: z.string(),
  name: z.string().describe("The person's name, the household head's name, or the village name"),
});
export type Beneficiary = z.infer<typeof Beneficiary>;

const common = {
  id: zUuid,
  measure: z.enum(MEASURES),
  status: z.enum(ASSISTANCE_STATUSES),
  date: z.string(),
  beneficiaryKind: z.enum(BENEFICIARY_KINDS),
  beneficiaries: z.array(Beneficiary),
  arrangedByCadreId: zUuid.nullable(),
  arrangedByCadreName: z.string().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable().describe('The user who recorded (arranged) it'),
  updatedAt: z.string(),
  voidedAt: z.string().nullable(),
  voidedBy: z.string().nullable(),
  voidReason: z.string().nullable(),
};

export const JobRecord = z.object({
  ...common,
  kind: z.literal('job'),
  personId: zUuid,
  employer: z.string(),
  jobTitle: z.string(),
  place: z.enum(JOB_PLACES),
  channel: z.enum(JOB_CHANNELS),
  startDate: z.string(),
  endDate: z.string().nullable(),
  monthlyWageFen: z.number().int(),
});

export const MedicalRecord = z.object({
  ...common,
  kind: z.literal('medical'),
  personId: zUuid,
  medicalKind: z.enum(MEDICAL_KINDS).nullable().describe('Null for roles without health data'),
  provider: z.string().nullable(),
  costFen: z.number().int().nullable(),
  paidBy: z.string().nullable(),
});

export const HealthCheckRecord = z.object({
  ...common,
  kind: z.literal('health_check'),
  provider: z.string(),
  villages: z.array(
    z.object({ villageCode: z.string(), villageName: z.string(), peopleChecked: z.number().int() }),
  ),
  peopleChecked: z.number().int().describe('Total over the villages'),
});

export const DonatedQuantity = z.object({
  itemId: zUuid,
  itemName: z.string(),
  unit: z.string(),
  quantity: z.number().int(),
});

export const DonationRecord = z.object({
  ...common,
  kind: z.literal('donation'),
  donor: z.string(),
  recipients: z.array(
    z.object({
      householdId: zUuid.nullable(),
      villageCode: z.string(),
      name: z.string(),
      items: z.array(DonatedQuantity),
    }),
  ),
  totals: z.array(DonatedQuantity).describe('Quantities per item over the shown recipients'),
});

export const ProjectRecord = z.object({
  ...common,
  kind: z.literal('project'),
  villageCode: z.string(),
  projectName: z.string(),
  category: z.enum(PROJECT_CATEGORIES),
  projectStatus: z.enum(PROJECT_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  funds: z.array(z.object({ source: z.string(), amountFen: z.number().int() })),
  fundsTotalFen: z.number().int(),
  householdCount: z.number().int().nullable(),
  householdIds: z.array(zUuid),
});

export const LoanRecord = z.object({
  ...common,
  kind: z.literal('loan'),
  householdId: zUuid,
  lender: z.string(),
  amountFen: z.number().int(),
  purpose: z.string(),
  termMonths: z.number().int(),
  loanStatus: z.enum(LOAN_STATUSES),
});

export const GoodDeedRecord = z.object({
  ...common,
  kind: z.literal('good_deed'),
  householdId: zUuid.nullable(),
  personId: zUuid.nullable(),
  description: z.string(),
});

export const AssistanceRecord = z.discriminatedUnion('kind', [
  JobRecord,
  MedicalRecord,
  HealthCheckRecord,
  DonationRecord,
  ProjectRecord,
  LoanRecord,
  GoodDeedRecord,
]);
export type AssistanceRecord = z.infer<typeof AssistanceRecord>;

/** The fields every kind of record shares. */
export const AssistanceCommon = z.object(common);
export type AssistanceCommon = z.infer<typeof AssistanceCommon>;
