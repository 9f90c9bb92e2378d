/** The "five ones" (五个一) campaign: one checklist of five items per current pairing. */
import { z } from 'zod';
import {
  zDate,
  zPageQuery,
  zPastDate,
  zRegionCode,
  zRequiredText,
  zText,
  zUuid,
} from '../common.schema.js';
import { MEASURES } from '../measures.js';
import { FIVE_ONES_ITEMS, PROGRESS_GROUPINGS } from './enums.js';

export const CampaignCreate = z
  .strictObject({
    title: zRequiredText(100).describe('e.g. 石榴花开·我与亲戚共战疫'),
    startDate: zDate,
    endDate: zDate,
  })
  .superRefine((c, ctx) => {
    if (c.endDate < c.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'field.date_order' });
    }
  });
export type CampaignCreate = z.infer<typeof CampaignCreate>;

export const Campaign = z.object({
  id: zUuid,
  title: z.string(),
  measure: z.enum(MEASURES),
  startDate: z.string(),
  endDate: z.string(),
  checklistCount: z.number().int(),
  itemCount: z.number().int(),
  doneCount: z.number().int(),
  percentDone: z.number().describe('Items done out of all items, in percent (one decimal)'),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type Campaign = z.infer<typeof Campaign>;

export const CampaignListQuery = zPageQuery;
export type CampaignListQuery = z.infer<typeof CampaignListQuery>;

export const ChecklistListQuery = zPageQuery.extend({
  cadre: zUuid.optional(),
  unit: zUuid.optional(),
  village: zRegionCode.optional(),
});
export type ChecklistListQuery = z.infer<typeof ChecklistListQuery>;

export const ChecklistItem = z.object({
  item: z.enum(FIVE_ONES_ITEMS),
  done: z.boolean(),
  date: z.string().nullable(),
  note: z.string(),
  activityId: zUuid.nullable(),
  assistanceId: zUuid.nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Checklist = z.object({
  id: zUuid,
  campaignId: zUuid,
  pairingId: zUuid,
  cadreId: zUuid,
  cadreName: z.string(),
  unitId: zUuid,
  unitName: z.string(),
  householdId: zUuid,
  headName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  doneCount: z.number().int(),
  items: z.array(ChecklistItem),
});
export type Checklist = z.infer<typeof Checklist>;

export const ItemParams = z.object({
  id: zUuid,
  checklistId: zUuid,
  item: z.enum(FIVE_ONES_ITEMS),
});

export const ItemUpdate = z.strictObject({
  done: z.boolean(),
  date: zPastDate.nullable().optional().describe('When it was done; today if absent'),
  note: zText(500).default(''),
  activityId: zUuid.nullable().optional().describe('The activity it was done in'),
  assistanceId: zUuid.nullable().optional().describe('The assistance record it was done as'),
});
export type ItemUpdate = z.infer<typeof ItemUpdate>;

export const ProgressQuery = z.object({
  by: z.enum(PROGRESS_GROUPINGS).default('cadre'),
});
export type ProgressQuery = z.infer<typeof ProgressQuery>;

export const ProgressRow = z.object({
  id: zUuid.describe('Cadre or unit id'),
  name: z.string(),
  checklists: z.number().int(),
  items: z.number().int(),
  done: z.number().int(),
  percent: z.number().describe('Items done in percent, one decimal'),
});
export type ProgressRow = z.infer<typeof ProgressRow>;

export const Progress = z.object({
  campaignId: zUuid,
  by: z.enum(PROGRESS_GROUPINGS),
  rows: z.array(ProgressRow),
});
export type Progress = z.infer<typeof Progress>;
