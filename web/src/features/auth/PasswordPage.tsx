/** Change my password; other sessions end. Checked with the API's own schema before it is sent. */
import { App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordChange } from '../../../../src/domain/registry/user.schema';
import { api } from '../../api';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { validateWith } from '../../ui/zod-form';

interface Values {
  currentPassword?: string;
  newPassword?: string;
}

export function PasswordPage() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = form.getFieldsValue(true) as Values;
    const checked = validateWith(
      form,
      PasswordChange,
      { currentPassword: v.currentPassword ?? '', newPassword: v.newPassword ?? '' },
      i18n.language,
    );
    if (!checked.ok) {
      if (checked.banner) {
        void message.error(checked.banner);
      }
      return;
    }
    setBusy(true);
    try {
      await api('POST', '/me/password', checked.value);
      form.resetFields();
      void message.success(t('auth.passwordChanged'));
    } catch (error) {
      const banner = showFieldErrors(form, error);
      if (banner) {
        void message.error(banner);
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('auth.changePassword')} style={{ maxWidth: 480 }}>
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={() => void submit()}
      >
        <Form.Item name="currentPassword" label={t('auth.currentPassword')}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('auth.newPassword')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
