/** The fields of each kind of assistance, without defaults: create and patch schemas build on them. */
import { z } from 'zod';
import { zDate, zFen, zRegionCode, zRequiredText, zText, zUuid } from '../common.schema.js';
import { MEASURES } from '../measures.js';
import {
  ASSISTANCE_STATUSES,
  JOB_CHANNELS,
  JOB_PLACES,
  LOAN_STATUSES,
  MEDICAL_KINDS,
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
} from './enums.js';

/** Largest count of people, items or households in one record. */
export const MAX_COUNT = 1_000_000;

const zCount = z.number().int().min(0).max(MAX_COUNT);

/** Fields every kind has. */
export const commonFields = {
  date: zDate.describe('When the help was given (or is planned), YYYY-MM-DD'),
  status: z.enum(ASSISTANCE_STATUSES),
  measure: z.enum(MEASURES).describe('relief by default; epidemic for epidemic donations'),
  arrangedByCadreId: zUuid.nullable().describe('The cadre who arranged it'),
  notes: zText(1000),
};

export const jobFields = {
  personId: zUuid.describe('The person placed in the job'),
  employer: zRequiredText(100),
  jobTitle: zRequiredText(100),
  place: z.enum(JOB_PLACES).describe('near_home 家门口, in_region 疆内, out_of_region 疆外'),
  channel: z.enum(JOB_CHANNELS),
  startDate: zDate,
  endDate: zDate.nullable().describe('Null while the job lasts'),
  monthlyWageFen: zFen,
};

export const medicalFields = {
  personId: zUuid,
  medicalKind: z.enum(MEDICAL_KINDS),
  provider: zRequiredText(100),
  costFen: zFen,
  paidBy: zText(100),
};

export const HealthCheckVillage = z.strictObject({
  villageCode: zRegionCode,
  peopleChecked: zCount,
});

export const healthCheckFields = {
  provider: zText(100),
  villages: z.array(HealthCheckVillage).min(1).max(200),
};

export const DonationLine = z.strictObject({
  itemId: zUuid.describe('A donation item from /donation-items'),
  quantity: z.number().int().min(1).max(MAX_COUNT),
});

/** One recipient of a donation: a household or a village, and what it received. */
export const DonationRecipient = z.strictObject({
  householdId: zUuid.optional(),
  villageCode: zRegionCode.optional(),
  items: z.array(DonationLine).min(1).max(50),
});

export const donationFields = {
  donor: zRequiredText(100),
  recipients: z.array(DonationRecipient).min(1).max(500),
};

export const FundSource = z.strictObject({
  source: zRequiredText(100),
  amountFen: zFen,
});

export const projectFields = {
  villageCode: zRegionCode,
  projectName: zRequiredText(100),
  category: z.enum(PROJECT_CATEGORIES),
  projectStatus: z.enum(PROJECT_STATUSES),
  startDate: zDate.nullable(),
  endDate: zDate.nullable(),
  funds: z.array(FundSource).max(50).describe('Funds raised, one row per source'),
  householdCount: zCount.nullable().describe('Households benefiting; at least the listed ones'),
  householdIds: z.array(zUuid).max(5000).describe('Households benefiting, when known by name'),
};

export const loanFields = {
  householdId: zUuid,
  lender: zRequiredText(100),
  amountFen: zFen,
  purpose: zRequiredText(200).describe('e.g. 购买牛羊'),
  termMonths: z.number().int().min(1).max(360),
  loanStatus: z.enum(LOAN_STATUSES),
};

export const goodDeedFields = {
  householdId: zUuid.nullable(),
  personId: zUuid.nullable(),
  description: zRequiredText(1000),
};
