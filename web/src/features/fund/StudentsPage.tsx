/** Students of paired households (university, 内高班, 内初班): filter by village, stage, still studying. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { STUDY_STAGES } from '../../../../src/domain/fund/enums';
import { EmptyState, ErrorState } from '../../ui/states';
import { useVillages } from '../registry/api';
import { useFundAccess, useStudents, type Student, type StudentFilters } from './api';
import { ExportButton } from '../exports/ExportButton';

export function StudentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useFundAccess();
  const [filters, setFilters] = useState<StudentFilters>({ active: 'true' });
  const villages = useVillages();
  const students = useStudents(filters);
  const rows = students.data?.pages.flatMap((p) => p.items) ?? [];
  const villageName = new Map((villages.data?.items ?? []).map((v) => [v.code, v.name]));
  const columns = [
    {
      title: t('fund.student.name'),
      dataIndex: 'personName',
      render: (name: string, s: Student) => <Link to={`/fund/students/${s.id}`}>{name}</Link>,
    },
    {
      title: t('fund.grant.village'),
      dataIndex: 'villageCode',
      render: (code: string) => villageName.get(code) ?? code,
    },
    {
      title: t('fund.stage.label'),
      dataIndex: 'stage',
      render: (s: string) => t(`fund.stage.${s}`),
    },
    { title: t('fund.grant.school'), dataIndex: 'schoolName' },
    { title: t('fund.student.admittedOn'), dataIndex: 'admittedOn', responsive: ['md' as const] },
    {
      title: t('fund.student.expectedEnd'),
      dataIndex: 'expectedEnd',
      responsive: ['lg' as const],
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('fund.student.state'),
      dataIndex: 'active',
      render: (active: boolean) =>
        active ? (
          <Tag color="green">{t('fund.student.active')}</Tag>
        ) : (
          <Tag>{t('fund.student.ended')}</Tag>
        ),
    },
  ];
  return (
    <Card
      title={t('fund.student.list')}
      extra={
        access.canEnroll ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/fund/students/new')}
          >
            {t('fund.student.new')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          placeholder={t('fund.grant.village')}
          aria-label={t('fund.grant.village')}
          loading={villages.isPending}
          options={(villages.data?.items ?? []).map((v) => ({ value: v.code, label: v.name }))}
          onChange={(village?: string) => setFilters((f) => ({ ...f, village }))}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('fund.stage.label')}
          aria-label={t('fund.stage.label')}
          options={STUDY_STAGES.map((s) => ({ value: s, label: t(`fund.stage.${s}`) }))}
          onChange={(stage?: string) => setFilters((f) => ({ ...f, stage }))}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          value={filters.active}
          placeholder={t('fund.student.state')}
          aria-label={t('fund.student.state')}
          options={[
            { value: 'true', label: t('fund.student.active') },
            { value: 'false', label: t('fund.student.ended') },
          ]}
          onChange={(active?: string) => setFilters((f) => ({ ...f, active }))}
        />
        <ExportButton list="students" filters={filters} />
      </Space>
      {students.isError ? (
        <ErrorState error={students.error} retry={() => void students.refetch()} />
      ) : (
        <>
          <Table<Student>
            rowKey="id"
            loading={students.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('fund.student.empty')} /> }}
          />
          {students.hasNextPage ? (
            <Button
              block
              style={{ marginTop: 12 }}
              loading={students.isFetchingNextPage}
              onClick={() => void students.fetchNextPage()}
            >
              {t('common.more')}
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}
