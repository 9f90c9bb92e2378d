/** Courses, newest first: filters by skill, place, village and period; keyset "load more". */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PLACE_KINDS, SKILLS } from '../../../../src/domain/training/enums';
import { EmptyState, ErrorState } from '../../ui/states';
import { useVillages } from '../registry/api';
import { useCourses, type Course, type CourseFilters } from './api';
import { isoDay, useWorkAccess } from './shared';
import { ExportButton } from '../exports/ExportButton';

export function CoursesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useWorkAccess();
  const villages = useVillages();
  const [filters, setFilters] = useState<CourseFilters>({});
  const list = useCourses(filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    {
      title: t('training.course.title'),
      dataIndex: 'title',
      render: (title: string, c: Course) => <Link to={`/training/courses/${c.id}`}>{title}</Link>,
    },
    {
      title: t('training.course.skill'),
      dataIndex: 'skill',
      render: (s: string) => <Tag>{t(`training.skill.${s}`)}</Tag>,
    },
    {
      title: t('training.course.place'),
      dataIndex: 'placeName',
      render: (name: string, c: Course) =>
        c.placeKind === 'capital' ? t('training.placeKind.capital') : name || '—',
    },
    {
      title: t('training.course.dates'),
      key: 'dates',
      render: (_: unknown, c: Course) => `${c.startDate} ~ ${c.endDate}`,
    },
    {
      title: t('training.course.trainer'),
      dataIndex: 'trainerName',
      responsive: ['md' as const],
    },
    {
      title: t('training.course.enrolled'),
      key: 'enrolled',
      render: (_: unknown, c: Course) =>
        t('training.course.seats', { enrolled: c.enrolledCount, capacity: c.capacity }),
    },
  ];
  return (
    <Card
      title={t('training.course.list')}
      extra={
        access.canTrain ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/training/courses/new')}
          >
            {t('training.course.new')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('training.course.skill')}
          aria-label={t('training.course.skill')}
          options={SKILLS.map((s) => ({ value: s, label: t(`training.skill.${s}`) }))}
          onChange={(skill?: string) => setFilters((f) => ({ ...f, skill }))}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('training.course.placeKind')}
          aria-label={t('training.course.placeKind')}
          options={PLACE_KINDS.map((k) => ({ value: k, label: t(`training.placeKind.${k}`) }))}
          onChange={(placeKind?: string) => setFilters((f) => ({ ...f, placeKind }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          placeholder={t('training.course.village')}
          aria-label={t('training.course.village')}
          loading={villages.isPending}
          options={(villages.data?.items ?? []).map((v) => ({ value: v.code, label: v.name }))}
          onChange={(village?: string) => setFilters((f) => ({ ...f, village }))}
        />
        <DatePicker.RangePicker
          format="YYYY-MM-DD"
          aria-label={t('training.course.period')}
          placeholder={[t('training.filter.from'), t('training.filter.to')]}
          onChange={(range) =>
            setFilters((f) => ({
              ...f,
              from: range?.[0] ? isoDay(range[0]) : undefined,
              to: range?.[1] ? isoDay(range[1]) : undefined,
            }))
          }
        />
        <ExportButton list="courses" filters={filters} />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<Course>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('training.course.none')} /> }}
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
