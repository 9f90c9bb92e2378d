/** The photos of an activity: thumbnails that open full size, upload with a caption, caption edits, void. */
import { DeleteOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Image, Input, Modal, Space, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTO_BYTES } from '../../../../src/domain/activities/photo.schema';
import { EmptyState } from '../../ui/states';
import { errorText } from '../measures/shared';
import { useVoidConfirm } from '../measures/void';
import {
  useChangeCaption,
  useUploadPhoto,
  useVoidPhoto,
  type ActivityDetail,
  type Photo,
} from './api';

const ACCEPT = 'image/jpeg,image/png,image/webp';

function UploadForm({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadPhoto(activityId);
  const fileId = useId();
  const captionId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const send = async () => {
    if (!file) {
      setProblem(t('activities.photo.pickFirst'));
      return;
    }
    if (file.size > MAX_PHOTO_BYTES) {
      setProblem(t('activities.photo.tooLarge'));
      return;
    }
    setProblem(null);
    try {
      await upload.mutateAsync({ file, caption: caption.trim() });
      void message.success(t('activities.photo.uploaded'));
      setFile(null);
      setCaption('');
      if (input.current) {
        input.current.value = '';
      }
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  return (
    <Space wrap align="end" style={{ marginBottom: 16 }}>
      <div>
        <label htmlFor={fileId} style={{ display: 'block', marginBottom: 4 }}>
          {t('activities.photo.file')}
        </label>
        <input
          ref={input}
          id={fileId}
          type="file"
          accept={ACCEPT}
          data-testid="photo-file"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <div>
        <label htmlFor={captionId} style={{ display: 'block', marginBottom: 4 }}>
          {t('activities.photo.caption')}
        </label>
        <Input
          id={captionId}
          value={caption}
          maxLength={200}
          style={{ width: 320 }}
          placeholder={t('activities.photo.captionHint')}
          onChange={(e) => setCaption(e.target.value)}
        />
      </div>
      <Button
        type="primary"
        icon={<UploadOutlined />}
        loading={upload.isPending}
        onClick={() => void send()}
      >
        {t('activities.photo.upload')}
      </Button>
      {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
    </Space>
  );
}

function CaptionModal({
  photo,
  activityId,
  onClose,
}: {
  photo: Photo;
  activityId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ caption: string }>();
  const change = useChangeCaption(activityId);
  const { message } = App.useApp();
  return (
    <Modal
      open
      title={t('activities.photo.editCaption')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={change.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ caption: photo.caption }}
        onFinish={(v) =>
          void change
            .mutateAsync({ id: photo.id, caption: v.caption.trim() })
            .then(() => {
              void message.success(t('common.saved'));
              onClose();
            })
            .catch((error: unknown) => void message.error(errorText(error)))
        }
      >
        <Form.Item name="caption" label={t('activities.photo.caption')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function Photos({ activity, canChange }: { activity: ActivityDetail; canChange: boolean }) {
  const { t } = useTranslation();
  const voidPhoto = useVoidPhoto(activity.id);
  const confirmVoid = useVoidConfirm();
  const [editing, setEditing] = useState<Photo | null>(null);
  return (
    <Card title={t('activities.photos')} data-testid="photos">
      {canChange ? <UploadForm activityId={activity.id} /> : null}
      {activity.photos.length === 0 ? (
        <EmptyState description={t('activities.photo.none')} />
      ) : (
        <Image.PreviewGroup>
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
              gap: 16,
            }}
          >
            {activity.photos.map((p) => (
              <figure key={p.id} style={{ margin: 0 }} data-testid="photo">
                <Image
                  src={p.thumbUrl}
                  alt={p.caption || t('activities.photo.untitled')}
                  preview={{ src: p.fileUrl }}
                  width="100%"
                  height={140}
                  style={{ objectFit: 'cover', borderRadius: 6 }}
                />
                <figcaption style={{ marginTop: 4 }}>
                  <Typography.Text>{p.caption || t('activities.photo.untitled')}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {p.takenAt
                      ? t('activities.photo.takenAt', {
                          at: p.takenAt.replace('T', ' ').slice(0, 16),
                        })
                      : t('activities.photo.addedAt', { at: p.createdAt.slice(0, 10) })}
                  </Typography.Text>
                  <Space size={0} wrap style={{ display: 'flex' }}>
                    <Button
                      type="link"
                      size="small"
                      href={p.fileUrl}
                      target="_blank"
                      style={{ paddingLeft: 0 }}
                    >
                      {t('activities.photo.full')}
                    </Button>
                    {canChange ? (
                      <>
                        <Button
                          type="link"
                          size="small"
                          icon={<EditOutlined />}
                          onClick={() => setEditing(p)}
                        >
                          {t('activities.photo.editCaption')}
                        </Button>
                        <Button
                          type="link"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          onClick={() =>
                            confirmVoid({
                              title: t('activities.photo.voidTitle'),
                              what: p.caption || t('activities.photo.untitled'),
                              reasonRequired: false,
                              onVoid: (reason) => voidPhoto.mutateAsync({ id: p.id, reason }),
                            })
                          }
                        >
                          {t('activities.photo.void')}
                        </Button>
                      </>
                    ) : null}
                  </Space>
                </figcaption>
              </figure>
            ))}
          </div>
        </Image.PreviewGroup>
      )}
      {editing ? (
        <CaptionModal photo={editing} activityId={activity.id} onClose={() => setEditing(null)} />
      ) : null}
    </Card>
  );
}
