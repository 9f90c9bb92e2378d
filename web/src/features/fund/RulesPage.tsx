/** Grant rules: which stages qualify, the amount per semester for each, and when each rule holds. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState, ErrorState } from '../../ui/states';
import { useFundAccess, useRules, type GrantRule } from './api';
import { money, todayIso } from './format';

export function RulesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useFundAccess();
  const rules = useRules();
  const rows = rules.data?.pages.flatMap((p) => p.items) ?? [];
  const today = todayIso();
  const columns = [
    {
      title: t('fund.rule.name'),
      dataIndex: 'name',
      render: (name: string, r: GrantRule) => (
        <Space>
          <span>{name}</span>
          {r.validFrom <= today && (r.validTo === null || r.validTo >= today) ? (
            <Tag color="green">{t('fund.rule.current')}</Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('fund.rule.period'),
      key: 'period',
      render: (_: unknown, r: GrantRule) =>
        t('fund.rule.periodText', { from: r.validFrom, to: r.validTo ?? t('fund.rule.openEnded') }),
    },
    {
      title: t('fund.rule.amounts'),
      dataIndex: 'amounts',
      render: (amounts: GrantRule['amounts']) => (
        <Space wrap size={4}>
          {amounts.map((a) => (
            <Tag key={a.stage}>{`${t(`fund.stage.${a.stage}`)} ${money(t, a.amountFen)}`}</Tag>
          ))}
        </Space>
      ),
    },
    ...(access.canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r: GrantRule) => (
              <Link to={`/fund/rules/${r.id}/edit`}>{t('fund.rule.edit')}</Link>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('fund.rule.list')}
      extra={
        access.canManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/fund/rules/new')}
          >
            {t('fund.rule.new')}
          </Button>
        ) : null
      }
    >
      {rules.isError ? (
        <ErrorState error={rules.error} retry={() => void rules.refetch()} />
      ) : (
        <>
          <Table<GrantRule>
            rowKey="id"
            loading={rules.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('fund.rule.empty')} /> }}
          />
          {rules.hasNextPage ? (
            <Button
              block
              style={{ marginTop: 12 }}
              loading={rules.isFetchingNextPage}
              onClick={() => void rules.fetchNextPage()}
            >
              {t('common.more')}
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}
