/**
 * 指标看板: every figure of the work brief under a period, region and unit (kept in the URL), one
 * tab per measure plus the program-wide figures; a card opens the records behind it; the selected
 * indicator's trend and its split by village and unit below; printable as a report.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../ui/states';
import { useCatalogue, useValues, type IndicatorDescription, type IndicatorValue } from './api';
import { FilterBar, FilterSummary, useFilterLookups } from './FilterBar';
import { queryOf, TABS, useDashboardState, type Tab } from './filters';
import { IndicatorCards } from './IndicatorCards';
import { RecordsDrawer } from './RecordsDrawer';
import { TrendCharts } from './TrendCharts';
import './indicators.css';

function defsOf(items: readonly IndicatorDescription[], tab: Tab): IndicatorDescription[] {
  return items.filter((d) => (tab === 'program' ? d.measure === null : d.measure === tab));
}

/** The indicator whose charts show: the chosen one, else the first of the tab with a series. */
function selectedOf(
  items: readonly IndicatorDescription[],
  tab: Tab,
  chosen: string | undefined,
  values: ReadonlyMap<string, IndicatorValue>,
): IndicatorDescription | undefined {
  const inTab = defsOf(items, tab);
  const answered = (d: IndicatorDescription) => (values.get(d.id)?.unsupported.length ?? 0) === 0;
  return (
    inTab.find((d) => d.id === chosen) ??
    inTab.find((d) => d.kind === 'sum' && answered(d)) ??
    inTab[0]
  );
}

export function IndicatorsPage() {
  const { t } = useTranslation();
  const [state, update] = useDashboardState();
  const filters = useMemo(() => queryOf(state), [state]);
  const catalogue = useCatalogue();
  const values = useValues(filters);
  const { names } = useFilterLookups();
  const [drill, setDrill] = useState<string | undefined>();
  const items = catalogue.data?.items ?? [];
  const byId = useMemo(
    () => new Map((values.data?.items ?? []).map((v) => [v.id, v])),
    [values.data],
  );
  const selected = selectedOf(items, state.tab, state.indicator, byId);
  const drillDef = items.find((d) => d.id === drill);
  const open = (id: string) => {
    update({ indicator: id });
    setDrill(id);
  };
  const error = catalogue.error ?? values.error;
  const retry = () => void Promise.all([catalogue.refetch(), values.refetch()]);
  return (
    <div
      className="indicators-page"
      data-testid="indicators-page"
      data-loading={values.isFetching ? 'true' : 'false'}
    >
      <Space
        wrap
        align="start"
        style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}
      >
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('indicators.title')}
          </Typography.Title>
          <FilterSummary state={state} />
        </div>
        <Button className="no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('indicators.print')}
        </Button>
      </Space>
      <FilterBar state={state} update={update} />
      {error ? <ErrorState error={error} retry={retry} /> : null}
      {!error && (catalogue.isPending || values.isPending) ? <Loading rows={10} /> : null}
      {!error && catalogue.data && values.data ? (
        <>
          <Tabs
            className="indicators-tabs"
            activeKey={state.tab}
            onChange={(key) => update({ tab: key as Tab, indicator: undefined })}
            items={TABS.map((tab) => ({
              key: tab,
              label: t(`indicators.tab.${tab}`),
              forceRender: true,
              children: (
                <section className="indicators-measure" data-testid={`measure-${tab}`}>
                  <Typography.Title level={5} className="print-only">
                    {t(`indicators.tab.${tab}`)}
                  </Typography.Title>
                  <IndicatorCards
                    defs={defsOf(items, tab)}
                    values={byId}
                    selected={selected?.id}
                    onOpen={open}
                  />
                </section>
              ),
            }))}
          />
          {selected ? (
            <section className="indicators-charts-section">
              <Typography.Title level={5}>
                {t('indicators.chart.title', { name: selected.name })}
              </Typography.Title>
              <TrendCharts def={selected} filters={filters} />
            </section>
          ) : null}
        </>
      ) : null}
      <RecordsDrawer
        def={drillDef}
        value={drillDef ? byId.get(drillDef.id) : undefined}
        filters={filters}
        villageNames={names}
        onClose={() => setDrill(undefined)}
      />
    </div>
  );
}
