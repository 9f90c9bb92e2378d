/**
 * Navigation on a phone: one row of large links that scrolls sideways, and an account button that
 * opens a sheet with the account's actions. Plain links rather than antd Menu and Dropdown, so the
 * field view's first load stays small on a village connection.
 */
import { UserOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
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

type More = 'none' | 'left' | 'right' | 'both';

/** Which sides of a sideways-scrolling row have links out of sight. */
function moreOf(row: HTMLElement): More {
  const left = row.scrollLeft > 1;
  const right = row.scrollLeft + row.clientWidth < row.scrollWidth - 1;
  return left && right ? 'both' : left ? 'left' : right ? 'right' : 'none';
}

/** The row fades out on a side where more links are hidden, so it reads as scrollable. */
const FADES: Record<More, string | undefined> = {
  none: undefined,
  right: 'linear-gradient(to right, #000 calc(100% - 40px), transparent)',
  left: 'linear-gradient(to left, #000 calc(100% - 40px), transparent)',
  both: 'linear-gradient(to right, transparent, #000 40px, #000 calc(100% - 40px), transparent)',
};

export function PhoneNav({ entries, selected }: { entries: MenuEntry[]; selected: string }) {
  const { t } = useTranslation();
  const row = useRef<HTMLElement>(null);
  const [more, setMore] = useState<More>('none');
  // The fades follow the row's size; set up once, not on every render of the shell.
  useEffect(() => {
    const element = row.current;
    if (!element) {
      return undefined;
    }
    const update = () => setMore(moreOf(element));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Bring the current page's link into sight when the page changes, and only then: the shell
  // renders again whenever its data refreshes, and that must not undo the user's own scrolling.
  const keys = entries.map((e) => e.key).join(' ');
  useEffect(() => {
    const element = row.current;
    element
      ?.querySelector('[aria-current="page"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (element) {
      setMore(moreOf(element));
    }
  }, [keys, selected]);
  return (
    <nav
      ref={row}
      aria-label={t('app.navigation')}
      data-more={more}
      onScroll={(e) => setMore(moreOf(e.currentTarget))}
      style={{
        overflowX: 'auto',
        display: 'flex',
        maskImage: FADES[more],
        WebkitMaskImage: FADES[more],
      }}
    >
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
