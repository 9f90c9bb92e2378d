/** Households: search by name, pinyin, initials or ID tail; filter by village and status; keyset pages. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../ui/states';
import { ExportButton } from '../exports/ExportButton';
import { useMe } from '../auth/session';
import {
  useHouseholds,
  useVillages,
  type HouseholdFilters,
  type HouseholdSummary,
} from '../registry/api';

const STATUSES = ['registered_poor', 'exited', 'monitored', 'not_poor'] as const;
const STATUS_COLOR: Record<string, string> = {
  registered_poor: 'red',
  exited: 'green',
  monitored: 'orange',
  not_poor: 'default',
};

export function HouseholdListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const [filters, setFilters] = useState<HouseholdFilters>({});
  const villages = useVillages();
  const list = useHouseholds(filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const canWrite =
    (me.data?.permissions.includes('registry.write') ?? false) && me.data?.user.role !== 'cadre';
  const columns = [
    {
      title: t('household.head'),
      dataIndex: 'headName',
      render: (name: string, h: HouseholdSummary) => <Link to={`/households/${h.id}`}>{name}</Link>,
    },
    ...(filters.q ? [{ title: t('household.matched'), dataIndex: 'matched' }] : []),
    { title: t('household.village'), dataIndex: 'villageName' },
    { title: t('household.memberCount'), dataIndex: 'memberCount', width: 80 },
    {
      title: t('household.status'),
      dataIndex: 'status',
      render: (s: string) => <Tag color={STATUS_COLOR[s]}>{t(`status.${s}`)}</Tag>,
    },
    { title: t('household.address'), dataIndex: 'address', responsive: ['md' as const] },
  ];
  return (
    <Card
      title={t('household.list')}
      extra={
        canWrite ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/households/new')}
          >
            {t('household.new')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('household.searchPlaceholder')}
          style={{ width: 320 }}
          aria-label={t('common.search')}
          onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined }))}
        />
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('household.village')}
          loading={villages.isPending}
          options={(villages.data?.items ?? []).map((v) => ({ value: v.code, label: v.name }))}
          onChange={(village?: string) => setFilters((f) => ({ ...f, village }))}
        />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('household.status')}
          options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(status?: string) => setFilters((f) => ({ ...f, status }))}
        />
        <ExportButton list="households" filters={filters} />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
          {list.hasNextPage ? (
            <Button
              block
              style={{ marginTop: 12 }}
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {t('common.more')}
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}
