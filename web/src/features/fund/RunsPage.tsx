/** Grant runs by semester and status; a new run is built for a semester from the registry and the rule. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RUN_STATUSES } from '../../../../src/domain/fund/enums';
import { RunCreate } from '../../../../src/domain/fund/run.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { EmptyState, ErrorState } from '../../ui/states';
import { useCreateRun, useFundAccess, useRuns, type GrantRun, type RunFilters } from './api';
import { RUN_STATUS_COLOR, money, semesterChoices, semesterLabel, timeOf } from './format';
import { validateFund } from './validate';

function NewRunModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ semester?: string; note?: string }>();
  const create = useCreateRun();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as { semester?: string; note?: string };
    const checked = validateFund(
      form,
      RunCreate,
      { semester: v.semester ?? '', note: v.note ?? '' },
      { locale: i18n.language, labels: { semester: t('fund.run.semester'), note: t('fund.note') } },
    );
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      const run = await create.mutateAsync(checked.value);
      void message.success(t('fund.run.created'));
      onClose();
      void navigate(`/fund/runs/${run.id}`);
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('fund.run.new')}
      okText={t('fund.run.build')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{ semester: semesterChoices(1)[0] }}
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert
            type="error"
            showIcon
            title={banner}
            style={{ marginBottom: 12 }}
            data-testid="run-error"
          />
        ) : null}
        <Form.Item name="semester" label={t('fund.run.semester')} extra={t('fund.run.buildHint')}>
          <Select
            options={semesterChoices(8).map((s) => ({ value: s, label: semesterLabel(t, s) }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('fund.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RunsPage() {
  const { t } = useTranslation();
  const access = useFundAccess();
  const [filters, setFilters] = useState<RunFilters>({});
  const [creating, setCreating] = useState(false);
  const runs = useRuns(filters);
  const rows = runs.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    {
      title: t('fund.run.semester'),
      dataIndex: 'semester',
      render: (s: string, r: GrantRun) => (
        <Link to={`/fund/runs/${r.id}`}>{semesterLabel(t, s)}</Link>
      ),
    },
    {
      title: t('fund.run.status'),
      dataIndex: 'status',
      render: (s: string) => <Tag color={RUN_STATUS_COLOR[s]}>{t(`fund.runStatus.${s}`)}</Tag>,
    },
    { title: t('fund.run.grantCount'), dataIndex: 'grantCount', align: 'right' as const },
    {
      title: t('fund.run.excludedCount'),
      dataIndex: 'excludedCount',
      align: 'right' as const,
      responsive: ['md' as const],
    },
    {
      title: t('fund.run.total'),
      dataIndex: 'totalFen',
      align: 'right' as const,
      render: (fen: number) => <span style={{ whiteSpace: 'nowrap' }}>{money(t, fen)}</span>,
    },
    {
      title: t('fund.run.createdAt'),
      dataIndex: 'createdAt',
      responsive: ['lg' as const],
      render: (v: string) => timeOf(v),
    },
    {
      title: t('fund.run.paidOn'),
      dataIndex: 'paidOn',
      responsive: ['md' as const],
      render: (v: string | null) => v ?? '—',
    },
  ];
  return (
    <Card
      title={t('fund.run.list')}
      extra={
        access.canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('fund.run.new')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('fund.run.semester')}
          aria-label={t('fund.run.semester')}
          options={semesterChoices(10).map((s) => ({ value: s, label: semesterLabel(t, s) }))}
          onChange={(semester?: string) => setFilters((f) => ({ ...f, semester }))}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('fund.run.status')}
          aria-label={t('fund.run.status')}
          options={RUN_STATUSES.map((s) => ({ value: s, label: t(`fund.runStatus.${s}`) }))}
          onChange={(status?: string) => setFilters((f) => ({ ...f, status }))}
        />
      </Space>
      {runs.isError ? (
        <ErrorState error={runs.error} retry={() => void runs.refetch()} />
      ) : (
        <>
          <Table<GrantRun>
            rowKey="id"
            loading={runs.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('fund.run.empty')} /> }}
          />
          {runs.hasNextPage ? (
            <Button
              block
              style={{ marginTop: 12 }}
              loading={runs.isFetchingNextPage}
              onClick={() => void runs.fetchNextPage()}
            >
              {t('common.more')}
            </Button>
          ) : null}
        </>
      )}
      {creating ? <NewRunModal onClose={() => setCreating(false)} /> : null}
    </Card>
  );
}
