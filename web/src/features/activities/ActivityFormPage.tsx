/** Record or correct an activity: checked in the browser with the API's schema, then by the server. */
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
  Row,
  Select,
  Space,
  Switch,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ActivityCreate, ActivityPatch } from '../../../../src/domain/activities/activity.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import { measureOptions, type Measure } from '../measures/shared';
import { useVillages } from '../registry/api';
import { CadrePicker, HouseholdPicker } from '../registry/pickers';
import {
  useActivity,
  useActivityTypes,
  useSaveActivity,
  type ActivityDetail,
  type ActivityInput,
} from './api';
import { CadresSelect, HouseholdsSelect, LecturerSelect, PersonsSelect } from './pickers';

interface FormValues {
  measure?: Measure;
  typeCode?: string;
  occurredAt?: Dayjs | null;
  online: boolean;
  villageCode?: string | null;
  householdId?: string | null;
  organizerCadreId?: string | null;
  cadreIds: string[];
  householdIds: string[];
  personIds: string[];
  headcount?: number | null;
  topic?: string;
  notes?: string;
  lecturerPersonId?: string | null;
}

/** The request body from the form; empty choices become null (or left out when creating). */
function toInput(v: FormValues, creating: boolean): ActivityInput {
  const none = creating ? undefined : null;
  return {
    measure: (v.measure ?? '') as Measure,
    typeCode: v.typeCode ?? '',
    occurredAt: v.occurredAt ? v.occurredAt.format('YYYY-MM-DDTHH:mm:ssZ') : '',
    online: v.online,
    villageCode: v.villageCode || null,
    householdId: v.householdId || null,
    organizerCadreId: v.organizerCadreId || none,
    cadreIds: v.cadreIds,
    householdIds: v.householdIds,
    personIds: v.personIds,
    headcount: v.headcount ?? (creating ? undefined : v.personIds.length),
    topic: v.topic ?? '',
    notes: v.notes ?? '',
    lecturerPersonId: v.lecturerPersonId || null,
  };
}

function valuesOf(a: ActivityDetail): FormValues {
  return {
    measure: a.measure,
    typeCode: a.typeCode,
    occurredAt: dayjs(a.occurredAt),
    online: a.online,
    villageCode: a.villageCode,
    householdId: a.householdId,
    organizerCadreId: a.organizer?.id ?? null,
    cadreIds: a.cadres.map((c) => c.id),
    householdIds: a.households.map((h) => h.id),
    personIds: a.persons.map((p) => p.id),
    headcount: a.headcount,
    topic: a.topic,
    notes: a.notes,
    lecturerPersonId: a.lecturer?.id ?? null,
  };
}

export function ActivityFormPage() {
  const { id } = useParams();
  const existing = useActivity(id);
  if (id && existing.isPending) {
    return <Loading rows={10} />;
  }
  if (id && existing.isError) {
    return <ErrorState error={existing.error} retry={() => void existing.refetch()} />;
  }
  return <ActivityForm key={id ?? 'new'} activity={id ? (existing.data ?? null) : null} />;
}

function ActivityForm({ activity }: { activity: ActivityDetail | null }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const villages = useVillages();
  const types = useActivityTypes();
  const save = useSaveActivity();
  const [banner, setBanner] = useState<string | null>(null);
  const measure = Form.useWatch('measure', form);
  const online = Form.useWatch('online', form) ?? false;
  const householdIds = Form.useWatch('householdIds', form) ?? [];
  const placeHousehold = Form.useWatch('householdId', form);
  const creating = activity === null;
  const participantHouseholds = [
    ...new Set([...(placeHousehold ? [placeHousehold] : []), ...householdIds]),
  ];
  const typeOptions = (types.data?.items ?? [])
    .filter((x) => x.active || x.typeCode === activity?.typeCode)
    .filter((x) => !measure || x.measure === null || x.measure === measure)
    .map((x) => ({ value: x.typeCode, label: i18n.language === 'en' ? x.nameEn : x.nameZh }));

  const submit = async (values: FormValues) => {
    setBanner(null);
    const body = toInput(values, creating);
    const checked = validateWith(
      form,
      creating ? ActivityCreate : ActivityPatch,
      body,
      i18n.language,
    );
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    try {
      const saved = await save.mutateAsync(
        activity ? { id: activity.id, body } : { id: null, body },
      );
      void message.success(t('common.saved'));
      void navigate(`/measures/activities/${saved.id}`);
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };

  if (activity?.voidedAt) {
    return <Alert type="warning" showIcon title={t('activities.voidedNoEdit')} />;
  }
  return (
    <Card title={creating ? t('activities.new') : t('activities.edit')} data-testid="activity-form">
      {banner ? <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} /> : null}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={
          activity
            ? valuesOf(activity)
            : {
                online: false,
                occurredAt: dayjs().second(0),
                cadreIds: [],
                householdIds: [],
                personIds: [],
              }
        }
        onValuesChange={(changed: Partial<FormValues>) => {
          clearErrorsOnChange(form)(changed);
          if (changed.measure) {
            const type = types.data?.items.find(
              (x) => x.typeCode === form.getFieldValue('typeCode'),
            );
            if (type && type.measure !== null && type.measure !== changed.measure) {
              form.setFieldValue('typeCode', undefined);
            }
          }
        }}
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="measure" label={t('activities.field.measure')}>
              <Select options={measureOptions(t)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="typeCode" label={t('activities.field.type')}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={types.isPending}
                options={typeOptions}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="occurredAt" label={t('activities.field.occurredAt')}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="online" label={t('activities.field.online')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="villageCode"
              label={t('activities.field.village')}
              extra={online ? undefined : t('activities.form.placeHint')}
            >
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={villages.isPending}
                options={(villages.data?.items ?? []).map((v) => ({
                  value: v.code,
                  label: v.name,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="householdId" label={t('activities.field.household')}>
              <HouseholdPicker
                allowClear
                known={
                  activity?.householdId
                    ? {
                        value: activity.householdId,
                        label:
                          activity.households.find((h) => h.id === activity.householdId)
                            ?.headName ?? activity.householdId,
                      }
                    : null
                }
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="topic" label={t('activities.field.topic')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="organizerCadreId" label={t('activities.field.organizer')}>
              <CadrePicker
                allowClear
                all
                known={
                  activity?.organizer
                    ? { value: activity.organizer.id, label: activity.organizer.name }
                    : null
                }
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="cadreIds" label={t('activities.field.cadres')}>
              <CadresSelect
                known={activity?.cadres.map((c) => ({ value: c.id, label: c.name })) ?? []}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="householdIds" label={t('activities.field.households')}>
              <HouseholdsSelect
                known={activity?.households.map((h) => ({ value: h.id, label: h.headName })) ?? []}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="personIds" label={t('activities.field.persons')}>
              <PersonsSelect
                householdIds={participantHouseholds}
                known={activity?.persons.map((p) => ({ value: p.id, label: p.name })) ?? []}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item
              name="headcount"
              label={t('activities.field.headcount')}
              extra={t('activities.form.headcountHint')}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="lecturerPersonId"
              label={t('activities.field.lecturer')}
              extra={t('activities.form.lecturerHint')}
            >
              <LecturerSelect
                known={
                  activity?.lecturer
                    ? { value: activity.lecturer.id, label: activity.lecturer.name }
                    : null
                }
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="notes" label={t('activities.field.notes')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
