/** The bar above the sheets (never printed): back, print and download the PDF. */
import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fetchFile, saveFetched } from '../../ui/download';
import { errorText } from '../../ui/error-text';

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
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [making, setMaking] = useState(false);
  // A big village's PDF takes a while to render: the button says so until the file arrives.
  const downloadPdf = async () => {
    setMaking(true);
    try {
      const file = await fetchFile(pdfUrl, i18n.language, 'cards.pdf');
      saveFetched(file);
      void message.success(t('cards.pdfSaved', { name: file.name }));
    } catch (error) {
      void message.error(t('cards.pdfFailed', { message: errorText(error) }));
    } finally {
      setMaking(false);
    }
  };
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
          <Button
            icon={<FilePdfOutlined />}
            loading={making}
            onClick={() => void downloadPdf()}
            data-testid="card-pdf"
          >
            {making ? t('cards.pdfMaking') : t('cards.downloadPdf')}
          </Button>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {note ?? t('cards.hint')}
      </Typography.Paragraph>
    </Card>
  );
}
