/**
 * Navigation on a phone: one row of large links that scrolls sideways, and an account button that
 * opens a sheet with the account's actions. Plain links rather than antd Menu and Dropdown, so the
 * field view's first load stays small on a village connection.
 */
import { UserOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import type { MenuEntry } from './menu';

const LINK: React.CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  minHeight: 44,
  padding: '0 12px',
  whiteSpace: 'nowrap',
  borderBottom: '2px solid transparent',
};

export function PhoneNav({ entries, selected }: { entries: MenuEntry[]; selected: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('app.navigation')} style={{ overflowX: 'auto', display: 'flex' }}>
      {entries.map((e) => {
        const current = e.key === selected;
        return (
          <NavLink
            key={e.key}
            to={e.path}
            aria-current={current ? 'page' : undefined}
            style={{
              ...LINK,
              color: current ? '#b71c1c' : 'inherit',
              borderBottomColor: current ? '#b71c1c' : 'transparent',
            }}
          >
            {t(e.label)}
          </NavLink>
        );
      })}
    </nav>
  );
}

/** The account button: who is signed in, and a sheet to change the password or sign out. */
export function AccountSheet(props: { label: string; showLabel: boolean; onSignOut: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const open = () => {
    const sheet = modal.info({
      title: props.label,
      icon: <UserOutlined />,
      closable: true,
      footer: (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 16 }}>
          <Button
            block
            size="large"
            onClick={() => {
              sheet.destroy();
              void navigate('/password');
            }}
          >
            {t('auth.changePassword')}
          </Button>
          <Button
            block
            size="large"
            danger
            onClick={() => {
              sheet.destroy();
              props.onSignOut();
            }}
          >
            {t('auth.signOut')}
          </Button>
          <Button block size="large" type="text" onClick={() => sheet.destroy()}>
            {t('common.cancel')}
          </Button>
        </div>
      ),
    });
  };
  return (
    <Button icon={<UserOutlined />} data-testid="user-menu" aria-label={props.label} onClick={open}>
      {props.showLabel ? props.label : null}
    </Button>
  );
}
