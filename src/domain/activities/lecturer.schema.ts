/** Relative lecturers (宣讲员): paired relatives trained to lecture other villagers. */
import { z } from 'zod';
import { zPageQuery, zPastDate, zRegionCode, zText, zUuid } from '../common.schema.js';

export const LecturerCreate = z.strictObject({
  personId: zUuid,
  trainedOn: zPastDate.describe('Day the training as a lecturer ended'),
  notes: zText(500).default(''),
});
export type LecturerCreate = z.infer<typeof LecturerCreate>;

export const LecturerListQuery = zPageQuery.extend({
  village: zRegionCode.optional(),
});
export type LecturerListQuery = z.infer<typeof LecturerListQuery>;

export const Lecturer = z.object({
  id: zUuid,
  personId: zUuid,
  name: z.string(),
  householdId: zUuid,
  villageCode: z.string(),
  trainedOn: z.string(),
  notes: z.string(),
  lecturesLed: z.number().int().describe('Activities led (not voided)'),
  villagersReached: z.number().int().describe('Sum of their headcounts'),
  createdAt: z.string(),
});
export type Lecturer = z.infer<typeof Lecturer>;
