/** Households (结对户): registration with members, corrections, status changes, lists. */
import { z } from 'zod';
import {
  zDate,
  zIdNumber,
  zPageQuery,
  zPhone,
  zRegionCode,
  zText,
  zUuid,
  zYear,
} from '../common.schema.js';
import { POVERTY_STATUSES } from './enums.js';
import { PersonInput } from './person.schema.js';

export const HouseholdCreate = z
  .strictObject({
    villageCode: zRegionCode,
    address: zText(200).default(''),
    phone: zPhone.nullable().optional(),
    status: z.enum(POVERTY_STATUSES).default('registered_poor'),
    statusDate: zDate.optional().describe('When the status took effect; today if absent'),
    exitYear: zYear.nullable().optional(),
    members: z.array(PersonInput).min(1).max(30),
  })
  .superRefine((h, ctx) => {
    if (h.status === 'exited' && !h.exitYear) {
      ctx.addIssue({ code: 'custom', path: ['exitYear'], message: 'field.exit_year' });
    }
    const heads = h.members.filter((m) => m.relation === 'head').length;
    if (heads !== 1) {
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'field.one_head' });
    }
    const ids = h.members.map((m) => m.idNumber).filter((x): x is string => !!x);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'field.duplicate_id' });
    }
  });
export type HouseholdCreate = z.infer<typeof HouseholdCreate>;

export const HouseholdPatch = z.strictObject({
  villageCode: zRegionCode.optional(),
  address: zText(200).optional(),
  phone: zPhone.nullable().optional(),
});
export type HouseholdPatch = z.infer<typeof HouseholdPatch>;

export const StatusChange = z
  .strictObject({
    status: z.enum(POVERTY_STATUSES),
    effectiveDate: zDate,
    exitYear: zYear.nullable().optional(),
    reason: zText(500).default(''),
  })
  .superRefine((s, ctx) => {
    if (s.status === 'exited' && !s.exitYear) {
      ctx.addIssue({ code: 'custom', path: ['exitYear'], message: 'field.exit_year' });
    }
  });
export type StatusChange = z.infer<typeof StatusChange>;

export const HouseholdListQuery = zPageQuery.extend({
  village: zRegionCode.optional().describe('Village code'),
  status: z.enum(POVERTY_STATUSES).optional(),
  cadre: zUuid.optional().describe('Households currently paired with this cadre'),
  q: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .optional()
    .describe('Name, pinyin, pinyin initials, or the last 4+ digits of an ID number'),
});
export type HouseholdListQuery = z.infer<typeof HouseholdListQuery>;

export const HouseholdSummary = z.object({
  id: zUuid,
  villageCode: z.string(),
  villageName: z.string(),
  address: z.string(),
  headName: z.string(),
  memberCount: z.number().int(),
  status: z.enum(POVERTY_STATUSES),
  statusSince: z.string(),
  exitYear: z.number().int().nullable(),
  matched: z.string().nullable().describe('The member name a search matched'),
});
export type HouseholdSummary = z.infer<typeof HouseholdSummary>;

export const StatusHistoryEntry = z.object({
  id: zUuid,
  status: z.enum(POVERTY_STATUSES),
  effectiveDate: z.string(),
  exitYear: z.number().int().nullable(),
  reason: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});

export const Household = HouseholdSummary.omit({ matched: true }).extend({
  phone: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Household = z.infer<typeof Household>;

export { zIdNumber };
