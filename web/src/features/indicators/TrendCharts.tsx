/** The selected indicator's charts: a monthly trend line, and bars by village and by org unit. */
import { Card, Col, Row } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../ui/Chart';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useSeries, type IndicatorDescription, type IndicatorQuery, type SeriesPoint } from './api';

type By = 'month' | 'village' | 'unit';

/** A point's value in the indicator's display unit (money comes in fen). */
function scaled(def: IndicatorDescription, value: number): number {
  if (!def.money) {
    return value;
  }
  return def.unit === 'wan_yuan' ? value / 1_000_000 : value / 100;
}

/** Every month of the period up to this month, those without records at zero (at most five years). */
function monthsOf(points: readonly SeriesPoint[], filters: IndicatorQuery): SeriesPoint[] {
  const byKey = new Map(points.map((p) => [p.key, p]));
  const first = dayjs(filters.from ?? points[0]?.key ?? undefined).startOf('month');
  const now = dayjs();
  const last = filters.to && dayjs(filters.to).isBefore(now) ? dayjs(filters.to) : now;
  const out: SeriesPoint[] = [];
  for (let m = first; !m.isAfter(last, 'month') && out.length < 60; m = m.add(1, 'month')) {
    const key = m.format('YYYY-MM');
    out.push(byKey.get(key) ?? { key, label: key, value: 0 });
  }
  return out.length > 0 && out.length < 60 ? out : [...points];
}

function optionOf(def: IndicatorDescription, by: By, points: readonly SeriesPoint[]) {
  const line = by === 'month';
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 16, top: 28, bottom: line ? 32 : 72 },
    xAxis: {
      type: 'category',
      data: points.map((p) => p.label),
      axisLabel: line ? {} : { interval: 0, rotate: 30 },
    },
    yAxis: { type: 'value', name: def.unitLabel, minInterval: def.money ? 0 : 1 },
    series: [
      {
        type: line ? 'line' : 'bar',
        barMaxWidth: 56,
        name: def.name,
        data: points.map((p) => Number(scaled(def, p.value).toFixed(2))),
        itemStyle: { color: line ? '#b71c1c' : by === 'village' ? '#1565c0' : '#2e7d32' },
        label: { show: !line || points.length <= 12, position: 'top' },
      },
    ],
  };
}

function SeriesChart({
  def,
  by,
  filters,
}: {
  def: IndicatorDescription;
  by: By;
  filters: IndicatorQuery;
}) {
  const { t } = useTranslation();
  const supported = def.kind === 'sum' && (by !== 'unit' || def.filters.unit);
  const series = useSeries(def.id, by, filters, supported);
  const title = t(`indicators.chart.${by}`, { name: def.name });
  let body;
  if (!supported) {
    body = <EmptyState description={t('indicators.chart.notApplicable')} />;
  } else if (series.isPending) {
    body = <Loading rows={5} />;
  } else if (series.isError) {
    body = <ErrorState error={series.error} retry={() => void series.refetch()} />;
  } else if (series.data.points.length === 0) {
    body = <EmptyState />;
  } else {
    body = (
      <Chart
        option={optionOf(
          def,
          by,
          by === 'month' ? monthsOf(series.data.points, filters) : series.data.points,
        )}
        style={{ height: 280 }}
        label={title}
      />
    );
  }
  return (
    <Card size="small" title={title} className="indicator-chart" data-testid={`chart-${by}`}>
      {body}
    </Card>
  );
}

export function TrendCharts({
  def,
  filters,
}: {
  def: IndicatorDescription;
  filters: IndicatorQuery;
}) {
  return (
    <Row gutter={[16, 16]} className="indicator-charts">
      <Col xs={24} className="indicator-chart-col">
        <SeriesChart def={def} by="month" filters={filters} />
      </Col>
      <Col xs={24} lg={12} className="indicator-chart-col">
        <SeriesChart def={def} by="village" filters={filters} />
      </Col>
      <Col xs={24} lg={12} className="indicator-chart-col">
        <SeriesChart def={def} by="unit" filters={filters} />
      </Col>
    </Row>
  );
}
