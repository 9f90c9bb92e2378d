/** Sales by channel (预售, 定点直供, 直播带货 …) and buyer region, with totals by channel. */
import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SALE_CHANNELS } from '../../../../src/domain/industry/enums';
import { SaleCreate } from '../../../../src/domain/industry/sale.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { EmptyState, ErrorState } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import {
  afterToday,
  dayOf,
  fenOf,
  isoDay,
  money,
  EditVoidButtons,
  useWorkAccess,
  yuan,
  yuanOf,
} from '../training/shared';
import {
  useAllCooperatives,
  useAllProducts,
  useSaleTotals,
  useSales,
  useSaveSale,
  useVoidSale,
  type Sale,
} from './api';
import { VillageSelect } from './parts';
import { ExportButton } from '../exports/ExportButton';

const CHANNEL_COLOR: Record<string, string> = {
  pre_sale: 'blue',
  direct_supply: 'cyan',
  livestream: 'magenta',
  market: 'green',
  other: 'default',
};

interface SaleValues {
  productId?: string;
  cooperativeId?: string | null;
  villageCode?: string | null;
  saleDate?: Dayjs | null;
  channel?: string;
  buyerRegion?: string;
  quantity?: number | null;
  unit?: string;
  revenueFen?: number | null;
  note?: string;
}

function SaleModal({ sale, onClose }: { sale: Sale | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SaleValues>();
  const products = useAllProducts();
  const coops = useAllCooperatives();
  const save = useSaveSale();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as SaleValues;
    const input = {
      productId: v.productId,
      cooperativeId: v.cooperativeId ?? null,
      villageCode: v.villageCode ?? null,
      saleDate: isoDay(v.saleDate),
      channel: v.channel,
      buyerRegion: v.buyerRegion ?? '',
      buyerRegionCode: sale?.buyerRegionCode ?? null,
      quantity: v.quantity ?? undefined,
      unit: v.unit ?? '',
      revenueFen: fenOf(v.revenueFen) ?? undefined,
      note: v.note ?? '',
    };
    const checked = validateWith(form, SaleCreate, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      if (sale) {
        await save.mutateAsync({ id: sale.id, body: checked.value });
      } else {
        await save.mutateAsync({ body: checked.value });
      }
      void message.success(t('industry.saved'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  const initial: SaleValues = sale
    ? {
        productId: sale.productId,
        cooperativeId: sale.cooperativeId,
        villageCode: sale.villageCode,
        saleDate: dayOf(sale.saleDate),
        channel: sale.channel,
        buyerRegion: sale.buyerRegion,
        quantity: sale.quantity,
        unit: sale.unit,
        revenueFen: yuanOf(sale.revenueFen),
        note: sale.note,
      }
    : { saleDate: dayjs(), channel: 'livestream' };
  return (
    <Modal
      open
      width={680}
      title={t(sale ? 'industry.sale.edit' : 'industry.sale.new')}
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
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="productId" label={t('industry.product')}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={products.isPending}
                options={(products.data?.items ?? []).map((p) => ({
                  value: p.id,
                  label: p.name,
                }))}
                onChange={(id: string) => {
                  const unit = products.data?.items.find((p) => p.id === id)?.unit;
                  if (unit) {
                    form.setFieldValue('unit', unit);
                  }
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="channel" label={t('industry.sale.channel')}>
              <Select
                options={SALE_CHANNELS.map((c) => ({
                  value: c,
                  label: t(`industry.channel.${c}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="cooperativeId" label={t('industry.sale.cooperative')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={coops.isPending}
                options={(coops.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="villageCode"
              label={t('industry.sale.village')}
              extra={t('industry.sale.villageHint')}
            >
              <VillageSelect allowClear />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={12} md={8}>
            <Form.Item name="saleDate" label={t('industry.sale.date')}>
              <DatePicker format="YYYY-MM-DD" disabledDate={afterToday} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={16}>
            <Form.Item name="buyerRegion" label={t('industry.sale.buyerRegion')}>
              <Input maxLength={100} placeholder={t('industry.sale.buyerRegionHint')} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={12} md={8}>
            <Form.Item name="quantity" label={t('industry.sale.quantity')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="unit" label={t('industry.sale.unit')}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="revenueFen" label={t('industry.sale.revenue')}>
              <InputNumber
                min={0}
                precision={2}
                step={100}
                suffix={t('training.yuanUnit')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('industry.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface SaleFilters {
  channel?: string;
  product?: string;
  cooperative?: string;
  village?: string;
  from?: string;
  to?: string;
}

function ChannelTotals({ filters }: { filters: SaleFilters }) {
  const { t } = useTranslation();
  const totals = useSaleTotals({ ...filters });
  if (totals.isError) {
    return <ErrorState error={totals.error} retry={() => void totals.refetch()} />;
  }
  const channels = filters.channel ? [filters.channel] : [...SALE_CHANNELS];
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="channel-totals">
        <Col xs={12} md={8} xl={4}>
          <Card size="small" data-testid="channel-total-all">
            <Statistic
              title={t('industry.sale.totalAll', { count: totals.data?.count ?? 0 })}
              value={totals.data ? yuan(totals.data.revenueFen) : '—'}
              suffix={t('training.yuanUnit')}
              loading={totals.isPending}
              styles={{ content: { fontSize: 20 } }}
            />
          </Card>
        </Col>
        {channels.map((c) => {
          const total = totals.data?.byChannel.get(c);
          return (
            <Col xs={12} md={8} xl={4} key={c}>
              <Card size="small" data-testid={`channel-total-${c}`}>
                <Statistic
                  title={t('industry.sale.totalOf', {
                    channel: t(`industry.channel.${c}`),
                    count: total?.count ?? 0,
                  })}
                  value={yuan(total?.revenueFen ?? 0)}
                  suffix={t('training.yuanUnit')}
                  loading={totals.isPending}
                  styles={{ content: { fontSize: 20 } }}
                />
              </Card>
            </Col>
          );
        })}
      </Row>
      {totals.data && !totals.data.complete ? (
        <Alert
          type="warning"
          showIcon
          title={t('industry.sale.partial')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
    </>
  );
}

export function SalesPage() {
  const { t } = useTranslation();
  const access = useWorkAccess();
  const products = useAllProducts();
  const coops = useAllCooperatives();
  const [filters, setFilters] = useState<SaleFilters>({});
  const list = useSales({ ...filters });
  const voidSale = useVoidSale();
  const [editing, setEditing] = useState<Sale | null | undefined>(undefined);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    { title: t('industry.sale.date'), dataIndex: 'saleDate', width: 120 },
    { title: t('industry.product'), dataIndex: 'productName' },
    {
      title: t('industry.sale.channel'),
      dataIndex: 'channel',
      render: (c: string) => <Tag color={CHANNEL_COLOR[c]}>{t(`industry.channel.${c}`)}</Tag>,
    },
    {
      title: t('industry.sale.buyerRegion'),
      dataIndex: 'buyerRegion',
      render: (r: string) => r || '—',
    },
    {
      title: t('industry.sale.quantity'),
      key: 'quantity',
      align: 'right' as const,
      render: (_: unknown, s: Sale) => `${s.quantity.toLocaleString('zh-CN')} ${s.unit}`,
    },
    {
      title: t('industry.sale.revenue'),
      dataIndex: 'revenueFen',
      align: 'right' as const,
      render: (fen: number) => money(t, fen),
    },
    {
      title: t('industry.sale.seller'),
      key: 'seller',
      responsive: ['lg' as const],
      render: (_: unknown, s: Sale) =>
        [s.cooperativeName, s.villageName].filter(Boolean).join(' · ') || '—',
    },
    ...(access.canIndustry
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, s: Sale) => (
              <EditVoidButtons
                onEdit={() => setEditing(s)}
                voidTitle={t('industry.sale.voidTitle')}
                what={`${s.saleDate} · ${s.productName} · ${money(t, s.revenueFen)}`}
                onVoid={(reason) => voidSale.mutateAsync({ id: s.id, reason })}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('industry.nav.sales')}
      extra={
        access.canIndustry ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('industry.sale.new')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('industry.sale.channel')}
          aria-label={t('industry.sale.channel')}
          options={SALE_CHANNELS.map((c) => ({ value: c, label: t(`industry.channel.${c}`) }))}
          onChange={(channel?: string) => setFilters((f) => ({ ...f, channel }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 160 }}
          placeholder={t('industry.product')}
          aria-label={t('industry.product')}
          loading={products.isPending}
          options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          onChange={(product?: string) => setFilters((f) => ({ ...f, product }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          placeholder={t('industry.sale.cooperative')}
          aria-label={t('industry.sale.cooperative')}
          loading={coops.isPending}
          options={(coops.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(cooperative?: string) => setFilters((f) => ({ ...f, cooperative }))}
        />
        <VillageSelect
          allowClear
          style={{ width: 160 }}
          placeholder={t('industry.village')}
          aria-label={t('industry.village')}
          onChange={(village) => setFilters((f) => ({ ...f, village }))}
        />
        <DatePicker.RangePicker
          format="YYYY-MM-DD"
          placeholder={[t('training.filter.from'), t('training.filter.to')]}
          onChange={(range) =>
            setFilters((f) => ({
              ...f,
              from: range?.[0] ? isoDay(range[0]) : undefined,
              to: range?.[1] ? isoDay(range[1]) : undefined,
            }))
          }
        />
        <ExportButton list="sales" filters={filters} />
      </Space>
      <ChannelTotals filters={filters} />
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<Sale>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="sales"
            locale={{ emptyText: <EmptyState description={t('industry.sale.none')} /> }}
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
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('industry.sale.totalsNote')}
          </Typography.Paragraph>
        </>
      )}
      {editing !== undefined ? (
        <SaleModal sale={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </Card>
  );
}
