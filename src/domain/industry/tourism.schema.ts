/** Rural tourism projects (乡村旅游): rafting, scenic areas, with visitors and revenue per year. */
import { z } from 'zod';
import { zDate, zFen, zRegionCode, zRequiredText, zText, zUuid, zYear } from '../common.schema.js';
import { recordMeta, zPeriodQuery } from '../training/record.schema.js';
import { TOURISM_KINDS } from './enums.js';

export const TourismYearInput = z.strictObject({
  year: zYear,
  visitors: z.number().int().min(0).max(100_000_000).nullable().default(null),
  revenueFen: zFen.nullable().default(null),
});

const fields = {
  villageCode: zRegionCode,
  name: zRequiredText(200).describe('E.g. 水上漂流, 怪柳林景区'),
  kind: z.enum(TOURISM_KINDS),
  openedOn: zDate,
  description: zText(1000),
  years: z
    .array(TourismYearInput)
    .max(50)
    .superRefine((years, ctx) => {
      const seen = new Set<number>();
      years.forEach((y, i) => {
        if (seen.has(y.year)) {
          ctx.addIssue({ code: 'custom', path: [i, 'year'], message: 'field.duplicate_year' });
        }
        seen.add(y.year);
      });
    })
    .describe('Visitors and revenue per year; replaces the whole list when given'),
};

export const TourismCreate = z.strictObject({
  ...fields,
  description: fields.description.default(''),
  years: fields.years.default([]),
});
export type TourismCreate = z.infer<typeof TourismCreate>;

export const TourismPatch = z.strictObject(fields).partial();
export type TourismPatch = z.infer<typeof TourismPatch>;

export const TourismListQuery = zPeriodQuery.extend({ kind: z.enum(TOURISM_KINDS).optional() });
export type TourismListQuery = z.infer<typeof TourismListQuery>;

export const TourismYear = z.object({
  year: z.number().int(),
  visitors: z.number().int().nullable(),
  revenueFen: z.number().int().nullable(),
});
export type TourismYear = z.infer<typeof TourismYear>;

export const TourismProject = z.object({
  id: zUuid,
  villageCode: z.string(),
  villageName: z.string(),
  name: z.string(),
  kind: z.enum(TOURISM_KINDS),
  openedOn: z.string(),
  description: z.string(),
  years: z.array(TourismYear),
  ...recordMeta,
});
export type TourismProject = z.infer<typeof TourismProject>;
