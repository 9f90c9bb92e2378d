/** Says a form was filled from its draft (and when it was typed), with a button to start afresh. */
import { Alert, Button } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

export function DraftNotice(props: { restoredAt: string; message: string; onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="draft-restored"
      title={t(props.message, { time: dayjs(props.restoredAt).format('MM-DD HH:mm') })}
      action={
        <Button size="small" onClick={props.onDiscard}>
          {t('field.discardDraft')}
        </Button>
      }
    />
  );
}
