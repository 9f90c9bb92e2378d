/** Training courses (培训班): skill, trainer, place, dates and capacity. */
import { z } from 'zod';
import { zDate, zRegionCode, zRequiredText, zText, zUuid } from '../common.schema.js';
import type { FieldProblem } from '../errors.js';
import { PLACE_KINDS, SKILLS, type PlaceKind } from './enums.js';
import { addProblems, recordMeta, zPeriodQuery } from './record.schema.js';

const fields = {
  skill: z.enum(SKILLS),
  title: zRequiredText(200),
  trainerName: zText(100).describe('Name of the trainer (e.g. a chef sent to the village)'),
  trainerUserId: zUuid.nullable().describe('The trainer as a bangfu user, if they are one'),
  placeKind: z.enum(PLACE_KINDS),
  placeCode: zRegionCode.nullable().describe('Village code when the course is held in a village'),
  placeText: zText(200).describe('Place in words (venue, or the city for capital/other)'),
  startDate: zDate,
  endDate: zDate,
  capacity: z.number().int().min(1).max(10_000),
  note: zText(1000),
};

/** The fields the course rules look at. */
export interface CourseRuleFields {
  readonly trainerName: string;
  readonly trainerUserId: string | null;
  readonly placeKind: PlaceKind;
  readonly placeCode: string | null;
  readonly placeText: string;
  readonly startDate: string;
  readonly endDate: string;
}

/** Rules across fields: a trainer is named, the place fits its kind, the end is not before the start. */
export function courseProblems(c: CourseRuleFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!c.trainerName && !c.trainerUserId) {
    problems.push({ path: 'trainerName', key: 'field.trainer_required' });
  }
  if (c.placeKind === 'village' && !c.placeCode) {
    problems.push({ path: 'placeCode', key: 'field.required' });
  }
  if (c.placeKind === 'other' && !c.placeText) {
    problems.push({ path: 'placeText', key: 'field.required' });
  }
  if (c.endDate < c.startDate) {
    problems.push({ path: 'endDate', key: 'field.date_order' });
  }
  return problems;
}

export const CourseCreate = z
  .strictObject({
    ...fields,
    trainerName: fields.trainerName.default(''),
    trainerUserId: fields.trainerUserId.optional().default(null),
    placeCode: fields.placeCode.optional().default(null),
    placeText: fields.placeText.default(''),
    note: fields.note.default(''),
  })
  .superRefine((c, ctx) => addProblems(courseProblems(c), ctx));
export type CourseCreate = z.infer<typeof CourseCreate>;

/** A correction: any subset of fields; the rules are checked again on the merged record. */
export const CoursePatch = z.strictObject(fields).partial();
export type CoursePatch = z.infer<typeof CoursePatch>;

export const CourseListQuery = zPeriodQuery.extend({
  skill: z.enum(SKILLS).optional(),
  placeKind: z.enum(PLACE_KINDS).optional(),
});
export type CourseListQuery = z.infer<typeof CourseListQuery>;

export const Course = z.object({
  id: zUuid,
  skill: z.enum(SKILLS),
  title: z.string(),
  trainerName: z.string(),
  trainerUserId: z.string().nullable(),
  placeKind: z.enum(PLACE_KINDS),
  placeCode: z.string().nullable(),
  placeName: z.string().describe('Village name, the capital, or the place text'),
  placeText: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  capacity: z.number().int(),
  enrolledCount: z.number().int().describe('Enrollments not voided'),
  note: z.string(),
  ...recordMeta,
});
export type Course = z.infer<typeof Course>;
