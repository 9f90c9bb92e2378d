/** Villages (包联村): name, region path, flags and household counts; keyset "load more". */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState } from '../../ui/states';
import { useRegistryAccess, useVillageList, type VillageFilters, type VillageView } from './api';
import { AddRegionModal, NewVillageModal } from './VillageModals';

export function VillagesPage() {
  const { t } = useTranslation();
  const access = useRegistryAccess();
  const [filters, setFilters] = useState<VillageFilters>({ takenOn: true });
  const [adding, setAdding] = useState<'village' | 'region' | null>(null);
  const list = useVillageList(filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    {
      title: t('registry.village.name'),
      dataIndex: 'name',
      render: (name: string, v: VillageView) => (
        <Link to={`/villages/${v.code}`} data-testid="village-link">
          {name}
        </Link>
      ),
    },
    {
      title: t('registry.village.path'),
      dataIndex: 'path',
      responsive: ['md' as const],
      render: (path: string[]) => path.join(' › '),
    },
    {
      title: t('registry.village.flags'),
      key: 'flags',
      render: (_: unknown, v: VillageView) => (
        <Space size={4} wrap>
          {v.takenOn ? (
            <Tag color="blue">{t('registry.village.takenOn')}</Tag>
          ) : (
            <Tag>{t('registry.village.notTakenOn')}</Tag>
          )}
          {v.deeplyPoor ? <Tag color="red">{t('registry.village.deeplyPoor')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('registry.village.householdCount'),
      dataIndex: 'householdCount',
      align: 'right' as const,
    },
    {
      title: t('registry.village.code'),
      dataIndex: 'code',
      responsive: ['lg' as const],
      render: (code: string) => <span style={{ fontFamily: 'monospace' }}>{code}</span>,
    },
  ];
  const takenOnValue =
    filters.takenOn === undefined ? 'all' : filters.takenOn ? 'takenOn' : 'notTakenOn';
  return (
    <Card
      title={t('registry.village.list')}
      extra={
        access.canOrg ? (
          <Space wrap>
            <Button onClick={() => setAdding('region')}>{t('registry.village.addRegion')}</Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding('village')}>
              {t('registry.village.new')}
            </Button>
          </Space>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 180 }}
          aria-label={t('registry.village.filterTakenOn')}
          value={takenOnValue}
          options={[
            { value: 'takenOn', label: t('registry.village.takenOn') },
            { value: 'notTakenOn', label: t('registry.village.notTakenOn') },
            { value: 'all', label: t('common.all') },
          ]}
          onChange={(v: string) =>
            setFilters({ takenOn: v === 'all' ? undefined : v === 'takenOn' })
          }
        />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<VillageView>
            rowKey="code"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('registry.village.empty')} /> }}
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
      {adding === 'village' ? <NewVillageModal onClose={() => setAdding(null)} /> : null}
      {adding === 'region' ? <AddRegionModal onClose={() => setAdding(null)} /> : null}
    </Card>
  );
}
