/** Change my password; other sessions end. */
import { App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';

export function PasswordPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const submit = async (values: { currentPassword: string; newPassword: string }) => {
    setBusy(true);
    try {
      await api('POST', '/me/password', values);
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
        onFinish={(v: { currentPassword: string; newPassword: string }) => void submit(v)}
      >
        <Form.Item
          name="currentPassword"
          label={t('auth.currentPassword')}
          rules={[{ required: true }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('auth.newPassword')} rules={[{ required: true }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
