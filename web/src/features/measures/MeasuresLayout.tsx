/** The frame of the five-measures console: a tab bar (activities, assistance, five ones, lecturers) over the page. */
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';

const SECTIONS = ['activities', 'assistance', 'campaigns', 'cascade'] as const;

export function MeasuresLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const section = location.pathname.split('/')[2] ?? '';
  const active = (SECTIONS as readonly string[]).includes(section) ? section : 'activities';
  return (
    <>
      <Tabs
        activeKey={active}
        items={SECTIONS.map((key) => ({ key, label: t(`measures.nav.${key}`) }))}
        onChange={(key) => void navigate(`/measures/${key}`)}
        style={{ marginBottom: 8 }}
        aria-label={t('menu.measures')}
      />
      <Outlet />
    </>
  );
}
