/** The frame of the industry screens: a tab bar over the page. */
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';

const SECTIONS = ['products', 'certifications', 'sales', 'tourism', 'collective-income'] as const;

export function IndustryLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const section = location.pathname.split('/')[2] ?? '';
  const active = (SECTIONS as readonly string[]).includes(section) ? section : 'cooperatives';
  return (
    <>
      <Tabs
        activeKey={active}
        items={[
          { key: 'cooperatives', label: t('industry.nav.cooperatives') },
          { key: 'products', label: t('industry.nav.products') },
          { key: 'certifications', label: t('industry.nav.certifications') },
          { key: 'sales', label: t('industry.nav.sales') },
          { key: 'tourism', label: t('industry.nav.tourism') },
          { key: 'collective-income', label: t('industry.nav.income') },
        ]}
        onChange={(key) => void navigate(key === 'cooperatives' ? '/industry' : `/industry/${key}`)}
        style={{ marginBottom: 8 }}
        aria-label={t('menu.industry')}
      />
      <Outlet />
    </>
  );
}
