/** The signed-in frame: a side menu on desktops, a top bar and bottom-sized touch targets on phones. */
import { LogoutOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Grid, Layout, Menu, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { switchLanguage } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import { useMe, useSignOut } from '../auth/session';
import { menuFor } from './menu';

export function AppShell() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const { modal } = App.useApp();
  if (me.isPending) {
    return <Loading rows={8} />;
  }
  if (me.isError) {
    return <ErrorState error={me.error} retry={() => void me.refetch()} />;
  }
  if (!me.data) {
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  }
  const { user, permissions } = me.data;
  const entries = menuFor(user.role, permissions);
  const selected = entries.find((e) => location.pathname.startsWith(e.path))?.key ?? '';
  const confirmSignOut = () =>
    modal.confirm({
      title: t('auth.signOutConfirm'),
      okText: t('auth.signOut'),
      cancelText: t('common.cancel'),
      onOk: () => signOut.mutateAsync().then(() => navigate('/login')),
    });
  const userMenu = {
    items: [
      { key: 'password', label: t('auth.changePassword'), onClick: () => navigate('/password') },
      {
        key: 'logout',
        icon: <LogoutOutlined />,
        label: t('auth.signOut'),
        onClick: confirmSignOut,
      },
    ],
  };
  const menu = (
    <Menu
      mode={screens.md ? 'inline' : 'horizontal'}
      selectedKeys={[selected]}
      items={entries.map((e) => ({
        key: e.key,
        label: t(e.label),
        onClick: () => navigate(e.path),
      }))}
    />
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {screens.md ? (
        <Layout.Sider theme="light" width={200} breakpoint="md">
          <Typography.Title level={4} style={{ padding: '16px 24px', margin: 0, color: '#b71c1c' }}>
            {t('app.name')}
          </Typography.Title>
          {menu}
        </Layout.Sider>
      ) : null}
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 8,
          }}
        >
          {screens.md ? (
            <span>{t('app.subtitle')}</span>
          ) : (
            <div style={{ flex: 1, minWidth: 0 }}>{menu}</div>
          )}
          <Space>
            <Button
              icon={<TranslationOutlined />}
              onClick={() => void switchLanguage(i18n.language === 'en' ? 'zh-CN' : 'en')}
            >
              {t('app.language')}
            </Button>
            <Dropdown menu={userMenu}>
              <Button icon={<UserOutlined />} data-testid="user-menu">
                {screens.sm ? `${user.displayName} · ${t(`role.${user.role}`)}` : null}
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: screens.md ? 24 : 12 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
