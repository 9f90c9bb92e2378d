/**
 * 工作简报: pick a period, a region and a unit and the language, and download the brief (.docx)
 * the server writes from the records; the server's field errors show at their fields.
 */
import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Cascader,
  DatePicker,
  Form,
  Radio,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BriefQuery } from '../../../../src/domain/reports/brief.schema';
import { ApiError } from '../../api';
import { clearErrorsOnChange, placeFieldErrors } from '../../ui/forms';
import { ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import { useFilterLookups } from '../indicators/FilterBar';
import { fetchBrief, saveFile, type BriefFile } from './download';

interface BriefForm {
  from: Dayjs | null;
  to: Dayjs | null;
  region: string[] | undefined;
  unit: string | undefined;
  lang: 'zh-CN' | 'en';
}

function queryOf(v: BriefForm) {
  return {
    from: v.from?.format('YYYY-MM-DD'),
    to: v.to?.format('YYYY-MM-DD'),
    region: v.region?.at(-1),
    unit: v.unit,
    lang: v.lang,
  };
}

/** The last file made, its object URL revoked when it is replaced or the page closes. */
function useBriefFile(): [BriefFile | null, (file: BriefFile | null) => void] {
  const [file, setFile] = useState<BriefFile | null>(null);
  useEffect(() => () => (file ? URL.revokeObjectURL(file.url) : undefined), [file]);
  return [file, setFile];
}

function messageOf(error: unknown, network: string): string {
  if (error instanceof ApiError) {
    return error.code === 'network' ? network : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function BriefPage() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<BriefForm>();
  const { villages, units, tree } = useFilterLookups();
  const [busy, setBusy] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const [file, setFile] = useBriefFile();

  const clearErrors = (names: readonly string[]) =>
    form.setFields(names.map((name) => ({ name: name as keyof BriefForm, errors: [] })));

  const generate = async (values: BriefForm) => {
    setBanner(null);
    clearErrors(Object.keys(values));
    const checked = validateWith(form, BriefQuery, queryOf(values), i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBusy(true);
    setFile(null);
    try {
      const made = await fetchBrief(checked.value, i18n.language);
      setFile(made);
      saveFile(made);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : [];
      const rest = fields.length > 0 ? placeFieldErrors(form, fields) : null;
      const text = fields.length > 0 ? rest : messageOf(error, t('reports.brief.network'));
      setBanner(text ? t('reports.brief.failed', { message: text }) : null);
    } finally {
      setBusy(false);
    }
  };

  if (villages.isPending || units.isPending) {
    return <Loading rows={6} />;
  }
  if (villages.isError || units.isError) {
    const retry = () => void Promise.all([villages.refetch(), units.refetch()]);
    return <ErrorState error={villages.error ?? units.error} retry={retry} />;
  }
  return (
    <div data-testid="brief-page" style={{ maxWidth: 760 }}>
      <Typography.Title level={4}>
        <FileWordOutlined /> {t('reports.brief.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('reports.brief.intro')}</Typography.Paragraph>
      {villages.data.items.length === 0 ? (
        <Alert
          type="info"
          showIcon
          title={t('reports.brief.noVillages')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Card>
        <Form<BriefForm>
          form={form}
          layout="vertical"
          onFinish={(values) => void generate(values)}
          onValuesChange={(changed: Partial<BriefForm>) => {
            setBanner(null);
            clearErrorsOnChange(form)(changed);
          }}
          initialValues={{
            from: dayjs().startOf('year'),
            to: dayjs(),
            lang: i18n.language === 'en' ? 'en' : 'zh-CN',
          }}
        >
          <Space wrap size="large">
            <Form.Item name="from" label={t('reports.brief.from')} htmlFor="brief-from">
              <DatePicker id="brief-from" allowClear={false} format="YYYY-MM-DD" />
            </Form.Item>
            <Form.Item name="to" label={t('reports.brief.to')} htmlFor="brief-to">
              <DatePicker id="brief-to" allowClear={false} format="YYYY-MM-DD" />
            </Form.Item>
          </Space>
          <Form.Item name="region" label={t('reports.brief.region')} htmlFor="brief-region">
            <Cascader
              id="brief-region"
              changeOnSelect
              options={tree}
              placeholder={t('reports.brief.allRegions')}
              style={{ maxWidth: 420 }}
            />
          </Form.Item>
          <Form.Item name="unit" label={t('reports.brief.unit')} htmlFor="brief-unit">
            <Select
              id="brief-unit"
              allowClear
              placeholder={t('reports.brief.allUnits')}
              options={units.data.items.map((u) => ({ value: u.id, label: u.name }))}
              style={{ maxWidth: 420 }}
            />
          </Form.Item>
          <Form.Item name="lang" label={t('reports.brief.lang')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'zh-CN', label: t('reports.brief.langZh') },
                { value: 'en', label: t('reports.brief.langEn') },
              ]}
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<DownloadOutlined />}
            loading={busy}
            data-testid="brief-generate"
          >
            {t('reports.brief.generate')}
          </Button>
        </Form>
        {busy ? (
          <Alert
            style={{ marginTop: 16 }}
            type="info"
            showIcon
            icon={<Spin size="small" />}
            title={t('reports.brief.generating')}
            data-testid="brief-progress"
          />
        ) : null}
        {banner ? (
          <Alert style={{ marginTop: 16 }} type="error" showIcon title={banner} role="alert" />
        ) : null}
        {file ? (
          <Alert
            style={{ marginTop: 16 }}
            type="success"
            showIcon
            data-testid="brief-ready"
            title={t('reports.brief.ready', {
              name: file.name,
              size: Math.ceil(file.bytes / 1024),
            })}
            action={
              <a href={file.url} download={file.name} data-testid="brief-link">
                {t('reports.brief.again')}
              </a>
            }
          />
        ) : null}
      </Card>
    </div>
  );
}
