/** The dashboard's charts: households by status (pie), activities by measure and help by kind (bars). */
import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ASSISTANCE_KINDS } from '../../../../src/domain/assistance/enums';
import { MEASURES } from '../../../../src/domain/measures';
import { POVERTY_STATUSES } from '../../../../src/domain/registry/enums';
import { Chart } from '../../ui/Chart';
import { EmptyState } from '../../ui/states';
import type { StatsOverview } from './api';

const STATUS_COLORS = ['#b71c1c', '#2e7d32', '#ef6c00', '#9e9e9e'];

function bars(labels: string[], values: number[], color: string) {
  return {
    tooltip: {},
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', data: values, itemStyle: { color }, label: { show: true, position: 'top' } },
    ],
  };
}

function ChartCard({
  title,
  empty,
  option,
}: {
  title: string;
  empty: boolean;
  option: Record<string, unknown>;
}) {
  return (
    <Card title={title} size="small" className="dashboard-chart">
      {empty ? <EmptyState /> : <Chart option={option} style={{ height: 280 }} label={title} />}
    </Card>
  );
}

export function OverviewCharts({ stats }: { stats: StatsOverview }) {
  const { t } = useTranslation();
  // Empty statuses are left out of the pie (their labels would overlap) but stay in the legend.
  const statuses = POVERTY_STATUSES.map((s, i) => ({
    name: t(`status.${s}`),
    value: stats.households.byStatus[s] ?? 0,
    itemStyle: { color: STATUS_COLORS[i] },
  }));
  const pie = {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, data: statuses.map((s) => s.name) },
    series: [
      {
        type: 'pie',
        radius: ['35%', '62%'],
        center: ['50%', '42%'],
        label: { formatter: '{c}', position: 'inside', color: '#fff', fontWeight: 'bold' },
        data: statuses.filter((s) => s.value > 0),
      },
    ],
  };
  const measures = bars(
    MEASURES.map((m) => t(`dashboard.measure.${m}`)),
    MEASURES.map((m) => stats.activities.byMeasure[m] ?? 0),
    '#b71c1c',
  );
  const kinds = bars(
    ASSISTANCE_KINDS.map((k) => t(`dashboard.kind.${k}`)),
    ASSISTANCE_KINDS.map((k) => stats.assistance.byKind[k] ?? 0),
    '#1565c0',
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8}>
        <ChartCard
          title={t('dashboard.chart.byStatus')}
          empty={stats.households.total === 0}
          option={pie}
        />
      </Col>
      <Col xs={24} lg={8}>
        <ChartCard
          title={t('dashboard.chart.byMeasure', { month: stats.month })}
          empty={stats.activities.thisMonth === 0}
          option={measures}
        />
      </Col>
      <Col xs={24} lg={8}>
        <ChartCard
          title={t('dashboard.chart.byKind', { year: stats.year })}
          empty={stats.assistance.thisYear === 0}
          option={kinds}
        />
      </Col>
    </Row>
  );
}
