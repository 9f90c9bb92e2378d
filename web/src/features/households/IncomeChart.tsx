/** Per-capita net income by year as bars (ECharts): loaded on its own, only where it is shown. */
import { useTranslation } from 'react-i18next';
import { Chart } from '../../ui/Chart';
import type { IncomeRecord } from '../registry/api';

const grouping = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export default function IncomeChart({ records }: { records: readonly IncomeRecord[] }) {
  const { t } = useTranslation();
  const years = [...records].sort((a, b) => a.year - b.year);
  const perCapita = years.map((r) => r.perCapitaFen / 100);
  return (
    <div data-testid="income-chart" role="img" aria-label={t('registry.income.chart')}>
      <Chart
        style={{ height: 280 }}
        option={{
          title: { text: t('registry.income.chart'), left: 0, textStyle: { fontSize: 14 } },
          tooltip: { trigger: 'axis' },
          grid: { left: 64, right: 24, top: 48, bottom: 32 },
          xAxis: { type: 'category', data: years.map((r) => String(r.year)) },
          yAxis: { type: 'value' },
          series: [
            {
              type: 'bar',
              name: t('registry.income.perCapita'),
              data: perCapita,
              barMaxWidth: 48,
              itemStyle: { color: '#b71c1c' },
              label: {
                show: true,
                position: 'top',
                formatter: (p: { value: number }) => grouping.format(p.value),
              },
            },
          ],
        }}
      />
    </div>
  );
}
