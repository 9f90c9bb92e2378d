/** Assistance records, newest first: filters by kind, village, period and status; keyset "load more". */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ASSISTANCE_KINDS, ASSISTANCE_STATUSES } from '../../../../src/domain/assistance/enums';
import { EmptyState, ErrorState } from '../../ui/states';
import { isoDay, useMeasuresAccess } from '../measures/shared';
import { useVillages } from '../registry/api';
import { useAssistanceList, type AssistanceFilters, type AssistanceRecord } from './api';
import { beneficiariesText, KIND_COLOR, STATUS_COLOR, summaryOf } from './format';
import { ExportButton } from '../exports/ExportButton';

export function AssistancePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useMeasuresAccess();
  const villages = useVillages();
  const [filters, setFilters] = useState<AssistanceFilters>({});
  const list = useAssistanceList(filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    { title: t('assistance.field.date'), dataIndex: 'date', width: 110 },
    {
      title: t('assistance.field.kind'),
      dataIndex: 'kind',
      render: (k: AssistanceRecord['kind'], r: AssistanceRecord) => (
        <Link to={`/measures/assistance/${r.id}`}>
          <Tag color={KIND_COLOR[k]} style={{ cursor: 'pointer' }}>
            {t(`assistance.kind.${k}`)}
          </Tag>
        </Link>
      ),
    },
    {
      title: t('assistance.field.beneficiaries'),
      key: 'beneficiaries',
      render: (_: unknown, r: AssistanceRecord) => beneficiariesText(t, r),
    },
    {
      title: t('assistance.field.summary'),
      key: 'summary',
      render: (_: unknown, r: AssistanceRecord) => (
        <Link to={`/measures/assistance/${r.id}`}>{summaryOf(t, r)}</Link>
      ),
    },
    {
      title: t('assistance.field.status'),
      dataIndex: 'status',
      render: (s: AssistanceRecord['status']) => (
        <Tag color={STATUS_COLOR[s]}>{t(`assistance.status.${s}`)}</Tag>
      ),
    },
    {
      title: t('assistance.field.arrangedBy'),
      dataIndex: 'arrangedByCadreName',
      responsive: ['lg' as const],
      render: (n: string | null) => n ?? '—',
    },
  ];
  return (
    <Card
      title={t('assistance.list')}
      extra={
        access.canAssistance ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() =>
              void navigate(
                `/measures/assistance/new${filters.kind ? `?kind=${filters.kind}` : ''}`,
              )
            }
          >
            {t('assistance.new')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('assistance.field.kind')}
          aria-label={t('assistance.field.kind')}
          options={ASSISTANCE_KINDS.map((k) => ({ value: k, label: t(`assistance.kind.${k}`) }))}
          onChange={(kind?: string) => setFilters((f) => ({ ...f, kind }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 180 }}
          placeholder={t('assistance.field.village')}
          aria-label={t('assistance.field.village')}
          loading={villages.isPending}
          options={(villages.data?.items ?? []).map((v) => ({ value: v.code, label: v.name }))}
          onChange={(village?: string) => setFilters((f) => ({ ...f, village }))}
        />
        <DatePicker.RangePicker
          format="YYYY-MM-DD"
          aria-label={t('activities.filter.period')}
          placeholder={[t('activities.filter.from'), t('activities.filter.to')]}
          onChange={(range) =>
            setFilters((f) => ({
              ...f,
              from: range?.[0] ? isoDay(range[0]) : undefined,
              to: range?.[1] ? isoDay(range[1]) : undefined,
            }))
          }
        />
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('assistance.field.status')}
          aria-label={t('assistance.field.status')}
          options={ASSISTANCE_STATUSES.map((s) => ({
            value: s,
            label: t(`assistance.status.${s}`),
          }))}
          onChange={(status?: string) => setFilters((f) => ({ ...f, status }))}
        />
        <ExportButton list="assistance" filters={filters} />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<AssistanceRecord>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: <EmptyState description={t('assistance.none')} /> }}
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
