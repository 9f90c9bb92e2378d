/** Cadres (结亲干部): filter by unit, active or not, and name; add and edit for org.write. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState } from '../../ui/states';
import { useCadres, useRegistryAccess, useUnits, type Cadre, type CadreFilters } from './api';
import { CadreModal, OrgTabs } from './OrgModals';
import { ExportButton } from '../exports/ExportButton';

export function CadresPage() {
  const { t } = useTranslation();
  const access = useRegistryAccess();
  const units = useUnits();
  const [filters, setFilters] = useState<CadreFilters>({ active: true });
  const [editing, setEditing] = useState<Cadre | 'new' | null>(null);
  const list = useCadres(filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const activeValue = filters.active === undefined ? 'all' : filters.active ? 'active' : 'left';
  const columns = [
    {
      title: t('registry.cadre.name'),
      dataIndex: 'name',
      render: (name: string, c: Cadre) => (
        <Link to={`/org/cadres/${c.id}`} data-testid="cadre-link">
          {name}
        </Link>
      ),
    },
    { title: t('registry.cadre.unit'), dataIndex: 'unitName' },
    {
      title: t('registry.cadre.position'),
      dataIndex: 'position',
      responsive: ['md' as const],
      render: (p: string) => p || '—',
    },
    {
      title: t('registry.cadre.sex'),
      dataIndex: 'sex',
      responsive: ['lg' as const],
      render: (s: string) => t(`sex.${s}`),
    },
    {
      title: t('registry.cadre.phone'),
      dataIndex: 'phone',
      responsive: ['lg' as const],
      render: (p: string | null) => p ?? '—',
    },
    {
      title: t('registry.cadre.currentPairings'),
      dataIndex: 'currentPairings',
      align: 'right' as const,
    },
    {
      title: t('registry.cadre.state'),
      dataIndex: 'leftOn',
      render: (leftOn: string | null) =>
        leftOn ? (
          <Tag>{`${t('registry.cadre.left')} ${leftOn}`}</Tag>
        ) : (
          <Tag color="green">{t('registry.cadre.active')}</Tag>
        ),
    },
    ...(access.canOrg
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, c: Cadre) => (
              <Button size="small" onClick={() => setEditing(c)}>
                {t('registry.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('registry.org.title')}
      extra={
        access.canOrg ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('registry.cadre.new')}
          </Button>
        ) : null
      }
    >
      <OrgTabs active="cadres" />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          style={{ width: 220 }}
          placeholder={t('registry.cadre.search')}
          aria-label={t('registry.cadre.search')}
          onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined }))}
        />
        <Select
          allowClear
          style={{ width: 220 }}
          placeholder={t('registry.cadre.unit')}
          aria-label={t('registry.cadre.unit')}
          loading={units.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          onChange={(unit?: string) => setFilters((f) => ({ ...f, unit }))}
        />
        <Select
          style={{ width: 140 }}
          aria-label={t('registry.cadre.state')}
          value={activeValue}
          options={[
            { value: 'active', label: t('registry.cadre.active') },
            { value: 'left', label: t('registry.cadre.left') },
            { value: 'all', label: t('common.all') },
          ]}
          onChange={(v: string) =>
            setFilters((f) => ({ ...f, active: v === 'all' ? undefined : v === 'active' }))
          }
        />
        <ExportButton list="cadres" filters={filters} />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<Cadre>
            rowKey="id"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('registry.cadre.empty')} /> }}
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
      {editing ? (
        <CadreModal cadre={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Card>
  );
}
