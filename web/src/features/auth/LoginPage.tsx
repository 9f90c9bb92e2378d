/** Sign in with username and password; the server's message (wrong password, locked) shows in place. */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api';
import { switchLanguage } from '../../i18n';
import { useSignIn } from './session';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const error =
    signIn.error instanceof ApiError
      ? signIn.error.message
      : signIn.error
        ? String(signIn.error)
        : null;
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: '#f5f5f5',
        padding: 16,
      }}
    >
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={3} style={{ color: '#b71c1c' }}>
          {t('app.name')} · {t('auth.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.subtitle')}</Typography.Paragraph>
        {error ? (
          <Alert type="error" message={error} showIcon style={{ marginBottom: 16 }} role="alert" />
        ) : null}
        <Form
          layout="vertical"
          onFinish={(values: { username: string; password: string }) =>
            signIn.mutate(values, { onSuccess: () => void navigate('/') })
          }
        >
          <Form.Item name="username" label={t('auth.username')} rules={[{ required: true }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" size="large" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true }]}>
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
            {t('auth.signIn')}
          </Button>
        </Form>
        <Button
          type="link"
          style={{ marginTop: 8, padding: 0 }}
          onClick={() => void switchLanguage(i18n.language === 'en' ? 'zh-CN' : 'en')}
        >
          {t('app.language')}
        </Button>
      </Card>
    </div>
  );
}
