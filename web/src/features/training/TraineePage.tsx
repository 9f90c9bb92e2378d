/** One trainee: the outcome of the course, and the follow-ups at 3, 6 and 12 months after it. */
import { EditOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FOLLOW_UP_MONTHS } from '../../../../src/domain/training/enums';
import { FollowUpInput } from '../../../../src/domain/training/follow-up.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import {
  useCourse,
  useEnrollment,
  usePutFollowUp,
  useVoidEnrollment,
  useVoidFollowUp,
  type EnrollmentDetail,
  type FollowUp,
} from './api';
import { OutcomeModal } from './EnrollmentModals';
import { CompletionTag, CredentialTags, Recommendation } from './TraineeTags';
import {
  DetailCard,
  dayOf,
  fenOf,
  isoDay,
  money,
  percent,
  useVoidConfirm,
  useWorkAccess,
  yuanOf,
} from './shared';

interface FollowUpValues {
  followedUpOn?: Dayjs | null;
  employed?: boolean;
  workplace?: string;
  monthlyWageFen?: number | null;
  businessOpened?: boolean;
  businessDescription?: string;
  incomeBeforeFen?: number | null;
  incomeAfterFen?: number | null;
  note?: string;
}

function valuesOf(f: FollowUp | undefined, due: Dayjs | null): FollowUpValues {
  if (!f) {
    const day = due && !due.isAfter(dayjs(), 'day') ? due : dayjs();
    return { followedUpOn: day, employed: false, businessOpened: false };
  }
  return {
    followedUpOn: dayOf(f.followedUpOn),
    employed: f.employed,
    workplace: f.workplace,
    monthlyWageFen: yuanOf(f.monthlyWageFen),
    businessOpened: f.businessOpened,
    businessDescription: f.businessDescription,
    incomeBeforeFen: yuanOf(f.incomeBeforeFen),
    incomeAfterFen: yuanOf(f.incomeAfterFen),
    note: f.note,
  };
}

function FollowUpModal({
  enrollment,
  month,
  followUp,
  due,
  onClose,
}: {
  enrollment: EnrollmentDetail;
  month: number;
  followUp: FollowUp | undefined;
  due: Dayjs | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FollowUpValues>();
  const put = usePutFollowUp(enrollment.id);
  const [banner, setBanner] = useState<string | null>(null);
  const employed = Form.useWatch('employed', form) ?? followUp?.employed ?? false;
  const businessOpened = Form.useWatch('businessOpened', form) ?? followUp?.businessOpened ?? false;
  const submit = async () => {
    const v = form.getFieldsValue(true) as FollowUpValues;
    const input = {
      followedUpOn: isoDay(v.followedUpOn),
      employed: v.employed ?? false,
      workplace: v.employed ? (v.workplace ?? '') : '',
      monthlyWageFen: v.employed ? fenOf(v.monthlyWageFen) : null,
      businessOpened: v.businessOpened ?? false,
      businessDescription: v.businessOpened ? (v.businessDescription ?? '') : '',
      incomeBeforeFen: fenOf(v.incomeBeforeFen),
      incomeAfterFen: fenOf(v.incomeAfterFen),
      note: v.note ?? '',
    };
    const checked = validateWith(form, FollowUpInput, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await put.mutateAsync({ month, body: checked.value });
      void message.success(t('training.followUp.saved'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  const yuanInput = (suffix: string) => (
    <InputNumber min={0} precision={2} step={100} suffix={suffix} style={{ width: '100%' }} />
  );
  return (
    <Modal
      open
      width={640}
      title={t('training.followUp.title', { name: enrollment.personName, month })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={put.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={valuesOf(followUp, due)}
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="followedUpOn" label={t('training.followUp.followedUpOn')}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={8} md={6}>
            <Form.Item
              name="employed"
              label={t('training.followUp.employed')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Col>
          {employed ? (
            <>
              <Col xs={16} md={10}>
                <Form.Item name="workplace" label={t('training.followUp.workplace')}>
                  <Input maxLength={200} placeholder={t('training.followUp.workplaceHint')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="monthlyWageFen" label={t('training.followUp.monthlyWage')}>
                  {yuanInput(t('training.perMonth'))}
                </Form.Item>
              </Col>
            </>
          ) : null}
        </Row>
        <Row gutter={12}>
          <Col xs={8} md={6}>
            <Form.Item
              name="businessOpened"
              label={t('training.followUp.businessOpened')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Col>
          {businessOpened ? (
            <Col xs={16} md={18}>
              <Form.Item
                name="businessDescription"
                label={t('training.followUp.businessDescription')}
              >
                <Input maxLength={500} placeholder={t('training.followUp.businessHint')} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="incomeBeforeFen" label={t('training.followUp.incomeBefore')}>
              {yuanInput(t('training.perYear'))}
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="incomeAfterFen" label={t('training.followUp.incomeAfter')}>
              {yuanInput(t('training.perYear'))}
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

function FollowUpCard({
  enrollment,
  month,
  due,
  canWrite,
}: {
  enrollment: EnrollmentDetail;
  month: number;
  due: Dayjs | null;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const voidFollowUp = useVoidFollowUp(enrollment.id);
  const confirmVoid = useVoidConfirm();
  const f = enrollment.followUps.find((x) => x.month === month && x.voidedAt === null);
  const overdue = !f && due !== null && due.isBefore(dayjs(), 'day');
  return (
    <Card
      size="small"
      data-testid={`follow-up-${month}`}
      title={t('training.followUp.month', { month })}
      extra={
        canWrite ? (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(true)}>
              {f ? t('training.followUp.edit') : t('training.followUp.record')}
            </Button>
            {f ? (
              <Button
                type="link"
                size="small"
                danger
                onClick={() =>
                  confirmVoid({
                    title: t('training.followUp.voidTitle'),
                    what: t('training.followUp.month', { month }),
                    onVoid: (reason) => voidFollowUp.mutateAsync({ month, reason }),
                  })
                }
              >
                {t('training.void.action')}
              </Button>
            ) : null}
          </Space>
        ) : null
      }
    >
      {f ? (
        <Descriptions column={{ xs: 1, md: 2, xl: 4 }} size="small">
          <Descriptions.Item label={t('training.followUp.followedUpOn')}>
            {f.followedUpOn}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.followUp.employed')}>
            {f.employed ? (
              <Space size={4} wrap>
                <Tag color="green">{t('training.followUp.employedYes')}</Tag>
                <span>{f.workplace}</span>
              </Space>
            ) : (
              t('training.no')
            )}
          </Descriptions.Item>
          {f.employed ? (
            <Descriptions.Item label={t('training.followUp.monthlyWage')}>
              {money(t, f.monthlyWageFen)}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('training.followUp.businessOpened')}>
            {f.businessOpened ? f.businessDescription : t('training.no')}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.followUp.incomeBefore')}>
            {money(t, f.incomeBeforeFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.followUp.incomeAfter')}>
            {money(t, f.incomeAfterFen)}
            {f.incomeChangePercent !== null ? (
              <Tag color={f.incomeChangePercent >= 0 ? 'green' : 'red'} style={{ marginLeft: 8 }}>
                {percent(f.incomeChangePercent)}
              </Tag>
            ) : null}
          </Descriptions.Item>
          {f.note ? (
            <Descriptions.Item label={t('training.note')}>{f.note}</Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : (
        <Space orientation="vertical" size={4}>
          <Typography.Text type="secondary">{t('training.followUp.none')}</Typography.Text>
          {due ? (
            <Typography.Text type={overdue ? 'warning' : 'secondary'}>
              {t(overdue ? 'training.followUp.overdue' : 'training.followUp.due', {
                date: due.format('YYYY-MM-DD'),
              })}
            </Typography.Text>
          ) : null}
        </Space>
      )}
      {editing ? (
        <FollowUpModal
          enrollment={enrollment}
          month={month}
          followUp={f}
          due={due}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </Card>
  );
}

export function TraineePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const access = useWorkAccess();
  const enrollment = useEnrollment(id);
  const course = useCourse(enrollment.data?.courseId);
  const voidEnrollment = useVoidEnrollment();
  const confirmVoid = useVoidConfirm();
  const [editing, setEditing] = useState(false);
  if (enrollment.isPending) {
    return <Loading rows={8} />;
  }
  if (enrollment.isError) {
    return <ErrorState error={enrollment.error} retry={() => void enrollment.refetch()} />;
  }
  const e = enrollment.data;
  const voided = e.voidedAt !== null;
  const canWrite = access.canTrain && !voided;
  const end = course.data ? dayjs(course.data.endDate) : null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <DetailCard
        data-testid="trainee-detail"
        title={
          <Space wrap>
            <span>{e.personName}</span>
            <Typography.Text type="secondary">{e.villageName}</Typography.Text>
            {e.outstanding ? <Tag color="gold">{t('training.enrollment.outstanding')}</Tag> : null}
            {voided ? <Tag color="red">{t('training.void.voided')}</Tag> : null}
          </Space>
        }
        toolbar={
          canWrite ? (
            <Space>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('training.outcome.record')}
              </Button>
              <Button
                danger
                onClick={() =>
                  confirmVoid({
                    title: t('training.enrollment.voidTitle'),
                    what: t('training.enrollment.voidWhat', {
                      name: e.personName,
                      course: e.courseTitle,
                    }),
                    onVoid: (reason) => voidEnrollment.mutateAsync({ id: e.id, reason }),
                  })
                }
              >
                {t('training.void.action')}
              </Button>
            </Space>
          ) : null
        }
      >
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('training.enrollment.course')}>
            <Link to={`/training/courses/${e.courseId}`}>{e.courseTitle}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('training.course.skill')}>
            {t(`training.skill.${e.skill}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.enroll.enrolledOn')}>
            {e.enrolledOn}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.enrollment.attendance')}>
            {`${e.sessionsAttended}/${e.sessionsTotal}`}
            {e.attendancePercent !== null ? ` (${e.attendancePercent}%)` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.enrollment.completion')}>
            <CompletionTag enrollment={e} />
          </Descriptions.Item>
          <Descriptions.Item label={t('training.enrollment.credentials')}>
            <CredentialTags enrollment={e} />
          </Descriptions.Item>
          <Descriptions.Item label={t('training.enrollment.recommendation')}>
            <Recommendation enrollment={e} />
          </Descriptions.Item>
          {e.recommendedOn ? (
            <Descriptions.Item label={t('training.enrollment.recommendedOn')}>
              {e.recommendedOn}
            </Descriptions.Item>
          ) : null}
          {e.note ? (
            <Descriptions.Item label={t('training.note')}>{e.note}</Descriptions.Item>
          ) : null}
          {voided ? (
            <Descriptions.Item label={t('training.void.reason')}>
              <Typography.Text type="danger">{e.voidReason}</Typography.Text>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </DetailCard>
      <Card title={t('training.followUp.title3612')}>
        <Row gutter={[16, 16]}>
          {FOLLOW_UP_MONTHS.map((m) => (
            <Col span={24} key={m}>
              <FollowUpCard
                enrollment={e}
                month={Number(m)}
                due={end ? end.add(Number(m), 'month') : null}
                canWrite={canWrite}
              />
            </Col>
          ))}
        </Row>
      </Card>
      {editing ? <OutcomeModal enrollment={e} onClose={() => setEditing(false)} /> : null}
    </Space>
  );
}
