/** One story: the quote, who said it and when, the records it speaks of, and consent to publish. */
import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Modal, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConsentInput } from '../../../../src/domain/stories/story.schema';
import { z } from 'zod';
import { ApiError } from '../../api';
import { clearErrorsOnChange, placeFieldErrors, showFieldErrors } from '../../ui/forms';
import { ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import { errorText, isoDay, useVoidConfirm, useWorkAccess } from '../training/shared';
import { useSetConsent, useStory, useVoidStory, type Story } from './api';
import { ConsentFields, ConsentTag, LinkedRecord } from './storyParts';

/** The consent body under `consent`, where the form keeps its fields. */
const ConsentBody = z.strictObject({ consent: ConsentInput });

interface ConsentValues {
  consent?: { date?: Dayjs | null; method?: string; byPersonId?: string };
}

function ConsentModal({ story, onClose }: { story: Story; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ConsentValues>();
  const setConsent = useSetConsent();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const c = (form.getFieldsValue(true) as ConsentValues).consent ?? {};
    const input = {
      given: true,
      ...(c.date ? { date: isoDay(c.date) } : {}),
      ...(c.method ? { method: c.method } : {}),
      ...(c.byPersonId ? { byPersonId: c.byPersonId } : {}),
    };
    // The form's fields sit under `consent`, as in the story form.
    const checked = validateWith(form, ConsentBody, { consent: input }, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await setConsent.mutateAsync({ id: story.id, body: checked.value.consent });
      void message.success(t('industry.story.consentSaved'));
      onClose();
    } catch (error) {
      setBanner(
        error instanceof ApiError && error.fields.length > 0
          ? placeFieldErrors(
              form,
              error.fields.map((f) => ({ ...f, path: `consent.${f.path}` })),
            )
          : showFieldErrors(form, error),
      );
    }
  };
  return (
    <Modal
      open
      width={680}
      title={t('industry.story.giveConsent')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={setConsent.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{
          consent: { date: dayjs(), method: 'written', byPersonId: story.personId ?? undefined },
        }}
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Typography.Paragraph type="secondary">
          {t('industry.story.consentHint')}
        </Typography.Paragraph>
        <ConsentFields householdId={story.householdId} withSwitch={false} />
      </Form>
    </Modal>
  );
}

export function StoryPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const access = useWorkAccess();
  const story = useStory(id);
  const setConsent = useSetConsent();
  const voidStory = useVoidStory();
  const confirmVoid = useVoidConfirm();
  const [consenting, setConsenting] = useState(false);
  if (story.isPending) {
    return <Loading rows={8} />;
  }
  if (story.isError) {
    return <ErrorState error={story.error} retry={() => void story.refetch()} />;
  }
  const s = story.data;
  const voided = s.voidedAt !== null;
  const canWrite = access.canStory && !voided;
  const withdraw = () =>
    modal.confirm({
      title: t('industry.story.withdrawTitle'),
      content: t('industry.story.withdrawContent', { name: s.personName ?? s.headName }),
      okText: t('industry.story.withdraw'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await setConsent.mutateAsync({
            id: s.id,
            body: { given: false, date: dayjs().format('YYYY-MM-DD') },
          });
          void message.success(t('industry.story.withdrawn'));
        } catch (error) {
          void message.error(errorText(error));
        }
      },
    });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        data-testid="story-detail"
        title={
          <Space wrap>
            <span>{s.title || t('industry.story.untitled')}</span>
            <ConsentTag story={s} />
            {voided ? <Tag color="red">{t('training.void.voided')}</Tag> : null}
          </Space>
        }
      >
        <blockquote
          style={{
            margin: '0 0 16px',
            padding: '8px 16px',
            borderLeft: '4px solid #b71c1c',
            background: '#fafafa',
            fontSize: 16,
          }}
        >
          “{s.quote}”
          <footer style={{ marginTop: 8, fontSize: 14, color: 'rgba(0,0,0,0.55)' }}>
            —— {s.personName ?? s.headName} · {s.saidOn}
          </footer>
        </blockquote>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('industry.story.household')}>
            <Link to={`/households/${s.householdId}`}>{s.headName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('industry.village')}>{s.villageName}</Descriptions.Item>
          <Descriptions.Item label={t('industry.story.person')}>
            {s.personName ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('industry.story.links')} span={3}>
            {s.links.length === 0 ? (
              '—'
            ) : (
              <Space size={[12, 4]} wrap>
                {s.links.map((l) => (
                  <LinkedRecord
                    key={`${l.kind}-${l.recordId}`}
                    kind={l.kind}
                    recordId={l.recordId}
                  />
                ))}
              </Space>
            )}
          </Descriptions.Item>
          {voided ? (
            <Descriptions.Item label={t('training.void.reason')}>
              <Typography.Text type="danger">{s.voidReason}</Typography.Text>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        {canWrite ? (
          <Space wrap style={{ marginTop: 16 }}>
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/stories/${s.id}/edit`)}>
              {t('industry.story.edit')}
            </Button>
            <Button
              danger
              onClick={() =>
                confirmVoid({
                  title: t('industry.story.voidTitle'),
                  what: s.title || s.quote.slice(0, 20),
                  onVoid: (reason) => voidStory.mutateAsync({ id: s.id, reason }),
                })
              }
            >
              {t('training.void.action')}
            </Button>
          </Space>
        ) : null}
      </Card>
      <Card
        title={t('industry.story.consent')}
        data-testid="story-consent"
        extra={
          canWrite ? (
            s.consent.given ? (
              <Button danger onClick={() => void withdraw()}>
                {t('industry.story.withdraw')}
              </Button>
            ) : (
              <Button type="primary" onClick={() => setConsenting(true)}>
                {t('industry.story.giveConsent')}
              </Button>
            )
          ) : null
        }
      >
        {s.consent.given ? (
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('industry.story.consentDate')}>
              {s.consent.date ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('industry.story.consentMethod')}>
              {s.consent.method ? t(`industry.consentMethod.${s.consent.method}`) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('industry.story.consentBy')}>
              {s.consent.byPersonName ?? '—'}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Alert
            type="warning"
            showIcon
            title={t('industry.story.notConsented')}
            description={
              s.consent.date
                ? t('industry.story.withdrawnOn', { date: s.consent.date })
                : t('industry.story.notConsentedHint')
            }
          />
        )}
      </Card>
      {consenting ? <ConsentModal story={s} onClose={() => setConsenting(false)} /> : null}
    </Space>
  );
}
