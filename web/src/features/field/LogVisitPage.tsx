/** Log a home visit in a few taps: the family set, the time now, a photo from the camera; save sends both. */
import { CameraOutlined, DeleteOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, Input, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ActivityCreate } from '../../../../src/domain/activities/activity.schema';
import { MAX_PHOTO_BYTES } from '../../../../src/domain/activities/photo.schema';
import { ApiError, retryTransient } from '../../api';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import {
  refreshActivities,
  uploadPhoto,
  useSaveActivity,
  type ActivityInput,
} from '../activities/api';
import { errorText, measureOptions, type Measure } from '../measures/shared';
import { useMe } from '../auth/session';
import { useHousehold, type HouseholdDetail } from '../registry/api';
import { HOME_VISIT } from './api';
import { BackLink, BIG } from './parts';
import { lighterPhoto } from './photo';
import { DraftNotice } from './DraftNotice';
import { useDraft } from './use-draft';

const LOCAL_MINUTE = 'YYYY-MM-DDTHH:mm';

interface VisitValues {
  occurredAt?: string;
  measure?: Measure;
  topic?: string;
  personIds?: string[];
  notes?: string;
  caption?: string;
}

/** Send a photo, trying again on a dropped connection (the server answers a repeat with the same photo). */
async function sendPhoto(activityId: string, file: File, caption: string): Promise<void> {
  const light = await lighterPhoto(file);
  await retryTransient(() => uploadPhoto(activityId, light, caption));
}

export function LogVisitPage() {
  const { id = '' } = useParams();
  const household = useHousehold(id);
  if (household.isPending) {
    return <Loading rows={8} />;
  }
  if (household.isError) {
    return <ErrorState error={household.error} retry={() => void household.refetch()} />;
  }
  return <VisitForm key={household.data.id} household={household.data} />;
}

function VisitForm({ household }: { household: HouseholdDetail }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitValues>();
  const save = useSaveActivity();
  const clearErrors = clearErrorsOnChange(form);
  const input = useRef<HTMLInputElement>(null);
  const [photo, setPhoto] = useState<File | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [phase, setPhase] = useState<'idle' | 'saving' | 'uploading'>('idle');
  const [banner, setBanner] = useState<string | null>(null);
  const [photoFailed, setPhotoFailed] = useState<string | null>(null);
  const preview = useMemo(() => (photo ? URL.createObjectURL(photo) : null), [photo]);
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);
  // What is typed and photographed stays on the phone until the visit is saved.
  const draft = useDraft<VisitValues>('visit', useMe().data?.user.id ?? '', household.id, (d) => {
    if (form.isFieldsTouched()) {
      return false;
    }
    form.setFieldsValue(d.values);
    setPhoto(d.photo ? new File([d.photo.blob], d.photo.name, { type: d.photo.blob.type }) : null);
    return true;
  });
  const keep = (next: File | null = photo) =>
    draft.keep(form.getFieldsValue(true) as VisitValues, next);
  const choosePhoto = (next: File | null) => {
    setPhoto(next);
    keep(next);
  };
  const discardDraft = () => {
    void draft.discard();
    form.resetFields();
    setPhoto(null);
  };

  const done = async (activityId: string) => {
    await draft.finish();
    await refreshActivities(client, activityId);
    void message.success(t('field.visit.saved'));
    void navigate(`/field/families/${household.id}`, { state: { saved: activityId } });
  };

  const submit = async (values: VisitValues) => {
    setBanner(null);
    setPhotoFailed(null);
    let activityId = savedId;
    if (!activityId) {
      const body: ActivityInput = {
        measure: values.measure ?? 'relief',
        typeCode: HOME_VISIT,
        occurredAt: values.occurredAt
          ? dayjs(values.occurredAt).format('YYYY-MM-DDTHH:mm:ssZ')
          : '',
        householdId: household.id,
        personIds: values.personIds ?? [],
        topic: values.topic?.trim() || t('field.visit.defaultTopic'),
        notes: values.notes?.trim() ?? '',
      };
      const checked = validateWith(form, ActivityCreate, body, i18n.language);
      if (!checked.ok) {
        setBanner(checked.banner);
        return;
      }
      setPhase('saving');
      try {
        activityId = (await save.mutateAsync({ id: null, body })).id;
        setSavedId(activityId);
        // Saved: a draft restored later would make the visit a second time.
        await draft.finish();
      } catch (error) {
        setPhase('idle');
        setBanner(showFieldErrors(form, error));
        return;
      }
    }
    if (photo) {
      setPhase('uploading');
      try {
        await sendPhoto(activityId, photo, values.caption?.trim() ?? '');
      } catch (error) {
        setPhase('idle');
        setPhotoFailed(error instanceof ApiError ? error.message : errorText(error));
        return;
      }
    }
    setPhase('idle');
    await done(activityId);
  };

  const pick = (file: File | undefined) => {
    if (!file) {
      return;
    }
    if (file.size > MAX_PHOTO_BYTES * 4) {
      setBanner(t('field.visit.photoTooLarge'));
      return;
    }
    setBanner(null);
    choosePhoto(file);
  };
  const busy = phase !== 'idle';
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="log-visit-page">
      <BackLink to={`/field/families/${household.id}`} label={household.headName} />
      <Card
        title={t('field.visit.title', { name: household.headName })}
        styles={{ body: { padding: 16 } }}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        {draft.restoredAt && !savedId ? (
          <DraftNotice
            restoredAt={draft.restoredAt}
            message="field.visit.draftRestored"
            onDiscard={discardDraft}
          />
        ) : null}
        {savedId && photoFailed ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('field.visit.photoFailed')}
            description={photoFailed}
            action={
              <Space orientation="vertical">
                <Button size="small" icon={<ReloadOutlined />} onClick={() => form.submit()}>
                  {t('common.retry')}
                </Button>
                <Button size="small" onClick={() => void done(savedId)}>
                  {t('field.visit.withoutPhoto')}
                </Button>
              </Space>
            }
          />
        ) : null}
        <Form<VisitValues>
          form={form}
          onValuesChange={(changed) => {
            clearErrors(changed);
            keep();
          }}
          layout="vertical"
          size="large"
          disabled={busy}
          initialValues={{
            occurredAt: dayjs().format(LOCAL_MINUTE),
            measure: 'relief',
            personIds: [],
          }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item label={t('field.visit.photo')}>
            <input
              ref={input}
              type="file"
              accept="image/*"
              capture="environment"
              data-testid="visit-photo"
              style={{ display: 'none' }}
              onChange={(e) => {
                pick(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
            {preview ? (
              <div>
                <img
                  src={preview}
                  alt={t('field.visit.photoPreview')}
                  data-testid="visit-photo-preview"
                  style={{
                    width: '100%',
                    maxHeight: 260,
                    objectFit: 'cover',
                    borderRadius: 8,
                    display: 'block',
                  }}
                />
                <Space style={{ marginTop: 8 }} wrap>
                  <Button icon={<CameraOutlined />} onClick={() => input.current?.click()}>
                    {t('field.visit.retake')}
                  </Button>
                  <Button danger icon={<DeleteOutlined />} onClick={() => choosePhoto(null)}>
                    {t('field.visit.removePhoto')}
                  </Button>
                </Space>
              </div>
            ) : (
              <Button
                block
                icon={<CameraOutlined style={{ fontSize: 24 }} />}
                style={{ height: 96, fontSize: 17, borderStyle: 'dashed' }}
                onClick={() => input.current?.click()}
                data-testid="take-photo"
              >
                {t('field.visit.takePhoto')}
              </Button>
            )}
          </Form.Item>
          {photo ? (
            <Form.Item name="caption" label={t('field.visit.caption')}>
              <Input maxLength={200} placeholder={t('field.visit.captionHint')} />
            </Form.Item>
          ) : null}
          <Form.Item name="occurredAt" label={t('field.visit.when')}>
            <Input type="datetime-local" max={dayjs().format(LOCAL_MINUTE)} />
          </Form.Item>
          <Form.Item name="topic" label={t('field.visit.topic')}>
            <Input maxLength={200} placeholder={t('field.visit.defaultTopic')} />
          </Form.Item>
          <Form.Item name="personIds" label={t('field.visit.present')}>
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={household.members.map((m) => ({
                value: m.id,
                label: (
                  <span style={{ display: 'inline-block', minHeight: 36, lineHeight: '36px' }}>
                    {t('measures.withNote', { name: m.name, note: t(`relation.${m.relation}`) })}
                  </span>
                ),
              }))}
            />
          </Form.Item>
          <Form.Item name="measure" label={t('field.visit.measure')}>
            <Select options={measureOptions(t)} />
          </Form.Item>
          <Form.Item name="notes" label={t('field.visit.notes')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            style={BIG}
            loading={busy}
            disabled={false}
            data-testid="save-visit"
          >
            {phase === 'saving'
              ? t('field.visit.saving')
              : phase === 'uploading'
                ? t('field.visit.uploading')
                : savedId && photo
                  ? t('field.visit.sendPhoto')
                  : t('field.visit.save')}
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('field.visit.hint')}
          </Typography.Paragraph>
        </Form>
      </Card>
    </Space>
  );
}
