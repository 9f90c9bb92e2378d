/**
 * The cadre's home figures above their family list: households paired, home visits this month,
 * help given this year. Plain numbers, no charts: the field view must not load ECharts.
 */
import { Skeleton, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOverview } from '../home/api';

export function MyFigures() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  // The dashboard's own query: the server answers a cadre for their households only.
  const figures = useOverview(undefined);
  if (figures.isError) {
    // The family list below still works; the figures are a summary, not the task.
    return null;
  }
  const data = figures.data;
  const items = [
    { key: 'households', value: data?.households.total, unit: t('dashboard.unit.households') },
    { key: 'visits', value: data?.visits.thisMonth, unit: t('dashboard.unit.times') },
    { key: 'assistance', value: data?.assistance.thisYear, unit: t('dashboard.unit.times') },
  ] as const;
  return (
    <dl
      data-testid="my-figures"
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(3, 1fr)',
        gap: 8,
        margin: `0 0 ${token.margin}px`,
      }}
    >
      {items.map((item) => (
        <div
          key={item.key}
          data-testid={`my-figure-${item.key}`}
          style={{
            background: token.colorBgContainer,
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadiusLG,
            padding: '8px 12px',
            minWidth: 0,
          }}
        >
          <dt style={{ color: token.colorTextSecondary, fontSize: token.fontSizeSM }}>
            {t(`dashboard.card.${item.key}`)}
          </dt>
          <dd style={{ margin: 0, fontSize: 20, fontWeight: token.fontWeightStrong }}>
            {item.value === undefined ? (
              <Skeleton.Input active size="small" style={{ width: 48, minWidth: 48 }} />
            ) : (
              <>
                {item.value}
                <span style={{ fontSize: token.fontSizeSM, fontWeight: 'normal', marginLeft: 2 }}>
                  {item.unit}
                </span>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
