/** Create or correct a grant rule: name, period, and an amount per qualifying stage (in 元). */
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
  Row,
  Select,
  Space,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { STUDY_STAGES } from '../../../../src/domain/fund/enums';
import { RuleCreate } from '../../../../src/domain/fund/rule.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { ErrorState, Loading } from '../../ui/states';
import { useRule, useSaveRule, type GrantRule } from './api';
import { toFen, toYuan } from './format';
import { validateFund } from './validate';

interface RuleValues {
  name?: string;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  amounts: { stage?: string; amountFen?: number | null }[];
}

function toValues(rule: GrantRule | undefined): RuleValues {
  if (!rule) {
    return {
      validFrom: dayjs(),
      amounts: [{ stage: 'university' }, { stage: 'inland_senior' }, { stage: 'inland_junior' }],
    };
  }
  return {
    name: rule.name,
    validFrom: dayjs(rule.validFrom),
    validTo: rule.validTo ? dayjs(rule.validTo) : null,
    amounts: rule.amounts.map((a) => ({ stage: a.stage, amountFen: toYuan(a.amountFen) })),
  };
}

function toInput(v: RuleValues) {
  return {
    name: v.name ?? '',
    validFrom: v.validFrom ? v.validFrom.format('YYYY-MM-DD') : '',
    validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
    amounts: (v.amounts ?? []).map((a) => ({ stage: a.stage, amountFen: toFen(a.amountFen) })),
  };
}

function RuleForm({ rule }: { rule?: GrantRule }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<RuleValues>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const save = useSaveRule();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const input = toInput(form.getFieldsValue(true) as RuleValues);
    const checked = validateFund(form, RuleCreate, input, {
      locale: i18n.language,
      labels: {
        name: t('fund.rule.name'),
        validFrom: t('fund.rule.validFrom'),
        validTo: t('fund.rule.validTo'),
        amounts: t('fund.rule.amounts'),
        stage: t('fund.stage.label'),
        amountFen: t('fund.rule.amountPerSemester'),
      },
    });
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await save.mutateAsync({ id: rule?.id, body: checked.value });
      void message.success(t('common.saved'));
      void navigate('/fund/rules');
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Card title={rule ? t('fund.rule.edit') : t('fund.rule.new')}>
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={toValues(rule)}
        onFinish={() => void submit()}
        style={{ maxWidth: 720 }}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item name="name" label={t('fund.rule.name')}>
          <Input maxLength={100} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="validFrom" label={t('fund.rule.validFrom')}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="validTo"
              label={t('fund.rule.validTo')}
              extra={t('fund.rule.validToHint')}
            >
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="amounts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col xs={11} md={10}>
                    <Form.Item name={[field.name, 'stage']} label={t('fund.stage.label')}>
                      <Select
                        options={STUDY_STAGES.map((s) => ({
                          value: s,
                          label: t(`fund.stage.${s}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={11} md={10}>
                    <Form.Item
                      name={[field.name, 'amountFen']}
                      label={t('fund.rule.amountPerSemester')}
                    >
                      <InputNumber
                        min={0.01}
                        precision={2}
                        step={100}
                        suffix={t('fund.yuanUnit')}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={4} style={{ paddingTop: 30 }}>
                    {fields.length > 1 ? (
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t('fund.rule.removeStage')}
                        title={t('fund.rule.removeStage')}
                        onClick={() => remove(field.name)}
                      />
                    ) : null}
                  </Col>
                </Row>
              ))}
              {fields.length < STUDY_STAGES.length ? (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({})}
                  style={{ marginBottom: 16 }}
                >
                  {t('fund.rule.addStage')}
                </Button>
              ) : null}
            </>
          )}
        </Form.List>
        <Space style={{ display: 'flex' }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => void navigate('/fund/rules')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}

export function RuleFormPage() {
  const { id } = useParams();
  const rule = useRule(id);
  if (!id) {
    return <RuleForm />;
  }
  if (rule.isPending) {
    return <Loading rows={6} />;
  }
  if (rule.isError) {
    return <ErrorState error={rule.error} retry={() => void rule.refetch()} />;
  }
  return <RuleForm rule={rule.data} />;
}
