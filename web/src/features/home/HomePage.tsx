/** Home dashboard: the role's own figures first, then the whole program and its charts; printable. */
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../ui/states';
import { useMe } from '../auth/session';
import { useVillages } from '../registry/api';
import { useOverview } from './api';
import { OverviewCharts } from './OverviewCharts';
import { RecentAudit } from './RecentAudit';
import { ALL_CARDS, focusOf, StatCards } from './StatCards';
import './print.css';

/** Roles whose own concern is shown first under its own title; others see the program first. */
const FOCUSED_ROLES = new Set(['finance', 'trainer', 'coop_manager']);

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="dashboard-section" style={{ marginBottom: 24 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const [village, setVillage] = useState<string | undefined>();
  const villages = useVillages();
  const overview = useOverview(village);
  const role = me.data?.user.role ?? '';
  const permissions = me.data?.permissions ?? [];
  const focus = focusOf(role);
  const rest = ALL_CARDS.filter((id) => !focus.includes(id));
  const seesAudit = permissions.includes('audit.read');
  const villageName = villages.data?.items.find((v) => v.code === village)?.name;
  return (
    <div className="dashboard" data-testid="dashboard">
      <Space
        wrap
        align="center"
        style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}
      >
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('dashboard.title')}
            {villageName ? ` · ${villageName}` : ''}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('home.welcome', { name: me.data?.user.displayName ?? '' })}
            {overview.data ? ` · ${t('dashboard.asOf', { date: overview.data.asOf })}` : ''}
          </Typography.Text>
        </div>
        <Space wrap className="no-print">
          <Link to="/indicators">{t('indicators.homeLink')}</Link>
          <Select
            allowClear
            style={{ width: 200 }}
            aria-label={t('dashboard.village')}
            placeholder={t('dashboard.allVillages')}
            loading={villages.isPending}
            options={(villages.data?.items ?? []).map((v) => ({ value: v.code, label: v.name }))}
            onChange={(code?: string) => setVillage(code)}
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('dashboard.print')}
          </Button>
        </Space>
      </Space>
      {overview.isPending ? <Loading rows={10} /> : null}
      {overview.isError ? (
        <ErrorState error={overview.error} retry={() => void overview.refetch()} />
      ) : null}
      {overview.data ? (
        <>
          {overview.data.scope === 'cadre' ? (
            <Alert
              type="info"
              showIcon
              title={t('dashboard.cadreScope')}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          {role === 'auditor' ? (
            <section className="dashboard-section" style={{ marginBottom: 24 }}>
              <RecentAudit />
            </section>
          ) : null}
          {focus.length > 0 ? (
            <Section title={t(`dashboard.focus.${FOCUSED_ROLES.has(role) ? role : 'program'}`)}>
              <StatCards
                ids={focus}
                stats={overview.data}
                canSeeRuns={permissions.includes('fund.manage')}
              />
            </Section>
          ) : null}
          <Section title={t(focus.length > 0 ? 'dashboard.more' : 'dashboard.focus.program')}>
            <StatCards
              ids={rest}
              stats={overview.data}
              canSeeRuns={permissions.includes('fund.manage')}
            />
          </Section>
          <Section title={t('dashboard.charts')}>
            <OverviewCharts stats={overview.data} />
          </Section>
          {seesAudit && role !== 'auditor' ? (
            <section className="dashboard-section">
              <RecentAudit />
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
