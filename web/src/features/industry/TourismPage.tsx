/** Rural tourism projects (水上漂流, 怪柳林景区 …) with visitors and revenue per year. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
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
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TOURISM_KINDS } from '../../../../src/domain/industry/enums';
import { TourismCreate } from '../../../../src/domain/industry/tourism.schema';
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
  yuanOf,
} from '../training/shared';
import { useSaveTourism, useTourismProjects, useVoidTourism, type TourismProject } from './api';
import { VillageSelect } from './parts';

interface TourismValues {
  villageCode?: string;
  name?: string;
  kind?: string;
  openedOn?: Dayjs | null;
  description?: string;
  years?: { year?: number | null; visitors?: number | null; revenueFen?: number | null }[];
}

function TourismModal({
  project,
  onClose,
}: {
  project: TourismProject | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TourismValues>();
  const save = useSaveTourism();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as TourismValues;
    const input = {
      villageCode: v.villageCode,
      name: v.name ?? '',
      kind: v.kind,
      openedOn: isoDay(v.openedOn),
      description: v.description ?? '',
      years: (v.years ?? []).map((y) => ({
        year: y.year ?? undefined,
        visitors: y.visitors ?? null,
        revenueFen: fenOf(y.revenueFen),
      })),
    };
    const checked = validateWith(form, TourismCreate, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      if (project) {
        await save.mutateAsync({ id: project.id, body: checked.value });
      } else {
        await save.mutateAsync({ body: checked.value });
      }
      void message.success(t('industry.saved'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  const initial: TourismValues = project
    ? {
        villageCode: project.villageCode,
        name: project.name,
        kind: project.kind,
        openedOn: dayOf(project.openedOn),
        description: project.description,
        years: project.years.map((y) => ({
          year: y.year,
          visitors: y.visitors,
          revenueFen: yuanOf(y.revenueFen),
        })),
      }
    : { kind: 'rafting', years: [] };
  return (
    <Modal
      open
      width={680}
      title={t(project ? 'industry.tourism.edit' : 'industry.tourism.new')}
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
            <Form.Item name="name" label={t('industry.tourism.name')}>
              <Input maxLength={200} placeholder={t('industry.tourism.nameHint')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('industry.tourism.kind')}>
              <Select
                options={TOURISM_KINDS.map((k) => ({
                  value: k,
                  label: t(`industry.tourismKind.${k}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="villageCode" label={t('industry.village')}>
              <VillageSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="openedOn" label={t('industry.tourism.openedOn')}>
              <DatePicker format="YYYY-MM-DD" disabledDate={afterToday} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('industry.tourism.description')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.List name="years">
          {(fields, { add, remove }) => (
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend style={{ fontSize: 14, marginBottom: 8 }}>
                {t('industry.tourism.years')}
              </legend>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col xs={7}>
                    <Form.Item name={[field.name, 'year']} label={t('industry.tourism.year')}>
                      <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={7}>
                    <Form.Item
                      name={[field.name, 'visitors']}
                      label={t('industry.tourism.visitors')}
                    >
                      <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={8}>
                    <Form.Item
                      name={[field.name, 'revenueFen']}
                      label={t('industry.tourism.revenue')}
                    >
                      <InputNumber
                        min={0}
                        precision={2}
                        suffix={t('training.yuanUnit')}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={2} style={{ paddingTop: 30 }}>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('industry.tourism.removeYear')}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ year: dayjs().year() - 1 })}
              >
                {t('industry.tourism.addYear')}
              </Button>
            </fieldset>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

export function TourismPage() {
  const { t } = useTranslation();
  const access = useWorkAccess();
  const [filters, setFilters] = useState<{ kind?: string; village?: string }>({});
  const list = useTourismProjects(filters);
  const voidProject = useVoidTourism();
  const [editing, setEditing] = useState<TourismProject | null | undefined>(undefined);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const latest = (p: TourismProject) => p.years.at(-1);
  const columns = [
    { title: t('industry.tourism.name'), dataIndex: 'name' },
    {
      title: t('industry.tourism.kind'),
      dataIndex: 'kind',
      render: (k: string) => <Tag>{t(`industry.tourismKind.${k}`)}</Tag>,
    },
    { title: t('industry.village'), dataIndex: 'villageName' },
    { title: t('industry.tourism.openedOn'), dataIndex: 'openedOn' },
    {
      title: t('industry.tourism.latest'),
      key: 'latest',
      render: (_: unknown, p: TourismProject) => {
        const y = latest(p);
        return y
          ? t('industry.tourism.latestValue', {
              year: y.year,
              visitors: y.visitors ?? '—',
              revenue: money(t, y.revenueFen),
            })
          : '—';
      },
    },
    ...(access.canIndustry
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p: TourismProject) => (
              <EditVoidButtons
                onEdit={() => setEditing(p)}
                voidTitle={t('industry.tourism.voidTitle')}
                what={p.name}
                onVoid={(reason) => voidProject.mutateAsync({ id: p.id, reason })}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('industry.nav.tourism')}
      extra={
        access.canIndustry ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('industry.tourism.new')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('industry.tourism.kind')}
          aria-label={t('industry.tourism.kind')}
          options={TOURISM_KINDS.map((k) => ({ value: k, label: t(`industry.tourismKind.${k}`) }))}
          onChange={(kind?: string) => setFilters((f) => ({ ...f, kind }))}
        />
        <VillageSelect
          allowClear
          style={{ width: 180 }}
          placeholder={t('industry.village')}
          aria-label={t('industry.village')}
          onChange={(village) => setFilters((f) => ({ ...f, village }))}
        />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<TourismProject>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            expandable={{
              rowExpandable: (p) => p.years.length > 0,
              expandedRowRender: (p) => (
                <Table
                  rowKey="year"
                  size="small"
                  pagination={false}
                  dataSource={p.years}
                  columns={[
                    { title: t('industry.tourism.year'), dataIndex: 'year' },
                    {
                      title: t('industry.tourism.visitors'),
                      dataIndex: 'visitors',
                      render: (n: number | null) => n ?? '—',
                    },
                    {
                      title: t('industry.tourism.revenue'),
                      dataIndex: 'revenueFen',
                      render: (fen: number | null) => money(t, fen),
                    },
                  ]}
                />
              ),
            }}
            locale={{ emptyText: <EmptyState description={t('industry.tourism.none')} /> }}
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
        <TourismModal project={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </Card>
  );
}
