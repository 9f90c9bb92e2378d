/** Record or correct help of any kind: one form whose fields follow the kind; money typed in 元, sent in fen. */
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  Row,
  Select,
  Space,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import {
  AssistancePatch,
  createSchemaOf,
} from '../../../../src/domain/assistance/assistance.schema';
import {
  ASSISTANCE_KINDS,
  ASSISTANCE_STATUSES,
  type AssistanceKind,
} from '../../../../src/domain/assistance/enums';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import { measureOptions, useMeasuresAccess } from '../measures/shared';
import { CadrePicker } from '../registry/pickers';
import { useAssistance, useSaveAssistance, type AssistanceRecord } from './api';
import { blankValues, toInput, valuesOf, type AssistanceValues } from './input';
import { KindFields } from './KindFields';

export function AssistanceFormPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const existing = useAssistance(id);
  if (id && existing.isPending) {
    return <Loading rows={10} />;
  }
  if (id && existing.isError) {
    return <ErrorState error={existing.error} retry={() => void existing.refetch()} />;
  }
  const asked = search.get('kind') as AssistanceKind | null;
  const kind = asked && ASSISTANCE_KINDS.includes(asked) ? asked : 'job';
  return (
    <AssistanceForm
      key={id ?? 'new'}
      record={id ? (existing.data ?? null) : null}
      initialKind={kind}
    />
  );
}

function AssistanceForm({
  record,
  initialKind,
}: {
  record: AssistanceRecord | null;
  initialKind: AssistanceKind;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<AssistanceValues>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const access = useMeasuresAccess();
  const save = useSaveAssistance();
  const [banner, setBanner] = useState<string | null>(null);
  const creating = record === null;
  const kind: AssistanceKind = Form.useWatch('kind', form) ?? record?.kind ?? initialKind;

  const submit = async () => {
    setBanner(null);
    const values = form.getFieldsValue(true) as AssistanceValues;
    const body = toInput(values, creating);
    const checked = validateWith(
      form,
      creating ? createSchemaOf[values.kind] : AssistancePatch,
      body,
      i18n.language,
    );
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    try {
      const saved = await save.mutateAsync(record ? { id: record.id, body } : { id: null, body });
      void message.success(t('common.saved'));
      void navigate(`/measures/assistance/${saved.id}`);
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };

  if (record?.voidedAt) {
    return <Alert type="warning" showIcon title={t('assistance.voidedNoEdit')} />;
  }
  return (
    <Card
      data-testid="assistance-form"
      title={
        creating
          ? t('assistance.newOf', { kind: t(`assistance.kind.${kind}`) })
          : t('assistance.editOf', { kind: t(`assistance.kind.${kind}`) })
      }
    >
      {banner ? <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} /> : null}
      <Form<AssistanceValues>
        form={form}
        layout="vertical"
        initialValues={record ? valuesOf(record) : blankValues(initialKind)}
        onValuesChange={(changed: Partial<AssistanceValues>) => {
          clearErrorsOnChange(form)(changed);
          if (changed.kind) {
            // A new kind starts from its own defaults; what is shared (date, status, notes) stays.
            const kept = form.getFieldsValue([
              'date',
              'status',
              'arrangedByCadreId',
              'notes',
            ]) as Partial<AssistanceValues>;
            form.resetFields();
            form.setFieldsValue({ ...blankValues(changed.kind), ...kept });
          }
          if (
            'householdId' in changed &&
            (kind === 'job' || kind === 'medical' || kind === 'good_deed')
          ) {
            form.setFieldValue('personId', undefined);
          }
          if (changed.recipientKind) {
            form.setFieldValue('recipients', [{ items: [{}] }]);
          }
        }}
        onFinish={() => void submit()}
      >
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="kind" label={t('assistance.field.kind')}>
              <Select
                disabled={!creating}
                options={ASSISTANCE_KINDS.map((k) => ({
                  value: k,
                  label: t(`assistance.kind.${k}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="date" label={t('assistance.field.date')}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="status" label={t('assistance.field.status')}>
              <Select
                options={ASSISTANCE_STATUSES.map((s) => ({
                  value: s,
                  label: t(`assistance.status.${s}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="measure" label={t('assistance.field.measure')}>
              <Select options={measureOptions(t)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="arrangedByCadreId" label={t('assistance.field.arrangedBy')}>
              <CadrePicker
                all
                allowClear
                disabled={access.isCadre}
                known={
                  record?.arrangedByCadreId
                    ? { value: record.arrangedByCadreId, label: record.arrangedByCadreName ?? '' }
                    : null
                }
              />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" style={{ marginTop: 0 }}>
          {t(`assistance.kind.${kind}`)}
        </Divider>
        <KindFields kind={kind} form={form} record={record} />
        <Form.Item name="notes" label={t('assistance.field.notes')} style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
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
