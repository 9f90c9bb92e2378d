/** A household's yearly income: table by year, per-capita chart (console only, loaded lazily), add/correct. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, InputNumber, Modal, Row, Space, Table } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IncomeCreate, IncomePatch } from '../../../../src/domain/registry/income.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import { useIncome, useRemoveIncome, useSaveIncome, type IncomeRecord } from '../registry/api';
import { money, toFen, toYuan, today, yuan } from '../registry/format';
import { ExportButton } from '../exports/ExportButton';
import { RemoveButton } from '../../ui/remove-confirm';

/** ECharts is fetched only when a chart is shown (never in the cadre's phone view). */
const IncomeChart = lazy(() => import('./IncomeChart'));

const AMOUNTS = ['wagesFen', 'productionFen', 'propertyFen', 'transferFen'] as const;
const AMOUNT_LABEL: Record<(typeof AMOUNTS)[number], string> = {
  wagesFen: 'registry.income.wages',
  productionFen: 'registry.income.production',
  propertyFen: 'registry.income.property',
  transferFen: 'registry.income.transfer',
};

type IncomeValues = Partial<Record<(typeof AMOUNTS)[number], number | null>> & {
  year?: number | null;
  memberCount?: number | null;
};

function IncomeModal({
  householdId,
  record,
  defaultYear,
  onClose,
}: {
  householdId: string;
  /** null: a new year. */
  record: IncomeRecord | null;
  defaultYear: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<IncomeValues>();
  const save = useSaveIncome(householdId);
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as IncomeValues;
    const amounts = Object.fromEntries(
      AMOUNTS.map((k) => [k, toFen(v[k])]).filter(([, fen]) => fen !== undefined),
    ) as Partial<Record<(typeof AMOUNTS)[number], number>>;
    const memberCount = v.memberCount ?? undefined;
    const body = { ...amounts, ...(memberCount !== undefined ? { memberCount } : {}) };
    const checked =
      record === null
        ? validateWith(
            form,
            IncomeCreate,
            { householdId, year: v.year ?? undefined, ...body },
            i18n.language,
          )
        : validateWith(form, IncomePatch, body, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      const saved =
        record === null
          ? await save.mutateAsync({ id: null, body: checked.value as IncomeCreate })
          : await save.mutateAsync({ id: record.id, body: checked.value });
      void message.success(t('registry.income.saved', { year: saved.year }));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={
        record
          ? t('registry.income.editTitle', { year: record.year })
          : t('registry.income.addTitle')
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={
          record
            ? {
                year: record.year,
                memberCount: record.memberCount,
                ...Object.fromEntries(AMOUNTS.map((k) => [k, toYuan(record[k])])),
              }
            : { year: defaultYear }
        }
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Row gutter={16}>
          <Col xs={12}>
            <Form.Item name="year" label={t('registry.income.year')}>
              <InputNumber
                min={2000}
                max={2100}
                precision={0}
                disabled={record !== null}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="memberCount"
              label={t('registry.income.memberCount')}
              tooltip={t('registry.income.memberHint')}
            >
              <InputNumber min={1} max={30} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {AMOUNTS.map((k) => (
            <Col xs={24} md={12} key={k}>
              <Form.Item name={k} label={t(AMOUNT_LABEL[k])}>
                <InputNumber
                  min={0}
                  precision={2}
                  step={100}
                  suffix={t('registry.yuanUnit')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Alert type="info" title={t('registry.income.amountHint')} />
      </Form>
    </Modal>
  );
}

export function IncomeSection({
  householdId,
  canWrite,
  canRemove,
  showChart,
}: {
  householdId: string;
  canWrite: boolean;
  /** Deleting a record entered in error: coordinators and admins, not cadres. */
  canRemove: boolean;
  showChart: boolean;
}) {
  const { t } = useTranslation();
  const income = useIncome(householdId);
  const removeIncome = useRemoveIncome(householdId);
  const [editing, setEditing] = useState<IncomeRecord | 'new' | null>(null);
  const records = income.data?.items ?? [];
  const thisYear = today().year();
  const defaultYear = records.some((r) => r.year === thisYear - 1) ? thisYear : thisYear - 1;
  const amount = (fen: number) => <span style={{ whiteSpace: 'nowrap' }}>{yuan(fen)}</span>;
  const columns = [
    { title: t('registry.income.year'), dataIndex: 'year' },
    ...AMOUNTS.map((k) => ({
      title: t(AMOUNT_LABEL[k]),
      dataIndex: k,
      align: 'right' as const,
      responsive: ['lg' as const],
      render: amount,
    })),
    {
      title: t('registry.income.total'),
      dataIndex: 'totalFen',
      align: 'right' as const,
      responsive: ['md' as const],
      render: amount,
    },
    {
      title: t('registry.income.memberCount'),
      dataIndex: 'memberCount',
      align: 'right' as const,
      responsive: ['md' as const],
    },
    {
      title: t('registry.income.perCapita'),
      dataIndex: 'perCapitaFen',
      align: 'right' as const,
      render: (fen: number) => <strong style={{ whiteSpace: 'nowrap' }}>{money(t, fen)}</strong>,
    },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r: IncomeRecord) => (
              <Space size={4}>
                <Button size="small" onClick={() => setEditing(r)}>
                  {t('registry.income.correct')}
                </Button>
                {canRemove ? (
                  <RemoveButton
                    size="small"
                    label={t('registry.income.remove')}
                    title={t('registry.income.removeTitle', { year: r.year })}
                    content={t('registry.income.removeConfirm')}
                    okText={t('registry.income.remove')}
                    done={t('registry.income.removed', { year: r.year })}
                    remove={() => removeIncome.mutateAsync(r.id)}
                  />
                ) : null}
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('registry.income.title')}
      data-testid="income-section"
      extra={
        canWrite ? (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('registry.income.add')}
          </Button>
        ) : null
      }
    >
      <ExportButton list="income-records" filters={{ household: householdId }} bar />
      {income.isPending ? (
        <Loading rows={3} />
      ) : income.isError ? (
        <ErrorState error={income.error} retry={() => void income.refetch()} />
      ) : (
        <>
          {showChart && records.length > 0 ? (
            <Suspense fallback={<Loading rows={4} />}>
              <IncomeChart records={records} />
            </Suspense>
          ) : null}
          <Table<IncomeRecord>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={records}
            columns={columns}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('registry.income.empty')} /> }}
          />
        </>
      )}
      {editing ? (
        <IncomeModal
          householdId={householdId}
          record={editing === 'new' ? null : editing}
          defaultYear={defaultYear}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}
