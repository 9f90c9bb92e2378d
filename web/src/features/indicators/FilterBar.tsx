/** The dashboard's filters: period (this year, this month, a range), region and org unit; and their summary. */
import { Cascader, DatePicker, Segmented, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits, useVillages, type VillageView } from '../registry/api';
import { periodBounds, PERIODS, type DashboardState, type Period } from './filters';

interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

const prefectureOf = (code: string) => `${code.slice(0, 4)}00000000`;
const countyOf = (code: string) => `${code.slice(0, 6)}000000`;

/** Prefecture → county → village, from the villages the program has taken on. */
function regionTree(villages: readonly VillageView[]): RegionOption[] {
  const prefectures = new Map<string, RegionOption & { children: RegionOption[] }>();
  for (const v of villages) {
    const p = prefectureOf(v.code);
    const c = countyOf(v.code);
    const prefecture = prefectures.get(p) ?? { value: p, label: v.path[1] ?? p, children: [] };
    prefectures.set(p, prefecture);
    let county = prefecture.children.find((o) => o.value === c);
    if (!county) {
      county = { value: c, label: v.path[2] ?? c, children: [] };
      prefecture.children.push(county);
    }
    county.children?.push({ value: v.code, label: v.name });
  }
  return [...prefectures.values()];
}

/** The cascader path of a region code (prefecture, county or village). */
function pathOf(code: string | undefined): string[] {
  if (!code) {
    return [];
  }
  if (code.endsWith('00000000')) {
    return [code];
  }
  if (code.endsWith('000000')) {
    return [prefectureOf(code), code];
  }
  return [prefectureOf(code), countyOf(code), code];
}

/** Names of the regions in the tree, by code. */
function regionNames(tree: readonly RegionOption[]): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (options: readonly RegionOption[]) => {
    for (const o of options) {
      names.set(o.value, o.label);
      walk(o.children ?? []);
    }
  };
  walk(tree);
  return names;
}

/** The region and unit lookups the bar and the summary share. */
export function useFilterLookups() {
  const villages = useVillages();
  const units = useUnits();
  const tree = useMemo(() => regionTree(villages.data?.items ?? []), [villages.data]);
  const names = useMemo(() => regionNames(tree), [tree]);
  return { villages, units, tree, names };
}

export function FilterBar({
  state,
  update,
}: {
  state: DashboardState;
  update: (change: Partial<DashboardState>) => void;
}) {
  const { t } = useTranslation();
  const { villages, units, tree } = useFilterLookups();
  const choosePeriod = (period: Period) => {
    if (period === 'custom') {
      update({ period, from: state.from, to: state.to });
      return;
    }
    const [from, to] = periodBounds(period);
    update({ period, from, to });
  };
  return (
    <Space wrap className="no-print indicators-filters" data-testid="indicator-filters">
      <Segmented<Period>
        aria-label={t('indicators.filter.period')}
        value={state.period}
        options={PERIODS.map((p) => ({ value: p, label: t(`indicators.period.${p}`) }))}
        onChange={choosePeriod}
      />
      {state.period === 'custom' ? (
        <DatePicker.RangePicker
          aria-label={t('indicators.filter.range')}
          allowClear={false}
          value={[dayjs(state.from), dayjs(state.to)]}
          onChange={(range) => {
            const [from, to] = range ?? [];
            if (from && to) {
              update({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
            }
          }}
        />
      ) : null}
      <Cascader
        aria-label={t('indicators.filter.region')}
        data-testid="region-filter"
        style={{ width: 280 }}
        changeOnSelect
        placeholder={t('indicators.filter.allRegions')}
        loading={villages.isPending}
        options={tree}
        value={pathOf(state.region)}
        onChange={(path) => update({ region: path?.at(-1) ?? undefined })}
      />
      <Select
        allowClear
        aria-label={t('indicators.filter.unit')}
        style={{ width: 200 }}
        placeholder={t('indicators.filter.allUnits')}
        loading={units.isPending}
        value={state.unit}
        options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
        onChange={(unit?: string) => update({ unit })}
      />
    </Space>
  );
}

/** The filters in words: on screen under the title, and in print instead of the controls. */
export function FilterSummary({ state }: { state: DashboardState }) {
  const { t } = useTranslation();
  const { names, units } = useFilterLookups();
  const region = state.region ? (names.get(state.region) ?? state.region) : t('common.all');
  const unit = state.unit
    ? (units.data?.items.find((u) => u.id === state.unit)?.name ?? '…')
    : t('common.all');
  return (
    <Typography.Text type="secondary" data-testid="filter-summary">
      {t('indicators.summary', { from: state.from, to: state.to, region, unit })}
    </Typography.Text>
  );
}
