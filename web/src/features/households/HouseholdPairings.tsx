/** The cadres paired with a household: current first, then the history; assign and end for pairing.write. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, EmptyState } from '../../ui/states';
import { usePairings, useRegistryAccess, type Pairing } from '../registry/api';
import { AssignPairingModal, EndPairingModal } from '../registry/PairingModals';

export function HouseholdPairings({ household }: { household: { id: string; label: string } }) {
  const { t } = useTranslation();
  const access = useRegistryAccess();
  const pairings = usePairings({ household: household.id });
  const [assigning, setAssigning] = useState(false);
  const [ending, setEnding] = useState<Pairing | null>(null);
  const rows = [...(pairings.data?.pages.flatMap((p) => p.items) ?? [])].sort(
    (a, b) =>
      Number(a.endDate !== null) - Number(b.endDate !== null) ||
      b.startDate.localeCompare(a.startDate),
  );
  const columns = [
    {
      title: t('registry.pairing.cadre'),
      dataIndex: 'cadreName',
      render: (name: string, p: Pairing) =>
        access.isCadre ? name : <Link to={`/org/cadres/${p.cadreId}`}>{name}</Link>,
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
      responsive: ['md' as const],
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
      title={t('registry.pairing.onHousehold')}
      data-testid="household-pairings"
      extra={
        access.canPair ? (
          <Button icon={<PlusOutlined />} onClick={() => setAssigning(true)}>
            {t('registry.pairing.assign')}
          </Button>
        ) : null
      }
    >
      {pairings.isError ? (
        <ErrorState error={pairings.error} retry={() => void pairings.refetch()} />
      ) : (
        <>
          <Table<Pairing>
            rowKey="id"
            size="small"
            loading={pairings.isPending}
            pagination={false}
            dataSource={rows}
            columns={columns}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('registry.pairing.empty')} /> }}
          />
          {pairings.hasNextPage ? (
            <Button
              block
              style={{ marginTop: 12 }}
              loading={pairings.isFetchingNextPage}
              onClick={() => void pairings.fetchNextPage()}
            >
              {t('common.more')}
            </Button>
          ) : null}
        </>
      )}
      {assigning ? (
        <AssignPairingModal household={household} onClose={() => setAssigning(false)} />
      ) : null}
      {ending ? <EndPairingModal pairing={ending} onClose={() => setEnding(null)} /> : null}
    </Card>
  );
}
