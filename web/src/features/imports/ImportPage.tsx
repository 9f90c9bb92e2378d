/** 导入名册: upload a roster, see the dry run (counts and bad rows), then import all or nothing or the valid rows. */
import { CloudUploadOutlined, FileExcelOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportMapping, IMPORT_ENCODINGS } from '../../../../src/domain/imports/import.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { EmptyState } from '../../ui/states';
import { ExportButton } from '../exports/ExportButton';
import { ImportJobView } from './ImportJobView';
import {
  TEMPLATE_URL,
  useApplyImport,
  useUploadRoster,
  type ImportEncoding,
  type ImportJob,
  type ImportMode,
} from './api';

interface UploadValues {
  roster?: unknown;
  encoding: ImportEncoding;
  mapping?: string;
}

function mappingProblem(text: string | undefined): boolean {
  if (!text?.trim()) {
    return false;
  }
  try {
    return !ImportMapping.safeParse(JSON.parse(text)).success;
  } catch {
    return true;
  }
}

function ApplyPanel({ job, onApplied }: { job: ImportJob; onApplied: (id: string) => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const apply = useApplyImport();
  const counts = job.summary?.households;
  const confirm = () =>
    modal.confirm({
      title: t('imports.applyConfirm.title'),
      content: t('imports.applyConfirm.content', {
        created: counts?.created ?? 0,
        updated: counts?.updated ?? 0,
      }),
      okText: t('imports.apply'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          onApplied((await apply.mutateAsync({ id: job.id, mode })).id);
        } catch (error) {
          void message.error(error instanceof Error ? error.message : String(error));
        }
      },
    });
  return (
    <Card size="small" title={t('imports.mode')} style={{ marginTop: 16 }}>
      <Space direction="vertical">
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value as ImportMode)}
          aria-label={t('imports.mode')}
        >
          <Space direction="vertical">
            <Radio value="all_or_nothing">{t('imports.mode.all_or_nothing')}</Radio>
            <Radio value="valid_only">{t('imports.mode.valid_only')}</Radio>
          </Space>
        </Radio.Group>
        <Button type="primary" onClick={() => void confirm()} loading={apply.isPending}>
          {t('imports.apply')}
        </Button>
      </Space>
    </Card>
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<UploadValues>();
  const upload = useUploadRoster();
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState<string | null>(null);
  const [applied, setApplied] = useState<string | null>(null);

  const start = async (values: UploadValues) => {
    setBanner(null);
    if (!file) {
      form.setFields([{ name: 'roster', errors: [t('imports.pickFirst')] }]);
      return;
    }
    if (mappingProblem(values.mapping)) {
      form.setFields([{ name: 'mapping', errors: [t('imports.mappingInvalid')] }]);
      return;
    }
    try {
      const { id } = await upload.mutateAsync({
        file,
        encoding: values.encoding,
        mapping: values.mapping ?? '',
      });
      setApplied(null);
      setDryRun(id);
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  const reset = () => {
    setDryRun(null);
    setApplied(null);
    setFile(null);
    form.resetFields();
    if (fileInput.current) {
      fileInput.current.value = '';
    }
  };

  return (
    <Card
      title={t('imports.title')}
      extra={
        <Space wrap>
          <a href={TEMPLATE_URL} download>
            <FileExcelOutlined /> {t('imports.template')}
          </a>
          <ExportButton list="persons" label={t('imports.exportRoster')} />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('imports.intro')}</Typography.Paragraph>
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{ encoding: 'auto' }}
        onFinish={(v) => void start(v)}
        style={{ maxWidth: 640 }}
      >
        <Form.Item name="roster" label={t('imports.file')} htmlFor={fileId}>
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            accept=".xlsx,.csv"
            data-testid="roster-file"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              form.setFields([{ name: 'roster', errors: [] }]);
            }}
          />
        </Form.Item>
        <Form.Item name="encoding" label={t('imports.encoding')}>
          <Select
            options={IMPORT_ENCODINGS.map((e) => ({ value: e, label: t(`imports.encoding.${e}`) }))}
          />
        </Form.Item>
        <Collapse
          ghost
          items={[
            {
              key: 'mapping',
              label: t('imports.mapping'),
              children: (
                <Form.Item
                  name="mapping"
                  label={t('imports.mapping')}
                  extra={t('imports.mappingHint')}
                >
                  <Input.TextArea rows={3} />
                </Form.Item>
              ),
            },
          ]}
        />
        {banner ? (
          <Alert type="error" showIcon message={banner} style={{ marginBottom: 16 }} />
        ) : null}
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            icon={<CloudUploadOutlined />}
            loading={upload.isPending}
          >
            {t('imports.dryRun')}
          </Button>
          {dryRun ? <Button onClick={reset}>{t('imports.again')}</Button> : null}
        </Space>
      </Form>
      <div style={{ marginTop: 24 }}>
        {dryRun === null ? (
          <EmptyState description={t('imports.empty')} />
        ) : (
          <ImportJobView id={applied ?? dryRun}>
            {(job) => (job.dryRun ? <ApplyPanel job={job} onApplied={setApplied} /> : null)}
          </ImportJobView>
        )}
      </div>
    </Card>
  );
}
