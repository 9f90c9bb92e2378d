/** All trainees across courses: filters by skill, village, completion and outstanding; keyset pages. */
import { Button, Card, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SKILLS } from '../../../../src/domain/training/enums';
import { EmptyState, ErrorState } from '../../ui/states';
import { useVillages } from '../registry/api';
import { useEnrollments, type Enrollment, type EnrollmentFilters } from './api';
import { CompletionTag, CredentialTags, Recommendation } from './TraineeTags';
import { ExportButton } from '../exports/ExportButton';

export function TraineesPage() {
  const { t } = useTranslation();
  const villages = useVillages();
  const [filters, setFilters] = useState<EnrollmentFilters>({});
  const list = useEnrollments(filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const yesNo = (key: 'completed' | 'outstanding') => (value?: string) =>
    setFilters((f) => ({ ...f, [key]: value === undefined ? undefined : value === 'yes' }));
  const columns = [
    {
      title: t('training.enrollment.person'),
      dataIndex: 'personName',
      render: (name: string, e: Enrollment) => (
        <Link to={`/training/trainees/${e.id}`}>{name}</Link>
      ),
    },
    { title: t('training.enrollment.village'), dataIndex: 'villageName' },
    {
      title: t('training.enrollment.course'),
      dataIndex: 'courseTitle',
      render: (title: string, e: Enrollment) => (
        <Link to={`/training/courses/${e.courseId}`}>{title}</Link>
      ),
    },
    {
      title: t('training.course.skill'),
      dataIndex: 'skill',
      render: (s: string) => t(`training.skill.${s}`),
    },
    {
      title: t('training.enrollment.completion'),
      key: 'completed',
      render: (_: unknown, e: Enrollment) => <CompletionTag enrollment={e} />,
    },
    {
      title: t('training.enrollment.credentials'),
      key: 'credentials',
      render: (_: unknown, e: Enrollment) => <CredentialTags enrollment={e} />,
    },
    {
      title: t('training.enrollment.recommendation'),
      key: 'recommendation',
      responsive: ['lg' as const],
      render: (_: unknown, e: Enrollment) => <Recommendation enrollment={e} />,
    },
  ];
  const yesNoOptions = [
    { value: 'yes', label: t('training.yes') },
    { value: 'no', label: t('training.no') },
  ];
  return (
    <Card title={t('training.enrollment.all')}>
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
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          placeholder={t('training.enrollment.village')}
          aria-label={t('training.enrollment.village')}
          loading={villages.isPending}
          options={(villages.data?.items ?? []).map((v) => ({ value: v.code, label: v.name }))}
          onChange={(village?: string) => setFilters((f) => ({ ...f, village }))}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('training.enrollment.completed')}
          aria-label={t('training.enrollment.completed')}
          options={yesNoOptions}
          onChange={yesNo('completed')}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('training.enrollment.outstanding')}
          aria-label={t('training.enrollment.outstanding')}
          options={yesNoOptions}
          onChange={yesNo('outstanding')}
        />
        <ExportButton list="enrollments" filters={filters} />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<Enrollment>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('training.enrollment.none')} /> }}
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
