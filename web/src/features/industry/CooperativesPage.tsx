/** Cooperatives, newest founded first: filters by village and product; keyset "load more". */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState, ErrorState } from '../../ui/states';
import { useVillages } from '../registry/api';
import { useWorkAccess } from '../training/shared';
import { useAllProducts, useCooperatives, type Cooperative } from './api';
import { ExportButton } from '../exports/ExportButton';

export function CooperativesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useWorkAccess();
  const villages = useVillages();
  const products = useAllProducts();
  const [filters, setFilters] = useState<{ village?: string; product?: string }>({});
  const list = useCooperatives(filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    {
      title: t('industry.coop.name'),
      dataIndex: 'name',
      render: (name: string, c: Cooperative) => (
        <Link to={`/industry/cooperatives/${c.id}`}>{name}</Link>
      ),
    },
    { title: t('industry.village'), dataIndex: 'villageName' },
    { title: t('industry.coop.foundedOn'), dataIndex: 'foundedOn' },
    { title: t('industry.coop.business'), dataIndex: 'business', responsive: ['md' as const] },
    { title: t('industry.coop.memberCount'), dataIndex: 'memberCount', width: 100 },
    {
      title: t('industry.coop.products'),
      dataIndex: 'products',
      render: (ps: Cooperative['products']) =>
        ps.length === 0 ? (
          '—'
        ) : (
          <Space size={[4, 4]} wrap>
            {ps.map((p) => (
              <Tag key={p.id}>{p.name}</Tag>
            ))}
          </Space>
        ),
    },
  ];
  return (
    <Card
      title={t('industry.coop.list')}
      extra={
        access.canIndustry ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/industry/cooperatives/new')}
          >
            {t('industry.coop.new')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          placeholder={t('industry.village')}
          aria-label={t('industry.village')}
          loading={villages.isPending}
          options={(villages.data?.items ?? []).map((v) => ({ value: v.code, label: v.name }))}
          onChange={(village?: string) => setFilters((f) => ({ ...f, village }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          placeholder={t('industry.product')}
          aria-label={t('industry.product')}
          loading={products.isPending}
          options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          onChange={(product?: string) => setFilters((f) => ({ ...f, product }))}
        />
        <ExportButton list="cooperatives" filters={filters} />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<Cooperative>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('industry.coop.none')} /> }}
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
