/** Activities, newest first: filters by measure, type, village, period and cadre; keyset "load more". */
import { CameraOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState, ErrorState } from '../../ui/states';
import {
  dateTime,
  isoDay,
  MEASURE_COLOR,
  measureOptions,
  useMeasuresAccess,
} from '../measures/shared';
import { CadrePicker } from '../registry/pickers';
import { useVillages } from '../registry/api';
import {
  typeName,
  useActivities,
  useActivityTypes,
  type ActivityFilters,
  type ActivitySummary,
} from './api';
import { ExportButton } from '../exports/ExportButton';

export function ActivitiesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const access = useMeasuresAccess();
  const villages = useVillages();
  const types = useActivityTypes();
  const [filters, setFilters] = useState<ActivityFilters>({});
  const list = useActivities(filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const typeOptions = (types.data?.items ?? [])
    .filter((x) => !filters.measure || x.measure === null || x.measure === filters.measure)
    .map((x) => ({ value: x.typeCode, label: i18n.language === 'en' ? x.nameEn : x.nameZh }));
  const columns = [
    {
      title: t('activities.field.occurredAt'),
      dataIndex: 'occurredAt',
      width: 150,
      render: (at: string) => dateTime(at),
    },
    {
      title: t('activities.field.topic'),
      dataIndex: 'topic',
      render: (topic: string, a: ActivitySummary) => (
        <Link to={`/measures/activities/${a.id}`}>{topic}</Link>
      ),
    },
    {
      title: t('activities.field.measure'),
      dataIndex: 'measure',
      render: (m: ActivitySummary['measure']) => (
        <Tag color={MEASURE_COLOR[m]}>{t(`measures.measure.${m}`)}</Tag>
      ),
    },
    {
      title: t('activities.field.type'),
      dataIndex: 'typeCode',
      render: (code: string) => typeName(types.data?.items, code, i18n.language),
    },
    {
      title: t('activities.field.place'),
      key: 'place',
      responsive: ['md' as const],
      render: (_: unknown, a: ActivitySummary) =>
        a.online ? <Tag color="purple">{t('activities.online')}</Tag> : (a.villageName ?? '—'),
    },
    {
      title: t('activities.field.organizer'),
      key: 'organizer',
      responsive: ['lg' as const],
      render: (_: unknown, a: ActivitySummary) => a.lecturer?.name ?? a.organizer?.name ?? '—',
    },
    { title: t('activities.field.headcount'), dataIndex: 'headcount', width: 90 },
    {
      title: t('activities.photos'),
      dataIndex: 'photoCount',
      width: 80,
      render: (n: number) =>
        n > 0 ? (
          <span aria-label={t('activities.photoCount', { count: n })}>
            <CameraOutlined /> {n}
          </span>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Card
      title={t('activities.list')}
      extra={
        access.canActivity ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/measures/activities/new')}
          >
            {t('activities.new')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('activities.field.measure')}
          aria-label={t('activities.field.measure')}
          options={measureOptions(t)}
          onChange={(measure?: string) => setFilters((f) => ({ ...f, measure, type: undefined }))}
        />
        <Select
          allowClear
          style={{ width: 170 }}
          placeholder={t('activities.field.type')}
          aria-label={t('activities.field.type')}
          loading={types.isPending}
          value={filters.type}
          options={typeOptions}
          onChange={(type?: string) => setFilters((f) => ({ ...f, type }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 180 }}
          placeholder={t('activities.field.village')}
          aria-label={t('activities.field.village')}
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
        {access.canSearchHouseholds ? (
          <CadrePicker
            all
            allowClear
            style={{ width: 200 }}
            placeholder={t('activities.filter.cadre')}
            aria-label={t('activities.filter.cadre')}
            onChange={(cadre) => setFilters((f) => ({ ...f, cadre }))}
          />
        ) : null}
        <ExportButton list="activities" filters={filters} />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<ActivitySummary>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: <EmptyState description={t('activities.none')} /> }}
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
