/** One assistance record: the common fields, who received it, the kind's details; correct or void it. */
import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, Loading } from '../../ui/states';
import { count, dateTime, MEASURE_COLOR, money, useMeasuresAccess } from '../measures/shared';
import { useVoidConfirm } from '../measures/void';
import { useAssistance, useVoidAssistance, type AssistanceRecord } from './api';
import { KIND_COLOR, quantitiesText, STATUS_COLOR, summaryOf } from './format';

type Item = { label: string; value: ReactNode };

function kindItems(t: TFunction, r: AssistanceRecord): Item[] {
  switch (r.kind) {
    case 'job':
      return [
        { label: t('assistance.job.employer'), value: r.employer },
        { label: t('assistance.job.jobTitle'), value: r.jobTitle },
        { label: t('assistance.job.place'), value: t(`assistance.jobPlace.${r.place}`) },
        { label: t('assistance.job.channel'), value: t(`assistance.jobChannel.${r.channel}`) },
        {
          label: t('assistance.job.period'),
          value: `${r.startDate} ~ ${r.endDate ?? t('assistance.job.ongoing')}`,
        },
        { label: t('assistance.job.monthlyWage'), value: money(t, r.monthlyWageFen) },
      ];
    case 'medical':
      return [
        {
          label: t('assistance.medical.kind'),
          value: r.medicalKind ? t(`assistance.medicalKind.${r.medicalKind}`) : '—',
        },
        { label: t('assistance.medical.provider'), value: r.provider ?? '—' },
        { label: t('assistance.medical.cost'), value: money(t, r.costFen) },
        { label: t('assistance.medical.paidBy'), value: r.paidBy || '—' },
      ];
    case 'health_check':
      return [
        { label: t('assistance.healthCheck.provider'), value: r.provider || '—' },
        { label: t('assistance.healthCheck.peopleChecked'), value: count(r.peopleChecked) },
      ];
    case 'donation':
      return [
        { label: t('assistance.donation.donor'), value: r.donor },
        { label: t('assistance.donation.totals'), value: quantitiesText(t, r.totals) },
      ];
    case 'project':
      return [
        { label: t('assistance.project.name'), value: r.projectName },
        {
          label: t('assistance.project.category'),
          value: t(`assistance.projectCategory.${r.category}`),
        },
        {
          label: t('assistance.project.status'),
          value: t(`assistance.projectStatus.${r.projectStatus}`),
        },
        {
          label: t('assistance.project.period'),
          value: `${r.startDate ?? '—'} ~ ${r.endDate ?? '—'}`,
        },
        { label: t('assistance.project.fundsTotal'), value: money(t, r.fundsTotalFen) },
        {
          label: t('assistance.project.householdCount'),
          value: r.householdCount === null ? '—' : count(r.householdCount),
        },
      ];
    case 'loan':
      return [
        { label: t('assistance.loan.lender'), value: r.lender },
        { label: t('assistance.loan.amount'), value: money(t, r.amountFen) },
        { label: t('assistance.loan.purpose'), value: r.purpose },
        { label: t('assistance.loan.termMonths'), value: r.termMonths },
        { label: t('assistance.loan.status'), value: t(`assistance.loanStatus.${r.loanStatus}`) },
      ];
    case 'good_deed':
      return [{ label: t('assistance.goodDeed.description'), value: r.description }];
  }
}

/** Tables under the details: donation recipients, project funds, health-check villages. */
function KindTables({ record: r }: { record: AssistanceRecord }) {
  const { t } = useTranslation();
  if (r.kind === 'donation') {
    return (
      <Card size="small" title={t('assistance.donation.recipients')}>
        <Table
          rowKey={(x) => x.householdId ?? x.villageCode}
          size="small"
          pagination={false}
          dataSource={r.recipients}
          columns={[
            {
              title: t('assistance.donation.recipientName'),
              dataIndex: 'name',
              render: (name: string, x: (typeof r.recipients)[number]) =>
                x.householdId ? <Link to={`/households/${x.householdId}`}>{name}</Link> : name,
            },
            {
              title: t('assistance.donation.items'),
              key: 'items',
              render: (_: unknown, x: (typeof r.recipients)[number]) => quantitiesText(t, x.items),
            },
          ]}
        />
      </Card>
    );
  }
  if (r.kind === 'project') {
    return (
      <Card size="small" title={t('assistance.project.funds')}>
        <Table
          rowKey={(f) => f.source}
          size="small"
          pagination={false}
          dataSource={r.funds}
          columns={[
            { title: t('assistance.project.source'), dataIndex: 'source' },
            {
              title: t('assistance.project.amount'),
              dataIndex: 'amountFen',
              align: 'right' as const,
              render: (fen: number) => money(t, fen),
            },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                {t('assistance.project.fundsTotal')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {money(t, r.fundsTotalFen)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>
    );
  }
  if (r.kind === 'health_check') {
    return (
      <Card size="small" title={t('assistance.healthCheck.villages')}>
        <Table
          rowKey="villageCode"
          size="small"
          pagination={false}
          dataSource={r.villages}
          columns={[
            { title: t('assistance.field.village'), dataIndex: 'villageName' },
            {
              title: t('assistance.healthCheck.peopleChecked'),
              dataIndex: 'peopleChecked',
              align: 'right' as const,
              render: (n: number) => count(n),
            },
          ]}
        />
      </Card>
    );
  }
  return null;
}

export function AssistanceDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useMeasuresAccess();
  const record = useAssistance(id);
  const voidRecord = useVoidAssistance(id);
  const confirmVoid = useVoidConfirm();
  if (record.isPending) {
    return <Loading rows={10} />;
  }
  if (record.isError) {
    return <ErrorState error={record.error} retry={() => void record.refetch()} />;
  }
  const r = record.data;
  const voided = r.voidedAt !== null;
  const canChange = access.canAssistance && !voided;
  return (
    <Space
      orientation="vertical"
      size={16}
      style={{ width: '100%' }}
      data-testid="assistance-detail"
    >
      <Card
        title={
          <Space wrap>
            <Tag color={KIND_COLOR[r.kind]}>{t(`assistance.kind.${r.kind}`)}</Tag>
            <span>{summaryOf(t, r)}</span>
          </Space>
        }
        extra={
          canChange ? (
            <Space wrap>
              <Button
                icon={<EditOutlined />}
                onClick={() => void navigate(`/measures/assistance/${r.id}/edit`)}
              >
                {t('assistance.edit')}
              </Button>
              <Button
                danger
                icon={<StopOutlined />}
                onClick={() =>
                  confirmVoid({
                    title: t('assistance.voidTitle'),
                    what: `${t(`assistance.kind.${r.kind}`)} · ${r.date}`,
                    onVoid: (reason) => voidRecord.mutateAsync(reason),
                  })
                }
              >
                {t('assistance.void')}
              </Button>
            </Space>
          ) : null
        }
      >
        {voided ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('assistance.voided', { at: dateTime(r.voidedAt), reason: r.voidReason ?? '' })}
          />
        ) : null}
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('assistance.field.date')}>{r.date}</Descriptions.Item>
          <Descriptions.Item label={t('assistance.field.status')}>
            <Tag color={STATUS_COLOR[r.status]}>{t(`assistance.status.${r.status}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('assistance.field.measure')}>
            <Tag color={MEASURE_COLOR[r.measure]}>{t(`measures.measure.${r.measure}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('assistance.field.beneficiaries')}>
            {r.beneficiaries.length === 0 ? (
              '—'
            ) : (
              <Space size={4} wrap>
                {r.beneficiaries.map((b) =>
                  b.householdId ? (
                    <Link
                      key={`${b.householdId}-${b.personId ?? ''}`}
                      to={`/households/${b.householdId}`}
                    >
                      {b.name}
                    </Link>
                  ) : (
                    <span key={b.villageCode}>{b.name}</span>
                  ),
                )}
              </Space>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('assistance.field.arrangedBy')}>
            {r.arrangedByCadreName ?? '—'}
          </Descriptions.Item>
          {kindItems(t, r).map((item) => (
            <Descriptions.Item key={item.label} label={item.label}>
              {item.value}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('assistance.field.notes')}>
            {r.notes || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('assistance.recordedAt')}>
            {dateTime(r.createdAt)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <KindTables record={r} />
    </Space>
  );
}
