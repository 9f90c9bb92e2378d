/** The dashboard's filters live in the URL query, so a view can be shared and bookmarked. */
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { IndicatorQuery } from './api';

export const PERIODS = ['year', 'month', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

/** The tabs: the five measures, then the program-wide figures. */
export const TABS = ['education', 'relief', 'epidemic', 'training', 'industry', 'program'] as const;
export type Tab = (typeof TABS)[number];

export interface DashboardState {
  readonly period: Period;
  readonly from: string;
  readonly to: string;
  readonly region: string | undefined;
  readonly unit: string | undefined;
  readonly tab: Tab;
  /** The indicator whose charts are shown. */
  readonly indicator: string | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The bounds of this year or this month (whole months, so the summary rows answer). */
export function periodBounds(period: Exclude<Period, 'custom'>, now = dayjs()): [string, string] {
  const unit = period === 'year' ? 'year' : 'month';
  return [now.startOf(unit).format('YYYY-MM-DD'), now.endOf(unit).format('YYYY-MM-DD')];
}

function readState(params: URLSearchParams): DashboardState {
  const rawPeriod = params.get('period');
  const period: Period = PERIODS.includes(rawPeriod as Period) ? (rawPeriod as Period) : 'year';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const custom = period === 'custom' && DAY.test(from) && DAY.test(to) && from <= to;
  const [defaultFrom, defaultTo] = periodBounds(period === 'month' ? 'month' : 'year');
  const rawTab = params.get('tab');
  return {
    period: period === 'custom' && !custom ? 'year' : period,
    from: custom ? from : defaultFrom,
    to: custom ? to : defaultTo,
    region: params.get('region') || undefined,
    unit: params.get('unit') || undefined,
    tab: TABS.includes(rawTab as Tab) ? (rawTab as Tab) : 'education',
    indicator: params.get('indicator') || undefined,
  };
}

/** The filters as the API takes them. */
export function queryOf(state: DashboardState): IndicatorQuery {
  return { from: state.from, to: state.to, region: state.region, unit: state.unit };
}

/** The dashboard state from the URL, and a setter that writes changes back (replacing history). */
export function useDashboardState(): [DashboardState, (change: Partial<DashboardState>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readState(params), [params]);
  const update = useCallback(
    (change: Partial<DashboardState>) => {
      const next = { ...state, ...change };
      const out = new URLSearchParams();
      if (next.period !== 'year') {
        out.set('period', next.period);
      }
      if (next.period === 'custom') {
        out.set('from', next.from);
        out.set('to', next.to);
      }
      for (const key of ['region', 'unit', 'indicator'] as const) {
        const value = next[key];
        if (value) {
          out.set(key, value);
        }
      }
      if (next.tab !== 'education') {
        out.set('tab', next.tab);
      }
      setParams(out, { replace: true });
    },
    [state, setParams],
  );
  return [state, update];
}
