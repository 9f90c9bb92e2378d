/** Certifications and trademarks of products (绿色, 有机, 商标 …): expired ones marked. */
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
  Modal,
  Row,
  Select,
  Space,
  Table,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CERTIFICATION_KINDS } from '../../../../src/domain/industry/enums';
import { CertificationCreate } from '../../../../src/domain/industry/product.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { EmptyState, ErrorState } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import { dayOf, isoDay, EditVoidButtons, useWorkAccess } from '../training/shared';
import {
  useAllCooperatives,
  useAllProducts,
  useCertifications,
  useSaveCertification,
  useVoidCertification,
  type Certification,
} from './api';
import { CertificationValidity } from './parts';

interface CertValues {
  productId?: string;
  cooperativeId?: string | null;
  kind?: string;
  number?: string;
  issuer?: string;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  note?: string;
}

function CertificationModal({
  cert,
  onClose,
}: {
  cert: Certification | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CertValues>();
  const products = useAllProducts();
  const coops = useAllCooperatives();
  const save = useSaveCertification();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as CertValues;
    const input = {
      productId: v.productId,
      cooperativeId: v.cooperativeId ?? null,
      kind: v.kind,
      number: v.number ?? '',
      issuer: v.issuer ?? '',
      validFrom: isoDay(v.validFrom),
      validTo: v.validTo ? isoDay(v.validTo) : null,
      note: v.note ?? '',
    };
    const checked = validateWith(form, CertificationCreate, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      if (cert) {
        const { productId: _product, ...patch } = checked.value;
        await save.mutateAsync({ id: cert.id, body: patch });
      } else {
        await save.mutateAsync({ body: checked.value });
      }
      void message.success(t('industry.saved'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  const initial: CertValues = cert
    ? {
        productId: cert.productId,
        cooperativeId: cert.cooperativeId,
        kind: cert.kind,
        number: cert.number,
        issuer: cert.issuer,
        validFrom: dayOf(cert.validFrom),
        validTo: dayOf(cert.validTo),
        note: cert.note,
      }
    : { kind: 'green' };
  return (
    <Modal
      open
      width={640}
      title={t(cert ? 'industry.cert.edit' : 'industry.cert.new')}
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
                disabled={cert !== null}
                loading={products.isPending}
                options={(products.data?.items ?? []).map((p) => ({
                  value: p.id,
                  label: p.name,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="cooperativeId" label={t('industry.cert.holder')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={coops.isPending}
                options={(coops.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('industry.cert.kind')}>
              <Select
                options={CERTIFICATION_KINDS.map((k) => ({
                  value: k,
                  label: t(`industry.certKind.${k}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="number" label={t('industry.cert.number')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="issuer" label={t('industry.cert.issuer')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item name="validFrom" label={t('industry.cert.validFrom')}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="validTo"
              label={t('industry.cert.validTo')}
              extra={t('industry.cert.validToHint')}
            >
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
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

export function CertificationsPage() {
  const { t } = useTranslation();
  const access = useWorkAccess();
  const products = useAllProducts();
  const [filters, setFilters] = useState<{ kind?: string; product?: string; expired?: boolean }>(
    {},
  );
  const list = useCertifications(filters);
  const voidCert = useVoidCertification();
  const [editing, setEditing] = useState<Certification | null | undefined>(undefined);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    { title: t('industry.product'), dataIndex: 'productName' },
    {
      title: t('industry.cert.kind'),
      dataIndex: 'kind',
      render: (k: string) => t(`industry.certKind.${k}`),
    },
    { title: t('industry.cert.number'), dataIndex: 'number', render: (n: string) => n || '—' },
    {
      title: t('industry.cert.holder'),
      dataIndex: 'cooperativeName',
      render: (n: string | null) => n ?? '—',
      responsive: ['md' as const],
    },
    {
      title: t('industry.cert.issuer'),
      dataIndex: 'issuer',
      render: (n: string) => n || '—',
      responsive: ['lg' as const],
    },
    {
      title: t('industry.cert.validity'),
      key: 'validity',
      render: (_: unknown, c: Certification) => <CertificationValidity cert={c} />,
    },
    ...(access.canIndustry
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, c: Certification) => (
              <EditVoidButtons
                onEdit={() => setEditing(c)}
                voidTitle={t('industry.cert.voidTitle')}
                what={`${c.productName} · ${t(`industry.certKind.${c.kind}`)}`}
                onVoid={(reason) => voidCert.mutateAsync({ id: c.id, reason })}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('industry.nav.certifications')}
      extra={
        access.canIndustry ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('industry.cert.new')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 180 }}
          placeholder={t('industry.product')}
          aria-label={t('industry.product')}
          loading={products.isPending}
          options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          onChange={(product?: string) => setFilters((f) => ({ ...f, product }))}
        />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('industry.cert.kind')}
          aria-label={t('industry.cert.kind')}
          options={CERTIFICATION_KINDS.map((k) => ({
            value: k,
            label: t(`industry.certKind.${k}`),
          }))}
          onChange={(kind?: string) => setFilters((f) => ({ ...f, kind }))}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('industry.cert.state')}
          aria-label={t('industry.cert.state')}
          options={[
            { value: 'valid', label: t('industry.cert.valid') },
            { value: 'expired', label: t('industry.cert.expired') },
          ]}
          onChange={(state?: string) =>
            setFilters((f) => ({
              ...f,
              expired: state === undefined ? undefined : state === 'expired',
            }))
          }
        />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<Certification>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('industry.cert.none')} /> }}
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
      {editing !== undefined ? (
        <CertificationModal cert={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </Card>
  );
}
