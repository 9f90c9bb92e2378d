/** Enroll a household member in a course, and record a trainee's outcome: each a modal with its own form. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Switch,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EnrollmentCreate,
  EnrollmentPatch,
} from '../../../../src/domain/training/enrollment.schema';
import { CREDENTIAL_KINDS, HIRE_OUTCOMES } from '../../../../src/domain/training/enums';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { validateWith } from '../../ui/zod-form';
import { HouseholdPicker } from '../registry/pickers';
import { useCorrectEnrollment, useEnroll, type Course, type Enrollment } from './api';
import { MemberSelect } from './MemberSelect';
import { dayOf, isoDay } from './shared';

interface EnrollValues {
  householdId?: string;
  personId?: string;
  enrolledOn?: Dayjs | null;
  sessionsTotal?: number | null;
  note?: string;
}

export function EnrollModal({ course, onClose }: { course: Course; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EnrollValues>();
  const enroll = useEnroll(course.id);
  const [banner, setBanner] = useState<string | null>(null);
  const householdId = Form.useWatch('householdId', form);
  const submit = async () => {
    const v = form.getFieldsValue(true) as EnrollValues;
    const input = {
      personId: v.personId,
      ...(v.enrolledOn ? { enrolledOn: isoDay(v.enrolledOn) } : {}),
      sessionsTotal: v.sessionsTotal ?? 0,
      note: v.note ?? '',
    };
    const checked = validateWith(form, EnrollmentCreate, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await enroll.mutateAsync(checked.value);
      void message.success(t('training.enroll.done'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('training.enroll.title', { course: course.title })}
      okText={t('training.enroll.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={enroll.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{ enrolledOn: dayOf(course.startDate), sessionsTotal: 10 }}
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="householdId" label={t('training.enroll.household')}>
          <HouseholdPicker
            onChange={() => form.setFieldValue('personId', undefined)}
            data-testid="enroll-household"
          />
        </Form.Item>
        <Form.Item name="personId" label={t('training.enroll.person')}>
          <MemberSelect householdId={householdId} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="enrolledOn" label={t('training.enroll.enrolledOn')}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="sessionsTotal" label={t('training.enrollment.sessionsTotal')}>
              <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('training.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface CredentialValues {
  kind?: string;
  number?: string;
  issuedOn?: Dayjs | null;
  issuer?: string;
}

interface OutcomeValues {
  sessionsAttended?: number | null;
  sessionsTotal?: number | null;
  completed?: boolean;
  completedOn?: Dayjs | null;
  credentials?: CredentialValues[];
  outstanding?: boolean;
  recommendedTo?: string;
  recommendedOn?: Dayjs | null;
  hireOutcome?: string | null;
  note?: string;
}

function outcomeOf(e: Enrollment): OutcomeValues {
  return {
    sessionsAttended: e.sessionsAttended,
    sessionsTotal: e.sessionsTotal,
    completed: e.completed,
    completedOn: dayOf(e.completedOn),
    credentials: e.credentials.map((c) => ({
      kind: c.kind,
      number: c.number,
      issuedOn: dayOf(c.issuedOn),
      issuer: c.issuer,
    })),
    outstanding: e.outstanding,
    recommendedTo: e.recommendedTo ?? '',
    recommendedOn: dayOf(e.recommendedOn),
    hireOutcome: e.hireOutcome,
    note: e.note,
  };
}

/** Attendance, completion, certificates and licences, outstanding flag, recommendation and outcome. */
export function OutcomeModal({
  enrollment,
  onClose,
}: {
  enrollment: Enrollment;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OutcomeValues>();
  const correct = useCorrectEnrollment();
  const [banner, setBanner] = useState<string | null>(null);
  const completed = Form.useWatch('completed', form) ?? enrollment.completed;
  const recommendedTo = Form.useWatch('recommendedTo', form) ?? enrollment.recommendedTo ?? '';
  const submit = async () => {
    const v = form.getFieldsValue(true) as OutcomeValues;
    const recommended = (v.recommendedTo ?? '').trim();
    const input = {
      sessionsAttended: v.sessionsAttended ?? 0,
      sessionsTotal: v.sessionsTotal ?? 0,
      completed: v.completed ?? false,
      completedOn: v.completed && v.completedOn ? isoDay(v.completedOn) : null,
      credentials: (v.credentials ?? []).map((c) => ({
        kind: c.kind,
        number: c.number ?? '',
        issuedOn: isoDay(c.issuedOn),
        issuer: c.issuer ?? '',
      })),
      outstanding: v.outstanding ?? false,
      recommendedTo: recommended || null,
      recommendedOn: recommended && v.recommendedOn ? isoDay(v.recommendedOn) : null,
      hireOutcome: recommended ? (v.hireOutcome ?? null) : null,
      note: v.note ?? '',
    };
    const checked = validateWith(form, EnrollmentPatch, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await correct.mutateAsync({ id: enrollment.id, body: checked.value });
      void message.success(t('training.outcome.saved'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      width={720}
      title={t('training.outcome.title', { name: enrollment.personName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={correct.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={outcomeOf(enrollment)}
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item name="sessionsAttended" label={t('training.enrollment.sessionsAttended')}>
              <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="sessionsTotal" label={t('training.enrollment.sessionsTotal')}>
              <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={8} md={4}>
            <Form.Item
              name="completed"
              label={t('training.enrollment.completed')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={16} md={8}>
            {completed ? (
              <Form.Item name="completedOn" label={t('training.enrollment.completedOn')}>
                <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
              </Form.Item>
            ) : null}
          </Col>
        </Row>
        <Form.List name="credentials">
          {(fields, { add, remove }) => (
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend style={{ fontSize: 14, marginBottom: 8 }}>
                {t('training.enrollment.credentials')}
              </legend>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col xs={12} md={6}>
                    <Form.Item name={[field.name, 'kind']} label={t('training.credential.kind')}>
                      <Select
                        options={CREDENTIAL_KINDS.map((k) => ({
                          value: k,
                          label: t(`training.credential.${k}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item
                      name={[field.name, 'number']}
                      label={t('training.credential.number')}
                    >
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}>
                    <Form.Item
                      name={[field.name, 'issuedOn']}
                      label={t('training.credential.issuedOn')}
                    >
                      <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={10} md={6}>
                    <Form.Item
                      name={[field.name, 'issuer']}
                      label={t('training.credential.issuer')}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={1} style={{ paddingTop: 30 }}>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('training.credential.remove')}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'certificate', issuedOn: null })}
                style={{ marginBottom: 16 }}
              >
                {t('training.credential.add')}
              </Button>
            </fieldset>
          )}
        </Form.List>
        <Form.Item
          name="outstanding"
          label={t('training.enrollment.outstanding')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item name="recommendedTo" label={t('training.enrollment.recommendedTo')}>
              <Input maxLength={200} placeholder={t('training.enrollment.recommendedToHint')} />
            </Form.Item>
          </Col>
          {recommendedTo.trim() ? (
            <>
              <Col xs={12} md={7}>
                <Form.Item name="recommendedOn" label={t('training.enrollment.recommendedOn')}>
                  <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={7}>
                <Form.Item name="hireOutcome" label={t('training.enrollment.hireOutcome')}>
                  <Select
                    allowClear
                    placeholder={t('training.hire.pending')}
                    options={HIRE_OUTCOMES.map((o) => ({
                      value: o,
                      label: t(`training.hire.${o}`),
                    }))}
                  />
                </Form.Item>
              </Col>
            </>
          ) : null}
        </Row>
        <Form.Item name="note" label={t('training.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
