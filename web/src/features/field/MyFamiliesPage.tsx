/** The cadre's field view on a phone: my paired families, large touch targets, skeletons while slow. */
import { RightOutlined } from '@ant-design/icons';
import { Button, Card, List, Tag, Typography } from 'antd';
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
        <List
          dataSource={rows}
          renderItem={(h) => (
            <List.Item
              style={{ padding: '14px 16px', minHeight: 64, cursor: 'pointer' }}
              onClick={() => void navigate(`/households/${h.id}`)}
              data-testid="family-row"
            >
              <List.Item.Meta
                title={
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {h.headName}
                  </Typography.Text>
                }
                description={`${h.villageName} · ${h.memberCount}人`}
              />
              <Tag>{t(`status.${h.status}`)}</Tag>
              <RightOutlined />
            </List.Item>
          )}
        />
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
