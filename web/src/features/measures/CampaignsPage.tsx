/** The five-ones (五个一) campaigns: each with its period and how far the pairings have come. */
import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Progress,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CampaignCreate } from '../../../../src/domain/assistance/campaign.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { EmptyState, ErrorState } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import { isRunning, useCampaigns, useCreateCampaign, type Campaign } from './api';
import { isoDay, todayIso, useMeasuresAccess } from './shared';

interface CampaignValues {
  title?: string;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
}

function NewCampaignModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CampaignValues>();
  const create = useCreateCampaign();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async (v: CampaignValues) => {
    const body = {
      title: v.title ?? '',
      startDate: isoDay(v.startDate),
      endDate: isoDay(v.endDate),
    };
    const checked = validateWith(form, CampaignCreate, body, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    try {
      const created = await create.mutateAsync(body);
      void message.success(t('measures.campaign.created', { count: created.checklistCount }));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('measures.campaign.new')}
      okText={t('measures.campaign.start')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">{t('measures.campaign.newHint')}</Typography.Paragraph>
      {banner ? <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} /> : null}
      <Form<CampaignValues>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="title" label={t('measures.campaign.title')}>
          <Input maxLength={100} placeholder={t('measures.campaign.titleHint')} />
        </Form.Item>
        <Form.Item name="startDate" label={t('measures.campaign.startDate')}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endDate" label={t('measures.campaign.endDate')}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CampaignsPage() {
  const { t } = useTranslation();
  const access = useMeasuresAccess();
  const campaigns = useCampaigns();
  const [creating, setCreating] = useState(false);
  const today = todayIso();
  const columns = [
    {
      title: t('measures.campaign.title'),
      dataIndex: 'title',
      render: (title: string, c: Campaign) => (
        <Link to={`/measures/campaigns/${c.id}`}>{title}</Link>
      ),
    },
    {
      title: t('measures.campaign.period'),
      key: 'period',
      render: (_: unknown, c: Campaign) => (
        <>
          {`${c.startDate} ~ ${c.endDate} `}
          {isRunning(c, today) ? <Tag color="green">{t('measures.campaign.running')}</Tag> : null}
        </>
      ),
    },
    { title: t('measures.campaign.checklists'), dataIndex: 'checklistCount' },
    {
      title: t('measures.campaign.done'),
      key: 'done',
      width: 260,
      render: (_: unknown, c: Campaign) => (
        <Progress
          percent={c.percentDone}
          format={() => t('measures.campaign.doneOf', { done: c.doneCount, total: c.itemCount })}
        />
      ),
    },
  ];
  return (
    <Card
      title={t('measures.campaign.list')}
      extra={
        access.canCampaign ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('measures.campaign.new')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('measures.campaign.explain')}</Typography.Paragraph>
      {campaigns.isError ? (
        <ErrorState error={campaigns.error} retry={() => void campaigns.refetch()} />
      ) : (
        <Table<Campaign>
          rowKey="id"
          size="middle"
          loading={campaigns.isPending}
          dataSource={campaigns.data?.items ?? []}
          columns={columns}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyState description={t('measures.campaign.none')} /> }}
        />
      )}
      {creating ? <NewCampaignModal onClose={() => setCreating(false)} /> : null}
    </Card>
  );
}
