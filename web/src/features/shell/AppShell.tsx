/**
 * The signed-in frame: a side menu on desktops; on phones a top bar with a row of large links.
 * The desktop menu and account dropdown are a lazy chunk (DesktopNav), so a phone never loads them.
 */
import { TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Grid, Layout, Skeleton, Space } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { switchLanguage } from '../../i18n';
import { ErrorState, Loading, NotOffered } from '../../ui/states';
import { useMe, useSignOut } from '../auth/session';
import { menuFor, offered } from './menu';
import { AccountSheet, PhoneNav } from './PhoneNav';

const DesktopMenu = lazy(async () => ({
  default: (await import('./DesktopNav')).DesktopMenu,
}));
const AccountDropdown = lazy(async () => ({
  default: (await import('./DesktopNav')).AccountDropdown,
}));

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
  const confirmSignOut = () => {
    modal.confirm({
      title: t('auth.signOutConfirm'),
      okText: t('auth.signOut'),
      cancelText: t('common.cancel'),
      onOk: () => signOut.mutateAsync().then(() => navigate('/login')),
    });
  };
  const who = `${user.displayName} · ${t(`role.${user.role}`)}`;
  const wide = screens.md === true;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {wide ? (
        <Layout.Sider theme="light" width={200} breakpoint="md">
          <div style={{ padding: '16px 24px', fontSize: 20, fontWeight: 600, color: '#b71c1c' }}>
            {t('app.name')}
          </div>
          <nav aria-label={t('app.navigation')}>
            <Suspense fallback={<Skeleton active style={{ padding: 16 }} />}>
              <DesktopMenu entries={entries} selected={selected} />
            </Suspense>
          </nav>
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
          {wide ? (
            <span>{t('app.subtitle')}</span>
          ) : (
            <div style={{ flex: 1, minWidth: 0 }}>
              <PhoneNav entries={entries} selected={selected} />
            </div>
          )}
          <Space>
            <Button
              icon={<TranslationOutlined />}
              aria-label={t('app.language')}
              onClick={() => void switchLanguage(i18n.language === 'en' ? 'zh-CN' : 'en')}
            >
              {/* On the narrowest phones the links need the room: the icon alone. */}
              {screens.sm === true ? t('app.language') : null}
            </Button>
            {wide ? (
              <Suspense fallback={<Button icon={<UserOutlined />}>{who}</Button>}>
                <AccountDropdown label={who} onSignOut={confirmSignOut} />
              </Suspense>
            ) : (
              <AccountSheet
                label={who}
                showLabel={screens.sm === true}
                onSignOut={confirmSignOut}
              />
            )}
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: wide ? 24 : 12 }}>
          {offered(entries, location.pathname) ? <Outlet /> : <NotOffered />}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
