/** Record or correct a story: household, person quoted, the quote, its date, linked records, consent. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Divider,
  Form,
  Input,
  Row,
  Select,
  Space,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { STORY_RECORD_KINDS } from '../../../../src/domain/stories/enums';
import { StoryCreate, StoryPatch } from '../../../../src/domain/stories/story.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import { HouseholdPicker } from '../registry/pickers';
import { MemberSelect } from '../training/MemberSelect';
import { afterToday, dayOf, isoDay } from '../training/shared';
import { useSaveStory, useStory, type Story } from './api';
import { ConsentFields, RecordPicker } from './storyParts';

interface StoryValues {
  householdId?: string;
  personId?: string | null;
  title?: string;
  quote?: string;
  saidOn?: Dayjs | null;
  links?: { kind?: string; recordId?: string }[];
  consent?: { given?: boolean; date?: Dayjs | null; method?: string; byPersonId?: string };
}

function LinkRow({
  name,
  householdId,
  onRemove,
}: {
  name: number;
  householdId: string | undefined;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<StoryValues>();
  const kind = Form.useWatch(['links', name, 'kind'], form) as string | undefined;
  return (
    <Row gutter={8} align="top">
      <Col xs={10} md={8}>
        <Form.Item name={[name, 'kind']} label={t('industry.story.linkKind')}>
          <Select
            options={STORY_RECORD_KINDS.map((k) => ({
              value: k,
              label: t(`industry.linkKind.${k}`),
            }))}
            onChange={() => form.setFieldValue(['links', name, 'recordId'], undefined)}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={14}>
        <Form.Item name={[name, 'recordId']} label={t('industry.story.linkRecord')}>
          <RecordPicker kind={kind} householdId={householdId} />
        </Form.Item>
      </Col>
      <Col xs={2} style={{ paddingTop: 30 }}>
        <Button
          type="text"
          icon={<MinusCircleOutlined />}
          aria-label={t('industry.story.removeLink')}
          onClick={onRemove}
        />
      </Col>
    </Row>
  );
}

function StoryForm({ story }: { story?: Story }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<StoryValues>();
  const save = useSaveStory();
  const [banner, setBanner] = useState<string | null>(null);
  const watched = Form.useWatch('householdId', form);
  const householdId = story?.householdId ?? watched;
  const submit = async () => {
    const v = form.getFieldsValue(true) as StoryValues;
    const fields = {
      personId: v.personId ?? null,
      title: v.title ?? '',
      quote: v.quote ?? '',
      saidOn: isoDay(v.saidOn),
      links: (v.links ?? []).map((l) => ({ kind: l.kind, recordId: l.recordId })),
    };
    try {
      if (story) {
        const checked = validateWith(form, StoryPatch, fields, i18n.language);
        if (!checked.ok) {
          setBanner(checked.banner);
          return;
        }
        setBanner(null);
        await save.mutateAsync({ id: story.id, body: checked.value });
        void message.success(t('industry.saved'));
        void navigate(`/stories/${story.id}`);
        return;
      }
      const c = v.consent;
      const input = {
        householdId: v.householdId,
        ...fields,
        ...(c?.given
          ? {
              consent: {
                given: true,
                ...(c.date ? { date: isoDay(c.date) } : {}),
                ...(c.method ? { method: c.method } : {}),
                ...(c.byPersonId ? { byPersonId: c.byPersonId } : {}),
              },
            }
          : {}),
      };
      const checked = validateWith(form, StoryCreate, input, i18n.language);
      if (!checked.ok) {
        setBanner(checked.banner);
        return;
      }
      setBanner(null);
      const created = await save.mutateAsync({ body: checked.value });
      void message.success(t('industry.story.created'));
      void navigate(`/stories/${created.id}`);
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  const initial: StoryValues = story
    ? {
        personId: story.personId,
        title: story.title,
        quote: story.quote,
        saidOn: dayOf(story.saidOn),
        links: story.links.map((l) => ({ kind: l.kind, recordId: l.recordId })),
      }
    : { links: [], consent: { given: false, method: 'written' } };
  return (
    <Card title={t(story ? 'industry.story.edit' : 'industry.story.new')}>
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
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {story ? (
              <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
                <Descriptions.Item label={t('industry.story.household')}>
                  {`${story.headName} · ${story.villageName}`}
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <Form.Item name="householdId" label={t('industry.story.household')}>
                <HouseholdPicker
                  data-testid="story-household"
                  onChange={() => {
                    form.setFieldValue('personId', undefined);
                    form.setFieldValue(['consent', 'byPersonId'], undefined);
                  }}
                />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="personId" label={t('industry.story.person')}>
              <MemberSelect householdId={householdId} allowClear />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="title" label={t('industry.story.title')}>
              <Input maxLength={200} placeholder={t('industry.story.titleHint')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="saidOn" label={t('industry.story.saidOn')}>
              <DatePicker format="YYYY-MM-DD" disabledDate={afterToday} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="quote"
          label={t('industry.story.quote')}
          extra={t('industry.story.quoteHint')}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.List name="links">
          {(fields, { add, remove }) => (
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('industry.story.links')}</legend>
              {fields.map((field) => (
                <LinkRow
                  key={field.key}
                  name={field.name}
                  householdId={householdId}
                  onRemove={() => remove(field.name)}
                />
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'enrollment' })}
                style={{ marginBottom: 16 }}
              >
                {t('industry.story.addLink')}
              </Button>
            </fieldset>
          )}
        </Form.List>
        {story ? null : (
          <>
            <Divider titlePlacement="start">{t('industry.story.consent')}</Divider>
            <ConsentFields householdId={householdId} withSwitch />
          </>
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => void navigate(story ? `/stories/${story.id}` : '/stories')}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

export function StoryFormPage() {
  const { id } = useParams();
  const story = useStory(id);
  if (!id) {
    return <StoryForm />;
  }
  if (story.isPending) {
    return <Loading rows={8} />;
  }
  if (story.isError) {
    return <ErrorState error={story.error} retry={() => void story.refetch()} />;
  }
  return <StoryForm story={story.data} />;
}
