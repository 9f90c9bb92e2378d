/**
 * The console's navigation on wide screens: the side menu and the account dropdown (antd Menu and
 * Dropdown). A chunk of its own: phones use the lighter PhoneNav and never download it.
 */
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { MenuEntry } from './menu';

/** Each entry is a real link: it opens in a new tab, and its address shows on hover. */
export function DesktopMenu({ entries, selected }: { entries: MenuEntry[]; selected: string }) {
  const { t } = useTranslation();
  return (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      items={entries.map((e) => ({
        key: e.key,
        label: <Link to={e.path}>{t(e.label)}</Link>,
      }))}
    />
  );
}

export function AccountDropdown(props: { label: string; onSignOut: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const items = [
    { key: 'password', label: t('auth.changePassword'), onClick: () => void navigate('/password') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.signOut'), onClick: props.onSignOut },
  ];
  return (
    // Opened by a click (or Enter on the focused button), so keyboard and touch users reach it too.
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button icon={<UserOutlined />} data-testid="user-menu">
        {props.label}
      </Button>
    </Dropdown>
  );
}
