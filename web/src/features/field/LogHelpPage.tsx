/** Log an act of help in a few taps: a good deed for the family or a member, or a job for a member. */
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Radio,
  Segmented,
  Select,
  Space,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { GoodDeedCreate, JobCreate } from '../../../../src/domain/assistance/assistance.schema';
import { JOB_CHANNELS, JOB_PLACES } from '../../../../src/domain/assistance/enums';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import { useSaveAssistance, type AssistanceInput } from '../assistance/api';
import { fenOf, todayIso } from '../measures/shared';
import { useMe } from '../auth/session';
import { useHousehold, type HouseholdDetail } from '../registry/api';
import { DraftNotice } from './DraftNotice';
import { BackLink, BIG } from './parts';
import { useDraft } from './use-draft';

type HelpKind = 'good_deed' | 'job';
const WHOLE_FAMILY = 'household';

/** A help form's draft: which kind was chosen, and the fields. */
interface HelpDraft {
  kind: HelpKind;
  fields: HelpValues;
}

interface HelpValues {
  date?: string;
  beneficiary?: string;
  description?: string;
  personId?: string;
  employer?: string;
  jobTitle?: string;
  place?: string;
  channel?: string;
  startDate?: string;
  monthlyWageFen?: number | null;
}

function toInput(kind: HelpKind, v: HelpValues, householdId: string): AssistanceInput {
  if (kind === 'good_deed') {
    const person = v.beneficiary && v.beneficiary !== WHOLE_FAMILY ? v.beneficiary : null;
    return {
      kind,
      date: v.date ?? '',
      householdId: person ? null : householdId,
      personId: person,
      description: v.description?.trim() ?? '',
    };
  }
  return {
    kind,
    date: v.startDate ?? '',
    personId: v.personId ?? '',
    employer: v.employer ?? '',
    jobTitle: v.jobTitle ?? '',
    place: (v.place ?? 'near_home') as (typeof JOB_PLACES)[number],
    channel: (v.channel ?? 'other') as (typeof JOB_CHANNELS)[number],
    startDate: v.startDate ?? '',
    monthlyWageFen: fenOf(v.monthlyWageFen) ?? (null as unknown as number),
  };
}

export function LogHelpPage() {
  const { id = '' } = useParams();
  const household = useHousehold(id);
  if (household.isPending) {
    return <Loading rows={8} />;
  }
  if (household.isError) {
    return <ErrorState error={household.error} retry={() => void household.refetch()} />;
  }
  return <HelpForm key={household.data.id} household={household.data} />;
}

function HelpForm({ household }: { household: HouseholdDetail }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<HelpValues>();
  const save = useSaveAssistance();
  const [kind, setKind] = useState<HelpKind>('good_deed');
  const [banner, setBanner] = useState<string | null>(null);
  const today = todayIso();
  // What is typed stays on the phone until it is saved.
  const draft = useDraft<HelpDraft>('help', useMe().data?.user.id ?? '', household.id, (d) => {
    if (form.isFieldsTouched()) {
      return false;
    }
    setKind(d.values.kind);
    form.setFieldsValue(d.values.fields);
    return true;
  });
  const keep = (k: HelpKind = kind) =>
    draft.keep({ kind: k, fields: form.getFieldsValue(true) as HelpValues });
  const clearErrors = clearErrorsOnChange(form);
  const submit = async (values: HelpValues) => {
    setBanner(null);
    const body = toInput(kind, values, household.id);
    const checked = validateWith(
      form,
      kind === 'good_deed' ? GoodDeedCreate : JobCreate,
      body,
      i18n.language,
    );
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    try {
      await save.mutateAsync({ id: null, body });
      await draft.finish();
      void message.success(t('field.help.saved'));
      void navigate(`/field/families/${household.id}`);
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  const members = household.members.map((m) => ({
    value: m.id,
    label: t('measures.withNote', { name: m.name, note: t(`relation.${m.relation}`) }),
  }));
  const bigRadio = { display: 'flex', alignItems: 'center', minHeight: 44 } as const;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="log-help-page">
      <BackLink to={`/field/families/${household.id}`} label={household.headName} />
      <Card
        title={t('field.help.title', { name: household.headName })}
        styles={{ body: { padding: 16 } }}
      >
        <Segmented<HelpKind>
          block
          size="large"
          value={kind}
          onChange={(k) => {
            setKind(k);
            setBanner(null);
            keep(k);
          }}
          options={[
            { value: 'good_deed', label: t('assistance.kind.good_deed') },
            { value: 'job', label: t('assistance.kind.job') },
          ]}
          style={{ marginBottom: 16 }}
        />
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        {draft.restoredAt ? (
          <DraftNotice
            restoredAt={draft.restoredAt}
            message="field.help.draftRestored"
            onDiscard={() => {
              void draft.discard();
              form.resetFields();
              setKind('good_deed');
            }}
          />
        ) : null}
        <Form<HelpValues>
          form={form}
          onValuesChange={(changed) => {
            clearErrors(changed);
            keep();
          }}
          layout="vertical"
          size="large"
          initialValues={{
            date: today,
            startDate: today,
            beneficiary: WHOLE_FAMILY,
            place: 'near_home',
            channel: 'other',
          }}
          onFinish={(v) => void submit(v)}
        >
          {kind === 'good_deed' ? (
            <>
              <Form.Item name="description" label={t('field.help.whatDone')}>
                <Input.TextArea rows={3} maxLength={1000} placeholder={t('field.help.whatHint')} />
              </Form.Item>
              <Form.Item name="beneficiary" label={t('field.help.forWhom')}>
                <Radio.Group>
                  <Space orientation="vertical" size={0}>
                    <Radio value={WHOLE_FAMILY} style={bigRadio}>
                      {t('field.help.wholeFamily')}
                    </Radio>
                    {members.map((m) => (
                      <Radio key={m.value} value={m.value} style={bigRadio}>
                        {m.label}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              </Form.Item>
              <Form.Item name="date" label={t('field.help.date')}>
                <Input type="date" max={today} />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="personId" label={t('field.help.who')}>
                <Radio.Group>
                  <Space orientation="vertical" size={0}>
                    {members.map((m) => (
                      <Radio key={m.value} value={m.value} style={bigRadio}>
                        {m.label}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              </Form.Item>
              <Form.Item name="employer" label={t('assistance.job.employer')}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="jobTitle" label={t('assistance.job.jobTitle')}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="place" label={t('assistance.job.place')}>
                <Select
                  options={JOB_PLACES.map((p) => ({
                    value: p,
                    label: t(`assistance.jobPlace.${p}`),
                  }))}
                />
              </Form.Item>
              <Form.Item name="channel" label={t('assistance.job.channel')}>
                <Select
                  options={JOB_CHANNELS.map((c) => ({
                    value: c,
                    label: t(`assistance.jobChannel.${c}`),
                  }))}
                />
              </Form.Item>
              <Form.Item name="startDate" label={t('assistance.job.startDate')}>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="monthlyWageFen" label={t('assistance.job.monthlyWage')}>
                <InputNumber
                  min={0}
                  precision={2}
                  inputMode="decimal"
                  style={{ width: '100%' }}
                  suffix={t('measures.yuanUnit')}
                />
              </Form.Item>
            </>
          )}
          <Button
            type="primary"
            htmlType="submit"
            block
            style={BIG}
            loading={save.isPending}
            data-testid="save-help"
          >
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
