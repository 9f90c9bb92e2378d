/** A household's timeline: everything done with and for it, newest first, across every kind. */
import { z } from 'zod';
import { zPageQuery, zUuid } from '../common.schema.js';
import { MEASURES } from '../measures.js';

export const TIMELINE_KINDS = [
  'activity',
  'assistance',
  'student',
  'grant',
  'training',
  'follow_up',
  'five_ones',
  'cooperative',
  'story',
  'status',
  'pairing_start',
  'pairing_end',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TimelineQuery = zPageQuery.extend({
  kind: z.enum(TIMELINE_KINDS).optional().describe('Only entries of this kind'),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

export const TimelineEntry = z.object({
  kind: z.enum(TIMELINE_KINDS),
  subtype: z.string().describe('Kind-specific code: activity type, assistance kind, status, item…'),
  id: z.string(),
  date: z.string().describe('The date of the event (YYYY-MM-DD)'),
  measure: z.enum(MEASURES).nullable(),
  title: z.string().describe('A short human text from the record (topic, employer, quote…)'),
  path: z.string().describe('The API path of the record behind the entry'),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const zHouseholdParam = z.object({ id: zUuid });
