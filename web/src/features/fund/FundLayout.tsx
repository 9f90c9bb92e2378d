/** The frame of the fund screens: a tab bar (overview, rules, runs, students) over the page. */
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useFundAccess } from './api';

const SECTIONS = ['rules', 'runs', 'students'] as const;

export function FundLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const access = useFundAccess();
  const items = [
    {
      key: 'overview',
      label: t('fund.nav.overview'),
      show: access.canReadFund || access.canReadBalance,
    },
    { key: 'rules', label: t('fund.nav.rules'), show: access.canReadFund },
    { key: 'runs', label: t('fund.nav.runs'), show: access.canReadFund },
    { key: 'students', label: t('fund.nav.students'), show: access.canReadStudents },
  ].filter((i) => i.show);
  const section = location.pathname.split('/')[2] ?? '';
  const active = (SECTIONS as readonly string[]).includes(section) ? section : 'overview';
  return (
    <>
      {items.length > 1 ? (
        <Tabs
          activeKey={active}
          items={items.map(({ key, label }) => ({ key, label }))}
          onChange={(key) => void navigate(key === 'overview' ? '/fund' : `/fund/${key}`)}
          style={{ marginBottom: 8 }}
          aria-label={t('menu.fund')}
        />
      ) : null}
      <Outlet />
    </>
  );
}
