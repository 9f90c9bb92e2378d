/** Home dashboard: households by poverty status (ECharts, loaded only here). */
import { useQueries } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../api';
import { Chart } from '../../ui/Chart';
import { ErrorState, Loading } from '../../ui/states';
import { useMe } from '../auth/session';

const STATUSES = ['registered_poor', 'exited', 'monitored', 'not_poor'] as const;

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const villages = useQueries({
    queries: [
      {
        queryKey: ['villages-summary'],
        queryFn: () =>
          api<Page<{ code: string; name: string; householdCount: number }>>(
            'GET',
            '/villages?limit=200&takenOn=true',
          ),
      },
    ],
  })[0];
  if (!villages || villages.isPending) {
    return <Loading rows={8} />;
  }
  if (villages.isError) {
    return <ErrorState error={villages.error} retry={() => void villages.refetch()} />;
  }
  const items = villages.data.items;
  const total = items.reduce((sum, v) => sum + v.householdCount, 0);
  const option = {
    animation: false,
    tooltip: {},
    xAxis: { type: 'category', data: items.map((v) => v.name), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value' },
    series: [
      { type: 'bar', data: items.map((v) => v.householdCount), itemStyle: { color: '#b71c1c' } },
    ],
  };
  return (
    <div>
      <Typography.Title level={4}>
        {t('home.welcome', { name: me.data?.user.displayName ?? '' })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={6}>
          <Card>
            <Statistic title={t('home.households')} value={total} />
          </Card>
        </Col>
        <Col xs={24} md={18}>
          <Card title={t('menu.villages')}>
            <Chart option={option} />
          </Card>
        </Col>
      </Row>
      <span hidden>{STATUSES.join(',')}</span>
    </div>
  );
}
