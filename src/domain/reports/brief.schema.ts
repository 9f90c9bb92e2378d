/** The work brief (工作简报): its query and its structure as data, before it is rendered to Word. */
import { z } from 'zod';
import { zDate, zRegionCode, zUuid } from '../common.schema.js';
import { LOCALES } from '../messages/i18n.js';
import { MEASURES } from '../measures.js';

/** The permission a brief needs; the figures are then those of the actor's own scope. */
export const BRIEF_PERMISSION = 'reports.brief' as const;

/** Most photos and quotes one brief carries (newest first). */
export const BRIEF_LIMITS = { photos: 12, quotesPerSection: 2, quotesGeneral: 3 } as const;

export const BriefQuery = z
  .object({
    from: zDate.describe('Period start (record date on or after)'),
    to: zDate.describe('Period end (record date on or before)'),
    region: zRegionCode
      .optional()
      .describe('Region code: province, prefecture, county, township or village'),
    unit: zUuid.optional().describe('Org unit of the cadres who arranged or led the work'),
    lang: z.enum(LOCALES).default('zh-CN').describe('Language of the brief'),
  })
  .superRefine((q, ctx) => {
    if (q.to < q.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.date_order' });
    }
  });
export type BriefQuery = z.infer<typeof BriefQuery>;

/** One figure written as a sentence, with the footnote that traces it to its records. */
export const BriefFigure = z.object({
  indicatorId: z.string(),
  name: z.string(),
  value: z.number(),
  display: z.string(),
  sentence: z.string(),
  footnote: z.string(),
});
export type BriefFigure = z.infer<typeof BriefFigure>;

/** A consented quote of a paired relative. */
export const BriefQuote = z.object({
  storyId: z.string(),
  text: z.string(),
  attribution: z.string(),
});
export type BriefQuote = z.infer<typeof BriefQuote>;

/** A dated activity photo and its caption "YYYY-MM-DD 说明". */
export const BriefPhoto = z.object({
  photoId: z.string(),
  activityId: z.string(),
  sha256: z.string(),
  mime: z.string(),
  caption: z.string(),
});
export type BriefPhoto = z.infer<typeof BriefPhoto>;

export const BriefSection = z.object({
  measure: z.enum(MEASURES).nullable(),
  heading: z.string(),
  /** The section's figures, joined into one paragraph in order. */
  figures: z.array(BriefFigure),
  /** Written when the section has no figure. */
  emptyNote: z.string().nullable(),
  photos: z.array(BriefPhoto),
  quotes: z.array(BriefQuote),
});
export type BriefSection = z.infer<typeof BriefSection>;

/** The whole brief in one language. */
export const Brief = z.object({
  lang: z.enum(LOCALES),
  title: z.string(),
  subtitle: z.string(),
  summary: z.array(BriefFigure).describe('Headline figures of the whole program'),
  summaryIntro: z.string(),
  sections: z.array(BriefSection),
  notesHeading: z.string(),
  notes: z.array(z.string()).describe('One line per indicator used: name, id and definition'),
  closing: z.string(),
  /** How figures of a paragraph are joined, and how the paragraph ends (，。 or ; .). */
  join: z.string(),
  end: z.string(),
});
export type Brief = z.infer<typeof Brief>;
