/** Products (褐牛, 牛羊肉, 手工刺绣 …): a list by category, created and corrected in a modal. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRODUCT_CATEGORIES } from '../../../../src/domain/industry/enums';
import { ProductCreate } from '../../../../src/domain/industry/product.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { EmptyState, ErrorState } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import { EditVoidButtons, useWorkAccess } from '../training/shared';
import { useProducts, useSaveProduct, useVoidProduct, type Product } from './api';

interface ProductValues {
  name?: string;
  category?: string;
  unit?: string;
  description?: string;
}

function ProductModal({ product, onClose }: { product: Product | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProductValues>();
  const save = useSaveProduct();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as ProductValues;
    const input = {
      name: v.name ?? '',
      category: v.category,
      unit: v.unit ?? '',
      description: v.description ?? '',
    };
    const checked = validateWith(form, ProductCreate, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      if (product) {
        await save.mutateAsync({ id: product.id, body: checked.value });
      } else {
        await save.mutateAsync({ body: checked.value });
      }
      void message.success(t('industry.saved'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t(product ? 'industry.productForm.edit' : 'industry.productForm.new')}
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
        initialValues={product ?? { category: 'livestock' }}
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="name" label={t('industry.productForm.name')}>
          <Input maxLength={100} placeholder={t('industry.productForm.nameHint')} />
        </Form.Item>
        <Form.Item name="category" label={t('industry.productForm.category')}>
          <Select
            options={PRODUCT_CATEGORIES.map((c) => ({
              value: c,
              label: t(`industry.category.${c}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="unit" label={t('industry.productForm.unit')}>
          <Input maxLength={20} placeholder={t('industry.productForm.unitHint')} />
        </Form.Item>
        <Form.Item name="description" label={t('industry.productForm.description')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ProductsPage() {
  const { t } = useTranslation();
  const access = useWorkAccess();
  const [category, setCategory] = useState<string | undefined>();
  const list = useProducts({ category });
  const voidProduct = useVoidProduct();
  const [editing, setEditing] = useState<Product | null | undefined>(undefined);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    { title: t('industry.productForm.name'), dataIndex: 'name' },
    {
      title: t('industry.productForm.category'),
      dataIndex: 'category',
      render: (c: string) => <Tag>{t(`industry.category.${c}`)}</Tag>,
    },
    { title: t('industry.productForm.unit'), dataIndex: 'unit' },
    {
      title: t('industry.productForm.description'),
      dataIndex: 'description',
      responsive: ['md' as const],
    },
    ...(access.canIndustry
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p: Product) => (
              <EditVoidButtons
                onEdit={() => setEditing(p)}
                voidTitle={t('industry.productForm.voidTitle')}
                what={p.name}
                onVoid={(reason) => voidProduct.mutateAsync({ id: p.id, reason })}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('industry.nav.products')}
      extra={
        access.canIndustry ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('industry.productForm.new')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('industry.productForm.category')}
          aria-label={t('industry.productForm.category')}
          options={PRODUCT_CATEGORIES.map((c) => ({
            value: c,
            label: t(`industry.category.${c}`),
          }))}
          onChange={setCategory}
        />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<Product>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('industry.productForm.none')} /> }}
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
        <ProductModal product={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </Card>
  );
}
