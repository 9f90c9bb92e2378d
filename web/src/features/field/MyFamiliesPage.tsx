/** The cadre's field view on a phone: my paired families, large touch targets, skeletons while slow. */
import { RightOutlined } from '@ant-design/icons';
import { Button, Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useMe } from '../auth/session';
import { useHouseholds } from '../registry/api';

export function MyFamiliesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const families = useHouseholds({ cadre: me.data?.user.cadreId ?? undefined });
  if (families.isPending) {
    return <Loading rows={6} />;
  }
  if (families.isError) {
    return <ErrorState error={families.error} retry={() => void families.refetch()} />;
  }
  const rows = families.data.pages.flatMap((p) => p.items);
  return (
    <Card title={t('field.myFamilies')} styles={{ body: { padding: 0 } }}>
      {rows.length === 0 ? (
        <EmptyState description={t('field.noFamilies')} />
      ) : (
        <div role="list">
          {rows.map((h) => (
            <button
              type="button"
              role="listitem"
              key={h.id}
              data-testid="family-row"
              onClick={() => void navigate(`/households/${h.id}`)}
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 12,
                width: '100%',
                minHeight: 64,
                padding: '12px 16px',
                border: 0,
                borderBottom: '1px solid #f0f0f0',
                background: 'none',
                textAlign: 'left',
                cursor: 'pointer',
                font: 'inherit',
              }}
            >
              <span style={{ flex: 1, minWidth: 0 }}>
                <Typography.Text strong style={{ fontSize: 16, display: 'block' }}>
                  {h.headName}
                </Typography.Text>
                <Typography.Text type="secondary">{`${h.villageName} · ${t('household.memberCount')} ${h.memberCount}`}</Typography.Text>
              </span>
              <Tag>{t(`status.${h.status}`)}</Tag>
              <RightOutlined />
            </button>
          ))}
        </div>
      )}
      {families.hasNextPage ? (
        <Button
          block
          size="large"
          onClick={() => void families.fetchNextPage()}
          loading={families.isFetchingNextPage}
        >
          {t('common.more')}
        </Button>
      ) : null}
    </Card>
  );
}
