/** Query and response schemas of the indicators API. */
import { z } from 'zod';
import { zDate, zPageQuery, zRegionCode, zUuid } from '../common.schema.js';
import { MEASURES } from '../measures.js';
import { BREAKDOWNS, DISPLAY_UNITS, INDICATOR_IDS, INDICATOR_KINDS } from './catalogue.js';

const zIndicatorId = z
  .string()
  .refine((id) => INDICATOR_IDS.includes(id), { message: 'field.indicator' })
  .describe('An indicator id from GET /indicators');

export const indicatorFilterShape = {
  from: zDate.optional().describe('Period start (record date on or after)'),
  to: zDate.optional().describe('Period end (record date on or before)'),
  region: zRegionCode
    .optional()
    .describe('Region code: province, prefecture, county, township or village'),
  unit: zUuid.optional().describe('Org unit of the cadre who arranged or led the work'),
  cadre: zUuid.optional().describe("Only this cadre's currently paired households"),
};

function checkPeriod(
  q: { from?: string | undefined; to?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (q.from && q.to && q.to < q.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.date_order' });
  }
}

export const IndicatorFilters = z.object(indicatorFilterShape).superRefine(checkPeriod);
export type IndicatorFilters = z.infer<typeof IndicatorFilters>;

export const ValuesQuery = z
  .object({
    ...indicatorFilterShape,
    ids: z
      .string()
      .max(2000)
      .optional()
      .transform((raw, ctx) => {
        const ids = (raw ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const unknown = ids.filter((id) => !INDICATOR_IDS.includes(id));
        if (unknown.length > 0) {
          ctx.addIssue({ code: 'custom', message: 'field.indicator' });
          return z.NEVER;
        }
        return ids;
      })
      .describe('Comma-separated indicator ids; all when absent'),
  })
  .superRefine(checkPeriod);
export type ValuesQuery = z.infer<typeof ValuesQuery>;

export const SeriesQuery = z
  .object({
    ...indicatorFilterShape,
    id: zIndicatorId,
    by: z.enum(['month', 'village', 'unit']).default('month'),
  })
  .superRefine(checkPeriod);
export type SeriesQuery = z.infer<typeof SeriesQuery>;

export const RecordsQuery = zPageQuery
  .extend({
    ...indicatorFilterShape,
    dim: z.string().max(200).optional().describe('Only the records of this breakdown key'),
  })
  .superRefine(checkPeriod);
export type RecordsQuery = z.infer<typeof RecordsQuery>;

export const IndicatorIdParam = z.object({ id: zIndicatorId });

export const IndicatorDescription = z.object({
  id: z.string(),
  measure: z.enum(MEASURES).nullable(),
  kind: z.enum(INDICATOR_KINDS),
  name: z.string(),
  definition: z.string(),
  sentence: z.string().describe('The work brief sentence, with {value} and {unit}'),
  unit: z.enum(DISPLAY_UNITS),
  unitLabel: z.string(),
  money: z.boolean().describe('Counted in fen, shown in the unit (元 or 万元)'),
  breakdown: z.enum(BREAKDOWNS).nullable(),
  fast: z.enum(['summary', 'gauge']).describe('How the whole-program figure is kept live'),
  filters: z.object({
    period: z.boolean(),
    region: z.boolean(),
    unit: z.boolean(),
    cadre: z.boolean().describe('Cadre filter: always answered by the raw query'),
  }),
});

export const Drill = z.object({
  path: z.string(),
  query: z.record(z.string(), z.string()),
});

export const BreakdownItem = z.object({ key: z.string(), label: z.string(), value: z.number() });

export const IndicatorValue = z.object({
  id: z.string(),
  value: z.number().nullable().describe('In the base unit: a count, fen for money, or percent'),
  display: z.string().nullable().describe('The value in the display unit, e.g. 12.35 (万元)'),
  unitLabel: z.string(),
  breakdown: z.array(BreakdownItem),
  parts: z.record(z.string(), z.number()).describe('Numerator and denominator, or the two years'),
  path: z.enum(['fast', 'raw']).describe('Summary rows, or the raw query over the records'),
  unsupported: z.array(z.enum(['unit', 'cadre'])).describe('Filters it cannot apply: no value'),
  drill: Drill,
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const ValuesResponse = z.object({
  filters: z.record(z.string(), z.string()),
  items: z.array(IndicatorValue),
});

export const SeriesResponse = z.object({
  id: z.string(),
  by: z.enum(['month', 'village', 'unit']),
  path: z.enum(['fast', 'raw']),
  points: z.array(z.object({ key: z.string(), label: z.string(), value: z.number() })),
});

export const IndicatorRecord = z.object({
  recordKind: z.string(),
  recordId: z.string(),
  part: z.string().describe('Which line of the record (a village, an item line), or empty'),
  date: z.string(),
  villageCode: z.string(),
  householdId: z.string().nullable(),
  dimKey: z.string(),
  value: z.number().describe('What this record adds to the figure'),
});
export type IndicatorRecord = z.infer<typeof IndicatorRecord>;
