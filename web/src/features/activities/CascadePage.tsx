/** The lecture cascade (cadre → relative → villager): the figures for a period, and the relative lecturers. */
import { ArrowRightOutlined, PlusOutlined } from '@ant-design/icons';
import {
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
  Statistic,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LecturerCreate } from '../../../../src/domain/activities/lecturer.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import {
  afterToday,
  isoDay,
  measureOptions,
  todayIso,
  useMeasuresAccess,
} from '../measures/shared';
import { useVillages } from '../registry/api';
import { HouseholdPicker } from '../registry/pickers';
import {
  useAddLecturer,
  useCascade,
  useLecturers,
  type CascadeFilters,
  type Lecturer,
} from './api';
import { useMembersOf } from './pickers';

function Figures({ filters }: { filters: CascadeFilters }) {
  const { t } = useTranslation();
  const cascade = useCascade(filters);
  if (cascade.isPending) {
    return <Loading rows={3} />;
  }
  if (cascade.isError) {
    return <ErrorState error={cascade.error} retry={() => void cascade.refetch()} />;
  }
  const c = cascade.data;
  const step = (title: string, children: ReactNode, testId: string) => (
    <Card size="small" title={title} data-testid={testId} style={{ height: '100%' }}>
      {children}
    </Card>
  );
  const arrow = (
    <Col xs={0} md={1} style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <ArrowRightOutlined aria-hidden style={{ fontSize: 20, color: '#999' }} />
    </Col>
  );
  return (
    <Row gutter={[8, 8]} align="stretch">
      <Col xs={24} md={7}>
        {step(
          t('activities.cascade.cadres'),
          <Statistic title={t('activities.cascade.cadreLed')} value={c.cadreLedActivities} />,
          'cascade-cadres',
        )}
      </Col>
      {arrow}
      <Col xs={24} md={8}>
        {step(
          t('activities.cascade.relatives'),
          <Space size={24} wrap>
            <Statistic title={t('activities.cascade.trained')} value={c.lecturersTrained} />
            <Statistic title={t('activities.cascade.active')} value={c.activeLecturers} />
            <Statistic
              title={t('activities.cascade.lecturerLed')}
              value={c.lecturerLedActivities}
            />
          </Space>,
          'cascade-relatives',
        )}
      </Col>
      {arrow}
      <Col xs={24} md={7}>
        {step(
          t('activities.cascade.villagers'),
          <Statistic
            title={t('activities.cascade.reached')}
            value={c.villagersReachedByLecturers}
          />,
          'cascade-villagers',
        )}
      </Col>
    </Row>
  );
}

interface LecturerValues {
  householdId?: string;
  personId?: string;
  trainedOn?: Dayjs | null;
  notes?: string;
}

function AddLecturerModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LecturerValues>();
  const add = useAddLecturer();
  const householdId = Form.useWatch('householdId', form);
  const household = useMembersOf(householdId ? [householdId] : [])[0];
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async (v: LecturerValues) => {
    const body = {
      personId: v.personId ?? '',
      trainedOn: isoDay(v.trainedOn),
      notes: v.notes ?? '',
    };
    const checked = validateWith(form, LecturerCreate, body, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    try {
      await add.mutateAsync(body);
      void message.success(t('activities.lecturer.added'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('activities.lecturer.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      {banner ? <Typography.Text type="danger">{banner}</Typography.Text> : null}
      <Form<LecturerValues>
        form={form}
        layout="vertical"
        initialValues={{ trainedOn: dayjs(todayIso()) }}
        onValuesChange={(changed: LecturerValues) => {
          clearErrorsOnChange(form)(changed);
          if ('householdId' in changed) {
            form.setFieldValue('personId', undefined);
          }
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="householdId" label={t('activities.lecturer.household')}>
          <HouseholdPicker />
        </Form.Item>
        <Form.Item name="personId" label={t('activities.lecturer.person')}>
          <Select
            disabled={!householdId}
            loading={household?.isPending}
            options={
              household
                ? (household.data?.members ?? []).map((m) => ({
                    value: m.id,
                    label: `${m.name} · ${t(`relation.${m.relation}`)}`,
                  }))
                : []
            }
          />
        </Form.Item>
        <Form.Item name="trainedOn" label={t('activities.lecturer.trainedOn')}>
          <DatePicker format="YYYY-MM-DD" disabledDate={afterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="notes" label={t('activities.field.notes')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CascadePage() {
  const { t } = useTranslation();
  const access = useMeasuresAccess();
  const villages = useVillages();
  const [filters, setFilters] = useState<CascadeFilters>({});
  const lecturers = useLecturers(filters.village);
  const [adding, setAdding] = useState(false);
  const villageName = (code: string) =>
    villages.data?.items.find((v) => v.code === code)?.name ?? code;
  const rows = lecturers.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    {
      title: t('activities.lecturer.name'),
      dataIndex: 'name',
      render: (name: string, l: Lecturer) => (
        <Link to={`/households/${l.householdId}`}>{name}</Link>
      ),
    },
    {
      title: t('activities.field.village'),
      dataIndex: 'villageCode',
      render: (code: string) => villageName(code),
    },
    { title: t('activities.lecturer.trainedOn'), dataIndex: 'trainedOn' },
    { title: t('activities.lecturer.lecturesLed'), dataIndex: 'lecturesLed' },
    { title: t('activities.lecturer.villagersReached'), dataIndex: 'villagersReached' },
    {
      title: t('activities.field.notes'),
      dataIndex: 'notes',
      responsive: ['lg' as const],
      render: (n: string) => n || '—',
    },
  ];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('activities.cascade.title')}>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('activities.field.measure')}
            aria-label={t('activities.field.measure')}
            options={measureOptions(t)}
            onChange={(measure?: string) => setFilters((f) => ({ ...f, measure }))}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 180 }}
            placeholder={t('activities.field.village')}
            aria-label={t('activities.field.village')}
            loading={villages.isPending}
            options={(villages.data?.items ?? []).map((v) => ({ value: v.code, label: v.name }))}
            onChange={(village?: string) => setFilters((f) => ({ ...f, village }))}
          />
          <DatePicker.RangePicker
            format="YYYY-MM-DD"
            aria-label={t('activities.filter.period')}
            placeholder={[t('activities.filter.from'), t('activities.filter.to')]}
            onChange={(range) =>
              setFilters((f) => ({
                ...f,
                from: range?.[0] ? isoDay(range[0]) : undefined,
                to: range?.[1] ? isoDay(range[1]) : undefined,
              }))
            }
          />
        </Space>
        <Typography.Paragraph type="secondary">
          {t('activities.cascade.explain')}
        </Typography.Paragraph>
        <Figures filters={filters} />
      </Card>
      <Card
        title={t('activities.lecturer.list')}
        extra={
          access.canActivity ? (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('activities.lecturer.add')}
            </Button>
          ) : null
        }
      >
        {lecturers.isError ? (
          <ErrorState error={lecturers.error} retry={() => void lecturers.refetch()} />
        ) : (
          <>
            <Table<Lecturer>
              rowKey="id"
              size="middle"
              loading={lecturers.isPending}
              dataSource={rows}
              columns={columns}
              pagination={false}
              scroll={{ x: true }}
              locale={{ emptyText: <EmptyState description={t('activities.lecturer.none')} /> }}
            />
            {lecturers.hasNextPage ? (
              <Button
                block
                style={{ marginTop: 12 }}
                loading={lecturers.isFetchingNextPage}
                onClick={() => void lecturers.fetchNextPage()}
              >
                {t('common.more')}
              </Button>
            ) : null}
          </>
        )}
      </Card>
      {adding ? <AddLecturerModal onClose={() => setAdding(false)} /> : null}
    </Space>
  );
}
