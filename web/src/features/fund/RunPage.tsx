/** One grant run: its grants (name, stage, school, why, amount), the excluded with their reason, the
 * total; submit (maker), approve or reject (another finance officer: maker-checker). */
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RunApproval, RunRejection } from '../../../../src/domain/fund/run.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useVillages } from '../registry/api';
import {
  useApproveRun,
  useFundAccess,
  useRejectRun,
  useRule,
  useRun,
  useSubmitRun,
  type Grant,
  type GrantRunDetail,
} from './api';
import { GRANT_STATUS_COLOR, RUN_STATUS_COLOR, money, semesterLabel, timeOf } from './format';
import { validateFund } from './validate';
import { ExportButton } from '../exports/ExportButton';

function ApproveModal({ run, onClose }: { run: GrantRunDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ paidOn?: Dayjs | null; reason?: string }>();
  const approve = useApproveRun();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as { paidOn?: Dayjs | null; reason?: string };
    const input = {
      ...(v.paidOn ? { paidOn: v.paidOn.format('YYYY-MM-DD') } : {}),
      reason: v.reason ?? '',
    };
    const checked = validateFund(form, RunApproval, input, {
      locale: i18n.language,
      labels: { paidOn: t('fund.run.paidOn'), reason: t('fund.run.approveNote') },
    });
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await approve.mutateAsync({ id: run.id, body: checked.value });
      void message.success(t('fund.run.approved'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('fund.run.approveTitle')}
      okText={t('fund.run.approveOk')}
      cancelText={t('common.cancel')}
      confirmLoading={approve.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        title={t('fund.run.approveWarning', {
          count: run.grantCount,
          total: money(t, run.totalFen),
        })}
        style={{ marginBottom: 12 }}
      />
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert
            type="error"
            showIcon
            title={banner}
            style={{ marginBottom: 12 }}
            data-testid="decision-error"
          />
        ) : null}
        <Form.Item name="paidOn" label={t('fund.run.paidOn')} extra={t('fund.reverse.dateHint')}>
          <DatePicker
            format="YYYY-MM-DD"
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('fund.run.approveNote')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RejectModal({ run, onClose }: { run: GrantRunDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const reject = useRejectRun();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as { reason?: string };
    const checked = validateFund(
      form,
      RunRejection,
      { reason: v.reason ?? '' },
      { locale: i18n.language, labels: { reason: t('fund.run.rejectReason') } },
    );
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await reject.mutateAsync({ id: run.id, body: checked.value });
      void message.success(t('fund.run.rejected'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('fund.run.rejectTitle')}
      okText={t('fund.run.reject')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={reject.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert
            type="error"
            showIcon
            title={banner}
            style={{ marginBottom: 12 }}
            data-testid="decision-error"
          />
        ) : null}
        <Form.Item name="reason" label={t('fund.run.rejectReason')} required>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RunActions({ run }: { run: GrantRunDetail }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const access = useFundAccess();
  const submit = useSubmitRun();
  const [deciding, setDeciding] = useState<'approve' | 'reject' | null>(null);
  const isMaker = access.userId !== null && run.createdBy === access.userId;
  const confirmSubmit = () =>
    modal.confirm({
      title: t('fund.run.submitTitle'),
      content: t('fund.run.submitConfirm', {
        count: run.grantCount,
        total: money(t, run.totalFen),
      }),
      okText: t('fund.run.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await submit.mutateAsync(run.id);
          void message.success(t('fund.run.submitted'));
        } catch (error) {
          void message.error(error instanceof Error ? error.message : String(error));
        }
      },
    });
  const decisionButton = (kind: 'approve' | 'reject') => {
    const button = (
      <Button
        type={kind === 'approve' ? 'primary' : 'default'}
        danger={kind === 'reject'}
        disabled={isMaker}
        onClick={() => setDeciding(kind)}
        data-testid={`run-${kind}`}
      >
        {t(`fund.run.${kind}`)}
      </Button>
    );
    return isMaker ? (
      <Tooltip title={t('fund.run.makerCannotDecide')}>
        <span>{button}</span>
      </Tooltip>
    ) : (
      button
    );
  };
  return (
    <Space wrap>
      {access.canManage && run.status === 'draft' ? (
        <Button type="primary" onClick={() => void confirmSubmit()} data-testid="run-submit">
          {t('fund.run.submit')}
        </Button>
      ) : null}
      {access.canApprove && run.status === 'submitted' ? (
        <>
          {decisionButton('approve')}
          {decisionButton('reject')}
        </>
      ) : null}
      {deciding === 'approve' ? <ApproveModal run={run} onClose={() => setDeciding(null)} /> : null}
      {deciding === 'reject' ? <RejectModal run={run} onClose={() => setDeciding(null)} /> : null}
    </Space>
  );
}

function RunSummary({ run }: { run: GrantRunDetail }) {
  const { t } = useTranslation();
  const access = useFundAccess();
  const rule = useRule(run.ruleId);
  /** The time of a step, marked when the signed-in user took it. */
  const when = (at: string | null, userId: string | null) =>
    at === null
      ? '—'
      : userId !== null && userId === access.userId
        ? t('fund.run.byYou', { time: timeOf(at) })
        : timeOf(at);
  return (
    <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
      <Descriptions.Item label={t('fund.run.status')}>
        <Tag color={RUN_STATUS_COLOR[run.status]} data-testid="run-status">
          {t(`fund.runStatus.${run.status}`)}
        </Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('fund.run.total')}>
        <Typography.Text strong data-testid="run-total">
          {money(t, run.totalFen)}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('fund.run.counts')}>
        {t('fund.run.countsText', { grants: run.grantCount, excluded: run.excludedCount })}
      </Descriptions.Item>
      <Descriptions.Item label={t('fund.run.rule')}>
        {rule.data ? <Link to={`/fund/rules/${run.ruleId}/edit`}>{rule.data.name}</Link> : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('fund.run.createdAt')}>
        {when(run.createdAt, run.createdBy)}
      </Descriptions.Item>
      <Descriptions.Item label={t('fund.run.submittedAt')}>
        {when(run.submittedAt, run.submittedBy)}
      </Descriptions.Item>
      <Descriptions.Item label={t('fund.run.decidedAt')}>
        {when(run.decidedAt, run.decidedBy)}
      </Descriptions.Item>
      <Descriptions.Item label={t('fund.run.paidOn')}>{run.paidOn ?? '—'}</Descriptions.Item>
      {run.decisionReason ? (
        <Descriptions.Item label={t('fund.run.decisionReason')}>
          {run.decisionReason}
        </Descriptions.Item>
      ) : null}
      {run.note ? <Descriptions.Item label={t('fund.note')}>{run.note}</Descriptions.Item> : null}
    </Descriptions>
  );
}

export function RunPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const access = useFundAccess();
  const run = useRun(id);
  const villages = useVillages();
  if (run.isPending) {
    return <Loading rows={8} />;
  }
  if (run.isError) {
    return <ErrorState error={run.error} retry={() => void run.refetch()} />;
  }
  const r = run.data;
  const villageName = new Map((villages.data?.items ?? []).map((v) => [v.code, v.name]));
  const included = r.grants.filter((g) => g.status !== 'excluded');
  const excluded = r.grants.filter((g) => g.status === 'excluded');
  const isMaker = access.userId !== null && r.createdBy === access.userId;
  const person = {
    title: t('fund.grant.student'),
    dataIndex: 'personName',
    render: (name: string, g: Grant) => <Link to={`/fund/students/${g.enrollmentId}`}>{name}</Link>,
  };
  const village = {
    title: t('fund.grant.village'),
    dataIndex: 'villageCode',
    render: (code: string) => villageName.get(code) ?? code,
  };
  const stage = {
    title: t('fund.stage.label'),
    dataIndex: 'stage',
    render: (s: string) => t(`fund.stage.${s}`),
  };
  const school = { title: t('fund.grant.school'), dataIndex: 'schoolName' };
  const columns = [
    person,
    village,
    stage,
    school,
    {
      title: t('fund.grant.reason'),
      key: 'reason',
      render: (_: unknown, g: Grant) =>
        t('fund.grant.qualifies', { stage: t(`fund.stage.${g.stage}`), date: g.admittedOn }),
    },
    {
      title: t('fund.grant.amount'),
      dataIndex: 'amountFen',
      align: 'right' as const,
      render: (fen: number) => <span style={{ whiteSpace: 'nowrap' }}>{money(t, fen)}</span>,
    },
    {
      title: t('fund.grant.status'),
      dataIndex: 'status',
      render: (s: string) => <Tag color={GRANT_STATUS_COLOR[s]}>{t(`fund.grantStatus.${s}`)}</Tag>,
    },
  ];
  const excludedColumns = [
    person,
    village,
    stage,
    school,
    {
      title: t('fund.grant.exclusion'),
      dataIndex: 'exclusion',
      render: (e: string | null) => (e ? t(`fund.exclusion.${e}`) : '—'),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <span data-testid="run-title">
            {t('fund.run.title', { semester: semesterLabel(t, r.semester) })}
          </span>
        }
        extra={<RunActions run={r} />}
      >
        <ExportButton list="grants" filters={{ run: r.id }} bar />
        {isMaker && access.canApprove && r.status === 'submitted' ? (
          <Alert
            type="info"
            showIcon
            title={t('fund.run.makerCannotDecide')}
            style={{ marginBottom: 12 }}
            data-testid="maker-notice"
          />
        ) : null}
        <RunSummary run={r} />
      </Card>
      <Card title={t('fund.run.grants')}>
        <Table<Grant>
          rowKey="id"
          size="middle"
          dataSource={included}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <EmptyState description={t('fund.run.noGrants')} /> }}
          summary={() =>
            included.length > 0 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={5}>
                  <Typography.Text strong>
                    {t('fund.run.totalOf', { count: r.grantCount })}
                  </Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                    {money(t, r.totalFen)}
                  </Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} />
              </Table.Summary.Row>
            ) : undefined
          }
        />
      </Card>
      {excluded.length > 0 ? (
        <Card title={t('fund.run.excluded')}>
          <Table<Grant>
            rowKey="id"
            size="small"
            dataSource={excluded}
            columns={excludedColumns}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </Card>
      ) : null}
    </Space>
  );
}
