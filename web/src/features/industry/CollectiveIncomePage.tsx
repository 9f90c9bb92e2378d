/** Village collective income per year with growth over the year before, and a chart by village. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CollectiveIncomeCreate,
  CollectiveIncomePatch,
} from '../../../../src/domain/industry/collective-income.schema';
import { Chart } from '../../ui/Chart';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import { fenOf, money, percent, EditVoidButtons, useWorkAccess, yuanOf } from '../training/shared';
import {
  useCollectiveIncomes,
  useSaveCollectiveIncome,
  useVoidCollectiveIncome,
  type CollectiveIncome,
} from './api';
import { VillageSelect } from './parts';

interface IncomeValues {
  villageCode?: string;
  year?: number | null;
  amountFen?: number | null;
  note?: string;
}

function IncomeModal({
  income,
  onClose,
}: {
  income: CollectiveIncome | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<IncomeValues>();
  const save = useSaveCollectiveIncome();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as IncomeValues;
    const amountFen = fenOf(v.amountFen) ?? undefined;
    const note = v.note ?? '';
    try {
      if (income) {
        const checked = validateWith(
          form,
          CollectiveIncomePatch,
          { amountFen, note },
          i18n.language,
        );
        if (!checked.ok) {
          setBanner(checked.banner);
          return;
        }
        setBanner(null);
        await save.mutateAsync({ id: income.id, body: checked.value });
      } else {
        const input = {
          villageCode: v.villageCode,
          year: v.year ?? undefined,
          amountFen,
          note,
        };
        const checked = validateWith(form, CollectiveIncomeCreate, input, i18n.language);
        if (!checked.ok) {
          setBanner(checked.banner);
          return;
        }
        setBanner(null);
        await save.mutateAsync({ body: checked.value });
      }
      void message.success(t('industry.saved'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  const initial: IncomeValues = income
    ? {
        villageCode: income.villageCode,
        year: income.year,
        amountFen: yuanOf(income.amountFen),
        note: income.note,
      }
    : { year: dayjs().year() - 1 };
  return (
    <Modal
      open
      title={
        income
          ? t('industry.income.edit', { village: income.villageName, year: income.year })
          : t('industry.income.new')
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
        initialValues={initial}
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        {income ? null : (
          <>
            <Form.Item name="villageCode" label={t('industry.village')}>
              <VillageSelect />
            </Form.Item>
            <Form.Item name="year" label={t('industry.income.year')}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        <Form.Item name="amountFen" label={t('industry.income.amount')}>
          <InputNumber
            min={0}
            precision={2}
            step={10000}
            suffix={t('training.yuanUnit')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="note" label={t('industry.note')}>
          <Input.TextArea rows={2} maxLength={1000} placeholder={t('industry.income.noteHint')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Collective income by year, one bar series per village, in 万元. */
function IncomeChart({ rows }: { rows: CollectiveIncome[] }) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    const villages = [...new Map(rows.map((r) => [r.villageCode, r.villageName])).entries()];
    return {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 56, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', name: t('industry.income.axis') },
      series: villages.map(([code, name]) => ({
        name,
        type: 'bar',
        data: years.map((y) => {
          const r = rows.find((x) => x.villageCode === code && x.year === y);
          return r ? Math.round(r.amountFen / 100) / 10000 : null;
        }),
      })),
    };
  }, [rows, t]);
  return <Chart option={option} style={{ height: 320 }} />;
}

export function CollectiveIncomePage() {
  const { t } = useTranslation();
  const access = useWorkAccess();
  const [village, setVillage] = useState<string | undefined>();
  const incomes = useCollectiveIncomes({ village });
  const voidIncome = useVoidCollectiveIncome();
  const [editing, setEditing] = useState<CollectiveIncome | null | undefined>(undefined);
  const rows = incomes.data?.items ?? [];
  const columns = [
    { title: t('industry.village'), dataIndex: 'villageName' },
    { title: t('industry.income.year'), dataIndex: 'year', width: 90 },
    {
      title: t('industry.income.amount'),
      dataIndex: 'amountFen',
      align: 'right' as const,
      render: (fen: number) => money(t, fen),
    },
    {
      title: t('industry.income.previous'),
      dataIndex: 'previousAmountFen',
      align: 'right' as const,
      responsive: ['md' as const],
      render: (fen: number | null) => money(t, fen),
    },
    {
      title: t('industry.income.growth'),
      dataIndex: 'growthPercent',
      render: (p: number | null) =>
        p === null ? '—' : <Tag color={p >= 0 ? 'green' : 'red'}>{percent(p)}</Tag>,
    },
    {
      title: t('industry.note'),
      dataIndex: 'note',
      responsive: ['lg' as const],
      render: (n: string) => n || '—',
    },
    ...(access.canIndustry
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r: CollectiveIncome) => (
              <EditVoidButtons
                onEdit={() => setEditing(r)}
                voidTitle={t('industry.income.voidTitle')}
                what={`${r.villageName} · ${r.year}`}
                onVoid={(reason) => voidIncome.mutateAsync({ id: r.id, reason })}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('industry.income.title')}
        extra={
          access.canIndustry ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('industry.income.new')}
            </Button>
          ) : null
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <VillageSelect
            allowClear
            style={{ width: 200 }}
            placeholder={t('industry.village')}
            aria-label={t('industry.village')}
            onChange={setVillage}
          />
        </Space>
        {incomes.isError ? (
          <ErrorState error={incomes.error} retry={() => void incomes.refetch()} />
        ) : incomes.isPending ? (
          <Loading rows={6} />
        ) : rows.length === 0 ? (
          <EmptyState description={t('industry.income.none')} />
        ) : (
          <div data-testid="income-chart">
            <IncomeChart rows={rows} />
          </div>
        )}
      </Card>
      {incomes.isSuccess && rows.length > 0 ? (
        <Card title={t('industry.income.table')}>
          <Table<CollectiveIncome>
            rowKey="id"
            size="middle"
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </Card>
      ) : null}
      {editing !== undefined ? (
        <IncomeModal income={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </Space>
  );
}
