/** The frame of the training screens: a tab bar (courses, trainees) over the page. */
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';

export function TrainingLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const section = location.pathname.split('/')[2] ?? '';
  const active = section === 'trainees' ? 'trainees' : 'courses';
  return (
    <>
      <Tabs
        activeKey={active}
        items={[
          { key: 'courses', label: t('training.nav.courses') },
          { key: 'trainees', label: t('training.nav.trainees') },
        ]}
        onChange={(key) => void navigate(key === 'courses' ? '/training' : `/training/${key}`)}
        style={{ marginBottom: 8 }}
        aria-label={t('menu.training')}
      />
      <Outlet />
    </>
  );
}
