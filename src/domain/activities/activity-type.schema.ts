/** Activity types (活动类型): an admin-extendable list, each tied to one measure or to any. */
import { z } from 'zod';
import { zPageQuery, zRequiredText } from '../common.schema.js';
import { MEASURES } from '../measures.js';

export const zTypeCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, { message: 'field.type_code' })
  .describe('Type code: lower-case letters, digits and _, 2–40 characters, e.g. micro_classroom');

export const ActivityTypeCreate = z.strictObject({
  typeCode: zTypeCode,
  nameZh: zRequiredText(50),
  nameEn: zRequiredText(80),
  measure: z
    .enum(MEASURES)
    .nullable()
    .default(null)
    .describe('The measure activities of this type belong to; null: any measure'),
  active: z.boolean().default(true),
  sort: z.number().int().min(0).max(10_000).default(100),
});
export type ActivityTypeCreate = z.infer<typeof ActivityTypeCreate>;

/** Rename, reorder or (de)activate; the code and the measure never change once activities use them. */
export const ActivityTypePatch = z.strictObject({
  nameZh: zRequiredText(50).optional(),
  nameEn: zRequiredText(80).optional(),
  active: z.boolean().optional(),
  sort: z.number().int().min(0).max(10_000).optional(),
});
export type ActivityTypePatch = z.infer<typeof ActivityTypePatch>;

export const ActivityTypeListQuery = zPageQuery.extend({
  measure: z
    .enum(MEASURES)
    .optional()
    .describe('Types usable for this measure (incl. any-measure)'),
  includeInactive: z.enum(['true', 'false']).optional(),
});
export type ActivityTypeListQuery = z.infer<typeof ActivityTypeListQuery>;

export const ActivityType = z.object({
  typeCode: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  measure: z.enum(MEASURES).nullable(),
  active: z.boolean(),
  sort: z.number().int(),
});
export type ActivityType = z.infer<typeof ActivityType>;

export const zTypeCodeParam = z.object({ typeCode: zTypeCode });
