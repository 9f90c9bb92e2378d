/** One student: the enrollment, every grant paid or proposed to them, correct or void the record. */
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { VoidInput } from '../../../../src/domain/fund/student.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useVillages } from '../registry/api';
import {
  useFundAccess,
  useStudent,
  useStudentGrants,
  useVoidStudent,
  type GrantHistoryEntry,
  type Student,
} from './api';
import { GRANT_STATUS_COLOR, money, semesterLabel, timeOf } from './format';
import { validateFund } from './validate';

function VoidModal({ student, onClose }: { student: Student; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const voidStudent = useVoidStudent();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as { reason?: string };
    const checked = validateFund(
      form,
      VoidInput,
      { reason: v.reason ?? '' },
      { locale: i18n.language, labels: { reason: t('fund.student.voidReason') } },
    );
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await voidStudent.mutateAsync({ id: student.id, reason: checked.value.reason });
      void message.success(t('fund.student.voided'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('fund.student.voidTitle', { name: student.personName })}
      okText={t('fund.student.void')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={voidStudent.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        title={t('fund.student.voidWarning')}
        style={{ marginBottom: 12 }}
      />
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="reason" label={t('fund.student.voidReason')} required>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function GrantHistory({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const grants = useStudentGrants(personId);
  if (grants.isError) {
    return <ErrorState error={grants.error} retry={() => void grants.refetch()} />;
  }
  const rows = grants.data?.items ?? [];
  const paidFen = rows.filter((g) => g.status === 'paid').reduce((s, g) => s + g.amountFen, 0);
  const columns = [
    {
      title: t('fund.run.semester'),
      dataIndex: 'semester',
      render: (s: string, g: GrantHistoryEntry) => (
        <Link to={`/fund/runs/${g.runId}`}>{semesterLabel(t, s)}</Link>
      ),
    },
    {
      title: t('fund.stage.label'),
      dataIndex: 'stage',
      render: (s: string) => t(`fund.stage.${s}`),
    },
    { title: t('fund.grant.school'), dataIndex: 'schoolName', responsive: ['md' as const] },
    {
      title: t('fund.grant.amount'),
      dataIndex: 'amountFen',
      align: 'right' as const,
      render: (fen: number) => <span style={{ whiteSpace: 'nowrap' }}>{money(t, fen)}</span>,
    },
    {
      title: t('fund.grant.status'),
      dataIndex: 'status',
      render: (s: string, g: GrantHistoryEntry) => (
        <Space size={4}>
          <Tag color={GRANT_STATUS_COLOR[s]}>{t(`fund.grantStatus.${s}`)}</Tag>
          {g.exclusion ? <span>{t(`fund.exclusion.${g.exclusion}`)}</span> : null}
        </Space>
      ),
    },
    {
      title: t('fund.grant.runStatus'),
      dataIndex: 'runStatus',
      responsive: ['md' as const],
      render: (s: string) => t(`fund.runStatus.${s}`),
    },
    { title: t('fund.run.paidOn'), dataIndex: 'paidOn', render: (v: string | null) => v ?? '—' },
  ];
  return (
    <Card
      title={t('fund.student.grants')}
      extra={rows.length > 0 ? t('fund.student.paidTotal', { total: money(t, paidFen) }) : null}
    >
      <Table<GrantHistoryEntry>
        rowKey="id"
        size="middle"
        loading={grants.isPending}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState description={t('fund.student.noGrants')} /> }}
      />
    </Card>
  );
}

export function StudentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useFundAccess();
  const student = useStudent(id);
  const villages = useVillages();
  const [voiding, setVoiding] = useState(false);
  if (student.isPending) {
    return <Loading rows={8} />;
  }
  if (student.isError) {
    return <ErrorState error={student.error} retry={() => void student.refetch()} />;
  }
  const s = student.data;
  const village = villages.data?.items.find((v) => v.code === s.villageCode)?.name ?? s.villageCode;
  const editable = access.canEnroll && s.voidedAt === null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={s.personName}
        extra={
          editable ? (
            <Space wrap>
              <Button onClick={() => void navigate(`/fund/students/${s.id}/edit`)}>
                {t('fund.student.edit')}
              </Button>
              <Button danger onClick={() => setVoiding(true)}>
                {t('fund.student.void')}
              </Button>
            </Space>
          ) : null
        }
      >
        {s.voidedAt ? (
          <Alert
            type="warning"
            showIcon
            title={t('fund.student.voidedNotice', {
              at: timeOf(s.voidedAt),
              reason: s.voidReason ?? '',
            })}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('fund.grant.village')}>
            <Link to={`/households/${s.householdId}`}>{village}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('fund.stage.label')}>
            {t(`fund.stage.${s.stage}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('fund.grant.school')}>{s.schoolName}</Descriptions.Item>
          <Descriptions.Item label={t('fund.student.admittedOn')}>{s.admittedOn}</Descriptions.Item>
          <Descriptions.Item label={t('fund.student.expectedEnd')}>
            {s.expectedEnd ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('fund.student.state')}>
            {s.active ? (
              <Tag color="green">{t('fund.student.active')}</Tag>
            ) : (
              <Tag>{t('fund.student.ended')}</Tag>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <GrantHistory personId={s.personId} />
      {voiding ? <VoidModal student={s} onClose={() => setVoiding(false)} /> : null}
    </Space>
  );
}
