/** Activities (活动): what was done, when, where, by whom, with whom; corrections, voids, lists. */
import { z } from 'zod';
import {
  zBoolFlag,
  zDate,
  zPageQuery,
  zRegionCode,
  zRequiredText,
  zText,
  zUuid,
} from '../common.schema.js';
import { MEASURES } from '../measures.js';
import { isNotFuture, parseDateTime } from './activity.rules.js';
import { zTypeCode } from './activity-type.schema.js';
import { Photo } from './photo.schema.js';

export const MAX_HEADCOUNT = 100_000;

export const zOccurredAt = z
  .string()
  .transform((raw, ctx) => {
    const utc = parseDateTime(raw);
    if (utc === null) {
      ctx.addIssue({ code: 'custom', message: 'field.datetime' });
      return z.NEVER;
    }
    if (!isNotFuture(utc)) {
      ctx.addIssue({ code: 'custom', message: 'field.datetime_future' });
      return z.NEVER;
    }
    return utc;
  })
  .describe('Date and time, ISO 8601 (2026-09-12T10:30:00+08:00); without a zone: Beijing time');

/** A list of record ids, each once. */
const zIdList = (max: number) =>
  z
    .array(zUuid)
    .max(max)
    .transform((ids) => [...new Set(ids)]);

const editable = {
  measure: z.enum(MEASURES),
  typeCode: zTypeCode,
  occurredAt: zOccurredAt,
  villageCode: zRegionCode.nullable().describe('Village where it took place'),
  householdId: zUuid.nullable().describe('The household whose home it took place in'),
  online: z.boolean(),
  organizerCadreId: zUuid.nullable().describe('Organizing cadre; a cadre records as themselves'),
  cadreIds: zIdList(50).describe('Other cadres taking part'),
  householdIds: zIdList(500).describe('Participant households'),
  personIds: zIdList(2000).describe('Participant persons (their households are added)'),
  headcount: z
    .number()
    .int()
    .min(0)
    .max(MAX_HEADCOUNT)
    .describe('People reached; at least the number of listed persons'),
  topic: zRequiredText(200),
  notes: zText(2000),
  lecturerPersonId: zUuid
    .nullable()
    .describe('A paired relative trained as a lecturer who led it (cadre → relative → villager)'),
};

export const ActivityCreate = z.strictObject({
  ...editable,
  villageCode: editable.villageCode.optional(),
  householdId: editable.householdId.optional(),
  online: editable.online.default(false),
  organizerCadreId: editable.organizerCadreId.optional(),
  cadreIds: editable.cadreIds.default([]),
  householdIds: editable.householdIds.default([]),
  personIds: editable.personIds.default([]),
  headcount: editable.headcount.optional().describe('Defaults to the number of listed persons'),
  notes: editable.notes.default(''),
  lecturerPersonId: editable.lecturerPersonId.optional(),
});
export type ActivityCreate = z.infer<typeof ActivityCreate>;

/** A correction: any subset; participant lists given replace the stored ones. */
export const ActivityPatch = z.strictObject(editable).partial();
export type ActivityPatch = z.infer<typeof ActivityPatch>;

export const VoidInput = z.strictObject({ reason: zRequiredText(500) });
export type VoidInput = z.infer<typeof VoidInput>;

const periodFilters = {
  village: zRegionCode.optional().describe('Village code (12 digits)'),
  from: zDate.optional().describe('First day (the record date, Beijing time)'),
  to: zDate.optional().describe('Last day, inclusive'),
  measure: z.enum(MEASURES).optional(),
};

function checkPeriod(
  q: { from?: string | undefined; to?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (q.from && q.to && q.to < q.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.date_order' });
  }
}

export const ActivityListQuery = zPageQuery
  .extend({
    ...periodFilters,
    type: zTypeCode.optional().describe('Activity type code'),
    cadre: zUuid.optional().describe('Organized by or taking part: this cadre'),
    household: zUuid.optional().describe('Held at or taking part: this household'),
    includeVoided: zBoolFlag.optional(),
  })
  .superRefine(checkPeriod);
export type ActivityListQuery = z.infer<typeof ActivityListQuery>;

/** Most households one latest-activity request may name (a cadre's families fit many times over). */
export const MAX_LATEST_HOUSEHOLDS = 100;

export const LatestQuery = z.strictObject({
  type: zTypeCode.describe('Activity type code, e.g. home_visit'),
  householdIds: z
    .string()
    .max(MAX_LATEST_HOUSEHOLDS * 2 * 37)
    .transform((raw, ctx) => {
      const ids = [
        ...new Set(
          raw
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ];
      if (ids.length === 0 || ids.some((id) => !zUuid.safeParse(id).success)) {
        ctx.addIssue({ code: 'custom', message: 'field.invalid' });
        return z.NEVER;
      }
      if (ids.length > MAX_LATEST_HOUSEHOLDS) {
        ctx.addIssue({
          code: 'custom',
          message: 'field.too_many',
          params: { max: MAX_LATEST_HOUSEHOLDS },
        });
        return z.NEVER;
      }
      return ids;
    })
    .describe(`Comma-separated household ids, 1–${MAX_LATEST_HOUSEHOLDS}`),
});
export type LatestQuery = z.infer<typeof LatestQuery>;

export const LatestActivity = z.object({
  householdId: zUuid,
  occurredAt: z.string().describe('UTC instant of the latest one'),
  occurredOn: z.string().describe('Its record date (Beijing time)'),
});
export type LatestActivity = z.infer<typeof LatestActivity>;

export const CascadeQuery = z.strictObject(periodFilters).superRefine(checkPeriod);
export type CascadeQuery = z.infer<typeof CascadeQuery>;

export const Cascade = z.object({
  cadreLedActivities: z.number().int().describe('Led by a cadre, no relative lecturer'),
  lecturerLedActivities: z.number().int().describe('Led by a paired relative trained as lecturer'),
  villagersReachedByLecturers: z.number().int().describe('Sum of headcounts of those'),
  activeLecturers: z.number().int().describe('Distinct relative lecturers who led one'),
  lecturersTrained: z.number().int().describe('Relatives trained as lecturers in the period'),
});
export type Cascade = z.infer<typeof Cascade>;

const named = z.object({ id: zUuid, name: z.string() });

export const ActivitySummary = z.object({
  id: zUuid,
  measure: z.enum(MEASURES),
  typeCode: z.string(),
  occurredAt: z.string().describe('UTC instant'),
  occurredOn: z.string().describe('The record date (Beijing time)'),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  householdId: zUuid.nullable(),
  online: z.boolean(),
  organizer: named.nullable(),
  lecturer: named.extend({ householdId: zUuid }).nullable(),
  headcount: z.number().int(),
  topic: z.string(),
  householdCount: z.number().int(),
  photoCount: z.number().int(),
  voidedAt: z.string().nullable(),
});
export type ActivitySummary = z.infer<typeof ActivitySummary>;

export const ActivityDetail = ActivitySummary.extend({
  notes: z.string(),
  cadres: z.array(named),
  households: z.array(z.object({ id: zUuid, headName: z.string(), villageCode: z.string() })),
  persons: z.array(named.extend({ householdId: zUuid })),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  voidedBy: z.string().nullable(),
  voidReason: z.string().nullable(),
  photos: z.array(Photo).describe('Photos that are not void, oldest first'),
});
export type ActivityDetail = z.infer<typeof ActivityDetail>;
