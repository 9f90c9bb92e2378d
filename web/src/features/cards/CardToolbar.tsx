/** The bar above the sheets (never printed): back, print and download the PDF. */
import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function CardToolbar({
  title,
  back,
  pdfUrl,
  ready,
  note,
}: {
  title: string;
  back: string;
  pdfUrl: string;
  /** Printing waits until every sheet is on the page. */
  ready: boolean;
  note?: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card className="no-print" size="small" style={{ marginBottom: 16 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(back)}>
            {t('cards.back')}
          </Button>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
        </Space>
        <Space wrap>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            disabled={!ready}
            onClick={() => window.print()}
            data-testid="card-print"
          >
            {t('cards.print')}
          </Button>
          <Button icon={<FilePdfOutlined />} href={pdfUrl} download data-testid="card-pdf">
            {t('cards.downloadPdf')}
          </Button>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {note ?? t('cards.hint')}
      </Typography.Paragraph>
    </Card>
  );
}
