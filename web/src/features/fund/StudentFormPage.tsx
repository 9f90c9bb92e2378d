/** Enroll a household member as a student, or correct (or end) an enrollment. */
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
  Row,
  Select,
  Space,
  Switch,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { STUDY_STAGES } from '../../../../src/domain/fund/enums';
import { StudentCreate, StudentPatch } from '../../../../src/domain/fund/student.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { ErrorState, Loading } from '../../ui/states';
import { useHouseholds } from '../registry/api';
import { useHouseholdOf, useSaveStudent, useStudent, type Student } from './api';
import { validateFund } from './validate';

interface StudentValues {
  householdId?: string;
  personId?: string;
  stage?: string;
  schoolName?: string;
  admittedOn?: Dayjs | null;
  expectedEnd?: Dayjs | null;
  active?: boolean;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');

/** Pick a household by searching (name, pinyin, ID tail), then the member who studies. */
function PersonPicker({ householdId }: { householdId?: string }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const households = useHouseholds({ q: q || undefined });
  const household = useHouseholdOf(householdId);
  const found = households.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="householdId" label={t('fund.student.household')}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setTyped}
            loading={households.isFetching}
            placeholder={t('fund.student.householdSearch')}
            notFoundContent={households.isFetching ? null : t('common.empty')}
            options={found.map((h) => ({
              value: h.id,
              label: `${h.headName} · ${h.villageName}${h.matched ? ` (${h.matched})` : ''}`,
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="personId" label={t('fund.student.person')}>
          <Select
            disabled={!householdId}
            loading={Boolean(householdId) && household.isPending}
            placeholder={t('fund.student.personPick')}
            options={(household.data?.members ?? []).map((m) => ({
              value: m.id,
              label: `${m.name} · ${t(`relation.${m.relation}`)} · ${m.birthDate}`,
            }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

function StudentForm({ student }: { student?: Student }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<StudentValues>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const save = useSaveStudent();
  const [banner, setBanner] = useState<string | null>(null);
  const householdId = Form.useWatch('householdId', form);
  useEffect(() => {
    if (!student) {
      form.setFieldValue('personId', undefined);
    }
  }, [householdId, form, student]);
  const submit = async () => {
    const v = form.getFieldsValue(true) as StudentValues;
    const fields = {
      stage: v.stage,
      schoolName: v.schoolName ?? '',
      admittedOn: day(v.admittedOn),
      expectedEnd: v.expectedEnd ? day(v.expectedEnd) : null,
    };
    const options = {
      locale: i18n.language,
      labels: {
        personId: t('fund.student.person'),
        stage: t('fund.stage.label'),
        schoolName: t('fund.grant.school'),
        admittedOn: t('fund.student.admittedOn'),
        expectedEnd: t('fund.student.expectedEnd'),
        active: t('fund.student.stillStudying'),
      },
    };
    setBanner(null);
    try {
      if (student) {
        const checked = validateFund(
          form,
          StudentPatch,
          { ...fields, active: v.active ?? true },
          options,
        );
        if (!checked.ok) {
          setBanner(checked.banner);
          return;
        }
        await save.mutateAsync({ id: student.id, body: checked.value });
        void message.success(t('common.saved'));
        void navigate(`/fund/students/${student.id}`);
      } else {
        const checked = validateFund(
          form,
          StudentCreate,
          { personId: v.personId ?? '', ...fields },
          options,
        );
        if (!checked.ok) {
          setBanner(checked.banner);
          return;
        }
        const created = await save.mutateAsync({ body: checked.value });
        void message.success(t('fund.student.enrolled'));
        void navigate(`/fund/students/${created.id}`);
      }
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  const initial: StudentValues = student
    ? {
        stage: student.stage,
        schoolName: student.schoolName,
        admittedOn: dayjs(student.admittedOn),
        expectedEnd: student.expectedEnd ? dayjs(student.expectedEnd) : null,
        active: student.active,
      }
    : { stage: 'university' };
  return (
    <Card title={student ? t('fund.student.edit') : t('fund.student.new')}>
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={initial}
        onFinish={() => void submit()}
        style={{ maxWidth: 800 }}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />
        ) : null}
        {student ? (
          <Descriptions size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('fund.student.name')}>
              {student.personName}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <PersonPicker householdId={householdId} />
        )}
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="stage" label={t('fund.stage.label')}>
              <Select
                options={STUDY_STAGES.map((s) => ({ value: s, label: t(`fund.stage.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="schoolName" label={t('fund.grant.school')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="admittedOn" label={t('fund.student.admittedOn')}>
              <DatePicker
                format="YYYY-MM-DD"
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="expectedEnd" label={t('fund.student.expectedEnd')}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {student ? (
            <Col xs={24} md={8}>
              <Form.Item
                name="active"
                label={t('fund.student.stillStudying')}
                valuePropName="checked"
              >
                <Switch />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button
            onClick={() =>
              void navigate(student ? `/fund/students/${student.id}` : '/fund/students')
            }
          >
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

export function StudentFormPage() {
  const { id } = useParams();
  const student = useStudent(id);
  if (!id) {
    return <StudentForm />;
  }
  if (student.isPending) {
    return <Loading rows={6} />;
  }
  if (student.isError) {
    return <ErrorState error={student.error} retry={() => void student.refetch()} />;
  }
  return <StudentForm student={student.data} />;
}
