/** Voiding a record entered in error, with its reason: shared by every feature. */
import { App, Input, Typography } from 'antd';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { errorText } from './error-text';

export { errorText };

/** The catalogue keys `<prefix>.ok|explain|reason|done` the confirmation speaks with. */
export type VoidTexts = 'training.void' | 'measures.void';

/**
 * Void a record entered in error: a confirmation that asks for the reason (the OK button stays
 * disabled until one is typed, unless `reasonRequired` is false), then `onVoid(reason)`.
 */
export function useVoidConfirm(texts: VoidTexts) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const reasonRef = useRef('');
  const inputId = useId();
  return (options: {
    title: string;
    what: string;
    onVoid: (reason: string) => Promise<unknown>;
    /** Whether a reason must be typed (photos may be voided without one). */
    reasonRequired?: boolean;
  }) => {
    reasonRef.current = '';
    const required = options.reasonRequired ?? true;
    const okProps = (enabled: boolean) => ({ danger: true, disabled: !enabled });
    const instance = modal.confirm({
      title: options.title,
      okText: t(`${texts}.ok`),
      cancelText: t('common.cancel'),
      okButtonProps: okProps(!required),
      content: (
        <div>
          <Typography.Paragraph>
            {t(`${texts}.explain`, { what: options.what })}
          </Typography.Paragraph>
          <label htmlFor={inputId}>{t(`${texts}.reason`)}</label>
          <Input.TextArea
            id={inputId}
            rows={2}
            maxLength={500}
            style={{ marginTop: 4 }}
            data-testid="void-reason"
            onChange={(e) => {
              reasonRef.current = e.target.value;
              if (required) {
                instance.update({ okButtonProps: okProps(e.target.value.trim() !== '') });
              }
            }}
          />
        </div>
      ),
      onOk: async () => {
        try {
          await options.onVoid(reasonRef.current.trim());
          void message.success(t(`${texts}.done`));
        } catch (error) {
          void message.error(errorText(error));
        }
      },
    });
  };
}
