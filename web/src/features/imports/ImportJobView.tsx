/** One import job: progress while it runs, then its summary, the bad rows and the error report. */
import { Alert, Descriptions, Progress, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_BAD_ROWS_SHOWN } from '../../../../src/domain/imports/import.schema';
import { ErrorState, Loading } from '../../ui/states';
import { reportUrl, useImportJob, type ImportJob } from './api';

function Counts({
  counts,
}: {
  counts: Partial<Record<'created' | 'updated' | 'unchanged' | 'rejected', number>>;
}) {
  const { t } = useTranslation();
  const colors = {
    created: 'green',
    updated: 'blue',
    unchanged: 'default',
    rejected: 'red',
  } as const;
  return (
    <Space wrap size={4}>
      {(['created', 'updated', 'unchanged', 'rejected'] as const)
        .filter((k) => counts[k] !== undefined)
        .map((k) => (
          <Tag key={k} color={colors[k]}>
            {t(`imports.count.${k}`, { n: counts[k] })}
          </Tag>
        ))}
    </Space>
  );
}

function resultTitle(job: ImportJob): string {
  if (job.summary?.applied) {
    return 'imports.result.applied';
  }
  return job.dryRun ? 'imports.result.dry' : 'imports.result.refused';
}

function Result({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const summary = job.summary;
  if (!summary) {
    return null;
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="import-summary">
      <Alert
        type={summary.badRows > 0 ? 'warning' : summary.applied ? 'success' : 'info'}
        showIcon
        message={t(resultTitle(job))}
      />
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('imports.summary.rows')}>
          {summary.rows}（{t('imports.summary.blankRows')} {summary.blankRows}）
        </Descriptions.Item>
        <Descriptions.Item label={t('imports.summary.badRows')}>
          {summary.badRows}
        </Descriptions.Item>
        <Descriptions.Item label={t('imports.summary.households')}>
          <Counts counts={summary.households} />
        </Descriptions.Item>
        <Descriptions.Item label={t('imports.summary.persons')}>
          <Counts counts={summary.persons} />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('imports.badRows')}</Typography.Title>
      {summary.badRows > job.badRows.length ? (
        <Typography.Text type="secondary">
          {t('imports.badRows.more', { shown: MAX_BAD_ROWS_SHOWN, total: summary.badRows })}
        </Typography.Text>
      ) : null}
      <Table
        size="small"
        rowKey="row"
        data-testid="bad-rows"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('imports.noBadRows') }}
        dataSource={job.badRows}
        columns={[
          { title: t('imports.badRows.row'), dataIndex: 'row', width: 90 },
          {
            title: t('imports.badRows.reasons'),
            dataIndex: 'reasons',
            render: (reasons: string[]) => reasons.join('；'),
          },
        ]}
      />
      {job.hasReport ? (
        <a href={reportUrl(job.id)} download data-testid="error-report">
          {t('imports.report')}
        </a>
      ) : null}
    </Space>
  );
}

/** The job's state; `children` render under a finished job (the apply panel). */
export function ImportJobView({
  id,
  children,
}: {
  id: string;
  children?: (job: ImportJob) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const job = useImportJob(id);
  if (job.isPending) {
    return <Loading rows={2} />;
  }
  if (job.isError) {
    return <ErrorState error={job.error} retry={() => void job.refetch()} />;
  }
  const data = job.data;
  if (data.status === 'failed') {
    return <Alert type="error" showIcon message={t('imports.failed')} description={data.error} />;
  }
  if (data.status !== 'done') {
    return (
      <div data-testid="import-progress">
        <Progress percent={Math.floor(data.progress * 100)} status="active" />
        <Typography.Text type="secondary">
          {data.status === 'queued'
            ? t('imports.queued')
            : t('imports.running', { rows: data.rowsRead })}
        </Typography.Text>
      </div>
    );
  }
  return (
    <>
      <Result job={data} />
      {children?.(data)}
    </>
  );
}
