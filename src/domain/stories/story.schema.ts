/** Stories: a family member's own words, the records they speak of, and consent to publish. */
import { z } from 'zod';
import { zBoolFlag, zDate, zPastDate, zRequiredText, zText, zUuid } from '../common.schema.js';
import { recordMeta, zPeriodQuery } from '../training/record.schema.js';
import { CONSENT_METHODS, STORY_RECORD_KINDS } from './enums.js';

export const StoryLink = z.strictObject({
  kind: z.enum(STORY_RECORD_KINDS),
  recordId: zUuid,
});
export type StoryLink = z.infer<typeof StoryLink>;

/** Consent given needs its date, how and by whom; withdrawal needs only the date (today if absent). */
export const ConsentInput = z
  .strictObject({
    given: z.boolean(),
    date: zDate.optional(),
    method: z.enum(CONSENT_METHODS).optional(),
    byPersonId: zUuid.optional().describe('The household member who gave consent'),
  })
  .superRefine((c, ctx) => {
    if (!c.given) {
      return;
    }
    for (const key of ['date', 'method', 'byPersonId'] as const) {
      if (c[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'field.required' });
      }
    }
  });
export type ConsentInput = z.infer<typeof ConsentInput>;

const fields = {
  personId: zUuid.nullable().describe('The family member quoted, if one is named'),
  quote: zRequiredText(2000).describe('The quote in the original words'),
  saidOn: zPastDate,
  title: zText(200),
  links: z.array(StoryLink).max(20).describe('Replaces the whole list when given'),
};

export const StoryCreate = z.strictObject({
  householdId: zUuid,
  ...fields,
  personId: fields.personId.optional().default(null),
  title: fields.title.default(''),
  links: fields.links.default([]),
  consent: ConsentInput.optional().describe('Without it the story is not publishable'),
});
export type StoryCreate = z.infer<typeof StoryCreate>;

export const StoryPatch = z.strictObject(fields).partial();
export type StoryPatch = z.infer<typeof StoryPatch>;

export const StoryListQuery = zPeriodQuery.extend({
  household: zUuid.optional(),
  cadre: zUuid.optional().describe('Stories of households currently paired with this cadre'),
  publishable: zBoolFlag
    .optional()
    .describe('Only stories whose family consented to publication (never voided ones)'),
});
export type StoryListQuery = z.infer<typeof StoryListQuery>;

export const Consent = z.object({
  given: z.boolean(),
  date: z.string().nullable(),
  method: z.enum(CONSENT_METHODS).nullable(),
  byPersonId: z.string().nullable(),
  byPersonName: z.string().nullable(),
});
export type Consent = z.infer<typeof Consent>;

export const Story = z.object({
  id: zUuid,
  householdId: zUuid,
  villageCode: z.string(),
  villageName: z.string(),
  headName: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  quote: z.string(),
  saidOn: z.string(),
  title: z.string(),
  links: z.array(z.object({ kind: z.enum(STORY_RECORD_KINDS), recordId: z.string() })),
  consent: Consent,
  publishable: z.boolean().describe('Consent given and not voided'),
  ...recordMeta,
});
export type Story = z.infer<typeof Story>;
