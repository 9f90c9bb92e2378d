/** Deleting a record entered in error: a confirmation with a red OK, then a toast either way. */
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

export interface RemoveOptions {
  readonly title: string;
  /** What will go, and what must be true for the server to allow it. */
  readonly content: string;
  readonly okText: string;
  /** The toast once it is gone. */
  readonly done: string;
  readonly remove: () => Promise<unknown>;
  /** Where to go after, e.g. back to the list when the page's own record went. */
  readonly after?: () => void;
}

export function useRemoveConfirm() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  return (o: RemoveOptions): void => {
    modal.confirm({
      title: o.title,
      content: o.content,
      okText: o.okText,
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await o.remove();
          void message.success(o.done);
          o.after?.();
        } catch (error) {
          void message.error(errorText(error));
        }
      },
    });
  };
}

/** A red button that asks first (`useRemoveConfirm`), then deletes. */
export function RemoveButton(props: RemoveOptions & { label: string; size?: 'small' }) {
  const { label, size, ...options } = props;
  const confirm = useRemoveConfirm();
  return (
    <Button danger size={size} onClick={() => confirm(options)}>
      {label}
    </Button>
  );
}
