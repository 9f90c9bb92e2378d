/** Create or correct a course: checked in the browser with the API's schema, then by the server. */
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
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CourseCreate } from '../../../../src/domain/training/course.schema';
import { PLACE_KINDS, SKILLS } from '../../../../src/domain/training/enums';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import { useVillages } from '../registry/api';
import { useCourse, useSaveCourse, type Course } from './api';
import { dayOf, isoDay } from './shared';

interface CourseValues {
  skill?: string;
  title?: string;
  trainerName?: string;
  placeKind?: string;
  placeCode?: string | null;
  placeText?: string;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  capacity?: number | null;
  note?: string;
}

function initialOf(c: Course | undefined): CourseValues {
  if (!c) {
    return { skill: 'cooking', placeKind: 'village', capacity: 30 };
  }
  return {
    skill: c.skill,
    title: c.title,
    trainerName: c.trainerName,
    placeKind: c.placeKind,
    placeCode: c.placeCode,
    placeText: c.placeText,
    startDate: dayOf(c.startDate),
    endDate: dayOf(c.endDate),
    capacity: c.capacity,
    note: c.note,
  };
}

function CourseForm({ course }: { course?: Course }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<CourseValues>();
  const villages = useVillages();
  const save = useSaveCourse();
  const [banner, setBanner] = useState<string | null>(null);
  const placeKind = Form.useWatch('placeKind', form) ?? course?.placeKind ?? 'village';
  const submit = async () => {
    const v = form.getFieldsValue(true) as CourseValues;
    const input = {
      skill: v.skill,
      title: v.title ?? '',
      trainerName: v.trainerName ?? '',
      trainerUserId: course?.trainerUserId ?? null,
      placeKind: v.placeKind,
      placeCode: v.placeKind === 'village' ? (v.placeCode ?? null) : null,
      placeText: v.placeText ?? '',
      startDate: isoDay(v.startDate),
      endDate: isoDay(v.endDate),
      capacity: v.capacity ?? undefined,
      note: v.note ?? '',
    };
    const checked = validateWith(form, CourseCreate, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      const saved = course
        ? await save.mutateAsync({ id: course.id, body: checked.value })
        : await save.mutateAsync({ body: checked.value });
      void message.success(t(course ? 'training.course.corrected' : 'training.course.created'));
      void navigate(`/training/courses/${saved.id}`);
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Card title={t(course ? 'training.course.edit' : 'training.course.new')}>
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={initialOf(course)}
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="skill" label={t('training.course.skill')}>
              <Select
                options={SKILLS.map((s) => ({ value: s, label: t(`training.skill.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="title" label={t('training.course.title')}>
              <Input maxLength={200} placeholder={t('training.course.titleHint')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="trainerName" label={t('training.course.trainer')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="placeKind" label={t('training.course.placeKind')}>
          <Radio.Group
            optionType="button"
            options={PLACE_KINDS.map((k) => ({ value: k, label: t(`training.placeKind.${k}`) }))}
          />
        </Form.Item>
        <Row gutter={16}>
          {placeKind === 'village' ? (
            <Col xs={24} md={8}>
              <Form.Item name="placeCode" label={t('training.course.village')}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={villages.isPending}
                  options={(villages.data?.items ?? []).map((v) => ({
                    value: v.code,
                    label: v.name,
                  }))}
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={placeKind === 'village' ? 16 : 24}>
            <Form.Item
              name="placeText"
              label={t('training.course.placeText')}
              extra={t(`training.course.placeTextHint.${placeKind}`)}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="startDate" label={t('training.course.startDate')}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="endDate" label={t('training.course.endDate')}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="capacity" label={t('training.course.capacity')}>
              <InputNumber
                min={1}
                max={10000}
                precision={0}
                suffix={t('training.course.people')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('training.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button
            onClick={() => void navigate(course ? `/training/courses/${course.id}` : '/training')}
          >
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

export function CourseFormPage() {
  const { id } = useParams();
  const course = useCourse(id);
  if (!id) {
    return <CourseForm />;
  }
  if (course.isPending) {
    return <Loading rows={8} />;
  }
  if (course.isError) {
    return <ErrorState error={course.error} retry={() => void course.refetch()} />;
  }
  return <CourseForm course={course.data} />;
}
