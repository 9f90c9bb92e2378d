/**
 * The indicator catalogue: what each figure of the work brief counts, from which records, in
 * which unit, with which filters, and how it is answered fast. Names, definitions and the brief's
 * sentence templates are catalogue messages `indicator.<id>.name|definition|sentence`.
 */
import type { Measure } from '../measures.js';

/** How a figure is made from its contributions. */
export const INDICATOR_KINDS = ['sum', 'distinct_villages', 'growth', 'share', 'recency'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Display units; labels are the messages `indicator.unit.<code>`. */
export const DISPLAY_UNITS = [
  'person',
  'person_time',
  'household',
  'item',
  'time',
  'case',
  'yuan',
  'wan_yuan',
  'percent',
] as const;
export type DisplayUnit = (typeof DISPLAY_UNITS)[number];

/** What a breakdown key is (its labels come from the records, e.g. a donation item's name). */
export const BREAKDOWNS = [
  'place',
  'medical_kind',
  'item',
  'category',
  'semester',
  'credential_kind',
  'channel',
  'buyer_region',
  'certification_kind',
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/**
 * How the fast path answers: `summary` sums the summary rows of months × villages; `gauge` reads
 * moment counters kept by the same triggers (coverage, last visits). A cadre filter, or a period
 * not in whole months, is answered by the raw query over indexes.
 */
export type FastPath = 'summary' | 'gauge';

export interface IndicatorDef {
  readonly id: string;
  /** The measure, or null for program-wide figures (exits, coverage, visits). */
  readonly measure: Measure | null;
  readonly kind: IndicatorKind;
  /** The summary rows it reads (indicator_facts.indicator_id). */
  readonly fact: string;
  /** For `share`: the denominator's summary rows. */
  readonly denominator?: string;
  /** Money is counted in fen and shown in `unit` (元 or 万元). */
  readonly money: boolean;
  readonly unit: DisplayUnit;
  readonly breakdown?: Breakdown;
  readonly fast: FastPath;
  /** Filters it honours besides region: a period, the cadre's unit, the cadre's households. */
  readonly filters: { readonly period: boolean; readonly unit: boolean; readonly cadre: boolean };
  /** For `recency`: the window in days. */
  readonly days?: number;
}

const F = {
  all: { period: true, unit: true, cadre: true },
  noCadre: { period: true, unit: true, cadre: false },
  noUnit: { period: true, unit: false, cadre: true },
  periodOnly: { period: true, unit: false, cadre: false },
} as const;

function sum(
  id: string,
  measure: Measure | null,
  unit: DisplayUnit,
  filters: IndicatorDef['filters'],
  extra: Partial<IndicatorDef> = {},
): IndicatorDef {
  return {
    id,
    measure,
    kind: 'sum',
    fact: id,
    money: false,
    unit,
    fast: 'summary',
    filters,
    ...extra,
  };
}

/** Every indicator, in the order of the brief. */
export const INDICATORS: readonly IndicatorDef[] = [
  sum('micro_classrooms', 'education', 'time', F.all),
  sum('micro_classroom_attendance', 'education', 'person_time', F.all),
  sum('lecturer_activities', 'education', 'time', F.all),
  sum('lecture_reach', 'education', 'person_time', F.all),
  sum('jobs_near_home', 'relief', 'person', F.all),
  sum('jobs_away', 'relief', 'person', F.all, { breakdown: 'place' }),
  sum('medical_cases', 'relief', 'case', F.all, { breakdown: 'medical_kind' }),
  sum('prostheses', 'relief', 'item', F.all),
  sum('health_check_people', 'relief', 'person', F.noCadre),
  {
    ...sum('health_check_villages', 'relief', 'item', F.noCadre),
    kind: 'distinct_villages',
    fact: 'health_check_people',
  },
  sum('donated_items', 'relief', 'item', F.all, { breakdown: 'item' }),
  sum('project_funds', 'relief', 'wan_yuan', F.noCadre, { money: true, breakdown: 'category' }),
  sum('loans', 'relief', 'case', F.all),
  sum('loan_amount', 'relief', 'wan_yuan', F.all, { money: true }),
  sum('students_paid', 'relief', 'person_time', F.noUnit, { breakdown: 'semester' }),
  sum('study_grants_amount', 'relief', 'yuan', F.noUnit, { money: true, breakdown: 'semester' }),
  sum('epidemic_activities', 'epidemic', 'time', F.all),
  sum('trainees', 'training', 'person', F.noUnit),
  sum('completions', 'training', 'person', F.noUnit),
  sum('licences', 'training', 'item', F.noUnit, { breakdown: 'credential_kind' }),
  sum('trainees_exited', 'training', 'person', F.noUnit),
  sum('training_income_followups', 'training', 'person_time', F.noUnit),
  sum('training_income_gain', 'training', 'yuan', F.noUnit, { money: true }),
  sum('cooperatives', 'industry', 'item', F.periodOnly),
  sum('certifications', 'industry', 'item', F.periodOnly, { breakdown: 'certification_kind' }),
  sum('sales_revenue', 'industry', 'wan_yuan', F.periodOnly, { money: true, breakdown: 'channel' }),
  sum('sales_by_buyer', 'industry', 'wan_yuan', F.periodOnly, {
    money: true,
    breakdown: 'buyer_region',
  }),
  sum('collective_income', 'industry', 'wan_yuan', F.periodOnly, { money: true }),
  {
    ...sum('collective_income_growth', 'industry', 'percent', F.periodOnly),
    kind: 'growth',
    fact: 'collective_income',
  },
  sum('households_exited', null, 'household', F.noUnit),
  {
    ...sum('pairing_coverage', null, 'percent', { period: false, unit: true, cadre: true }),
    kind: 'share',
    fact: 'lead_households',
    denominator: 'households',
    fast: 'gauge',
  },
  ...[30, 90].map((days): IndicatorDef => ({
    ...sum(`visited_${days}d`, null, 'household', { period: false, unit: false, cadre: true }),
    kind: 'recency',
    fact: 'visit_last',
    fast: 'gauge',
    days,
  })),
];

export const INDICATOR_IDS = INDICATORS.map((i) => i.id);

const BY_ID: ReadonlyMap<string, IndicatorDef> = new Map(INDICATORS.map((i) => [i.id, i]));

/** The definition of an indicator, or undefined for an unknown id. */
export function indicatorById(id: string): IndicatorDef | undefined {
  return BY_ID.get(id);
}

/** The filters given that an indicator cannot honour (its value is then not given). */
export function unsupportedFilters(
  def: IndicatorDef,
  filters: { readonly unit?: string | undefined; readonly cadre?: string | undefined },
): ('unit' | 'cadre')[] {
  const out: ('unit' | 'cadre')[] = [];
  if (filters.unit && !def.filters.unit) {
    out.push('unit');
  }
  if (filters.cadre && !def.filters.cadre) {
    out.push('cadre');
  }
  return out;
}
