/** The home dashboard's figures: the query and the answer (also the OpenAPI doc and whitelist). */
import { z } from 'zod';
import { zDate, zRegionCode } from '../../domain/common.schema.js';
import { ASSISTANCE_KINDS } from '../../domain/assistance/enums.js';
import { MEASURES } from '../../domain/measures.js';
import { POVERTY_STATUSES } from '../../domain/registry/enums.js';

export const StatsQuery = z.object({
  village: zRegionCode.optional().describe('Only this village (12-digit code)'),
  date: zDate
    .optional()
    .describe('The day the figures are as of: its month, the month before and its year; today'),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

const count = z.number().int().min(0);
const countsOf = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, count])) as Record<T[number], typeof count>);

export const StatsOverview = z.object({
  asOf: z.string().describe('YYYY-MM-DD'),
  month: z.string().describe('YYYY-MM of asOf'),
  lastMonth: z.string().describe('YYYY-MM before it'),
  year: z.number().int(),
  village: z.string().nullable(),
  scope: z.enum(['program', 'cadre']).describe("cadre: only the caller's paired households"),
  households: z.object({
    total: count,
    byStatus: countsOf(POVERTY_STATUSES),
    withLeadCadre: count.describe('Households with a current lead cadre'),
  }),
  visits: z.object({
    thisMonth: count.describe('Activities of type home_visit this month'),
    lastMonth: count,
  }),
  activities: z.object({ thisMonth: count, byMeasure: countsOf(MEASURES) }),
  assistance: z.object({
    thisYear: count.describe('Acts of help dated this year, cancelled ones left out'),
    byKind: countsOf(ASSISTANCE_KINDS),
  }),
  training: z.object({
    trainees: count.describe('People enrolled this year'),
    completions: count.describe('Enrollments completed this year'),
  }),
  fund: z.object({
    balanceFen: z.number().int().nullable().describe('The study fund balance; null for cadres'),
    studentsPaid: count.describe('Students paid a grant this year'),
    runsAwaitingApproval: count.nullable().describe('Grant runs submitted; null for cadres'),
  }),
  industry: z.object({
    cooperatives: count,
    salesThisYear: count,
    salesRevenueFen: z.number().int().min(0).describe('Sales revenue this year, fen'),
  }),
});
export type StatsOverview = z.infer<typeof StatsOverview>;
