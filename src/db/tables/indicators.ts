/** Row types of the indicator summaries, kept by triggers (see the 202611281910 migration). */

/** Sums per indicator, month, village, unit and breakdown key. */
export interface IndicatorFactsTable {
  indicator_id: string;
  /** 'YYYY-MM'; a last visit's day 'YYYY-MM-DD'; '' for moment counters. */
  month: string;
  village_code: string;
  unit_id: string;
  dim_key: string;
  value: number;
}

/** The same sums per county (12-digit code), without the unit: for wide regions. */
export interface IndicatorFactsCountyTable {
  indicator_id: string;
  month: string;
  county_code: string;
  dim_key: string;
  value: number;
}

/** Every source record's current contributions to the facts. */
export interface IndicatorLedgerTable {
  source: string;
  source_id: string;
  indicator_id: string;
  month: string;
  village_code: string;
  unit_id: string;
  dim_key: string;
  value: number;
}

export interface IndicatorsTables {
  indicator_facts: IndicatorFactsTable;
  indicator_facts_county: IndicatorFactsCountyTable;
  indicator_ledger: IndicatorLedgerTable;
}
