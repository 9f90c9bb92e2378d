/** Pairings (结对关系): filter by cadre, household and whether current; assign and end for pairing.write. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState } from '../../ui/states';
import {
  usePairings,
  useRegistryAccess,
  useVillages,
  type Pairing,
  type PairingFilters,
} from './api';
import { AssignPairingModal, EndPairingModal } from './PairingModals';
import { CadrePicker, HouseholdPicker } from './pickers';
import { ExportButton } from '../exports/ExportButton';

export function PairingsPage() {
  const { t } = useTranslation();
  const access = useRegistryAccess();
  const villages = useVillages();
  const villageName = new Map((villages.data?.items ?? []).map((v) => [v.code, v.name]));
  const [filters, setFilters] = useState<PairingFilters>({ current: true });
  const [assigning, setAssigning] = useState(false);
  const [ending, setEnding] = useState<Pairing | null>(null);
  const list = usePairings(filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const currentValue =
    filters.current === undefined ? 'all' : filters.current ? 'current' : 'ended';
  const columns = [
    {
      title: t('registry.pairing.cadre'),
      dataIndex: 'cadreName',
      render: (name: string, p: Pairing) => <Link to={`/org/cadres/${p.cadreId}`}>{name}</Link>,
    },
    {
      title: t('registry.pairing.household'),
      dataIndex: 'headName',
      render: (name: string, p: Pairing) => <Link to={`/households/${p.householdId}`}>{name}</Link>,
    },
    {
      title: t('registry.pairing.village'),
      dataIndex: 'villageCode',
      responsive: ['md' as const],
      render: (code: string) => villageName.get(code) ?? code,
    },
    {
      title: t('registry.pairing.role'),
      dataIndex: 'role',
      render: (r: string) => t(`registry.pairingRole.${r}`),
    },
    { title: t('registry.pairing.startDate'), dataIndex: 'startDate' },
    {
      title: t('registry.pairing.endDate'),
      dataIndex: 'endDate',
      render: (d: string | null) => d ?? <Tag color="green">{t('registry.current')}</Tag>,
    },
    {
      title: t('registry.pairing.endReason'),
      dataIndex: 'endReason',
      responsive: ['lg' as const],
      render: (r: string) => r || '—',
    },
    ...(access.canPair
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p: Pairing) =>
              p.endDate === null ? (
                <Button size="small" danger onClick={() => setEnding(p)}>
                  {t('registry.pairing.end')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('registry.pairing.list')}
      extra={
        access.canPair ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAssigning(true)}>
            {t('registry.pairing.assign')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <CadrePicker
          all
          allowClear
          style={{ width: 220 }}
          aria-label={t('registry.pairing.cadre')}
          placeholder={t('registry.pairing.cadre')}
          value={filters.cadre}
          onChange={(cadre) => setFilters((f) => ({ ...f, cadre }))}
        />
        <HouseholdPicker
          allowClear
          style={{ width: 260 }}
          aria-label={t('registry.pairing.household')}
          placeholder={t('registry.pairing.household')}
          value={filters.household}
          onChange={(household) => setFilters((f) => ({ ...f, household }))}
        />
        <Select
          style={{ width: 140 }}
          aria-label={t('registry.pairing.state')}
          value={currentValue}
          options={[
            { value: 'current', label: t('registry.current') },
            { value: 'ended', label: t('registry.ended') },
            { value: 'all', label: t('common.all') },
          ]}
          onChange={(v: string) =>
            setFilters((f) => ({ ...f, current: v === 'all' ? undefined : v === 'current' }))
          }
        />
        <ExportButton list="pairings" filters={filters} />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<Pairing>
            rowKey="id"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('registry.pairing.empty')} /> }}
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
      {assigning ? <AssignPairingModal onClose={() => setAssigning(false)} /> : null}
      {ending ? <EndPairingModal pairing={ending} onClose={() => setEnding(null)} /> : null}
    </Card>
  );
}
