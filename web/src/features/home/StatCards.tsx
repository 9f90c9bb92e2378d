/** The dashboard's statistic cards: which exist, and which come first for each role. */
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { yuanOf } from '../../ui/format';
import type { StatsOverview } from './api';

export type CardId =
  | 'households'
  | 'led'
  | 'visits'
  | 'activities'
  | 'assistance'
  | 'trainees'
  | 'completions'
  | 'fundBalance'
  | 'runsAwaiting'
  | 'studentsPaid'
  | 'cooperatives'
  | 'sales'
  | 'salesRevenue';

const PROGRAM: readonly CardId[] = ['households', 'led', 'visits', 'activities', 'assistance'];

export const ALL_CARDS: readonly CardId[] = [
  ...PROGRAM,
  'trainees',
  'completions',
  'fundBalance',
  'runsAwaiting',
  'studentsPaid',
  'cooperatives',
  'sales',
  'salesRevenue',
];

/** Each role's own concern first (leaders, coordinators and admins: the whole program). */
export const FOCUS: Readonly<Record<string, readonly CardId[]>> = {
  finance: ['fundBalance', 'runsAwaiting', 'studentsPaid'],
  trainer: ['trainees', 'completions'],
  coop_manager: ['salesRevenue', 'sales', 'cooperatives'],
  auditor: [],
};

export function focusOf(role: string): readonly CardId[] {
  return FOCUS[role] ?? PROGRAM;
}

interface CardView {
  title: string;
  value: number | string | null;
  suffix?: string;
  note?: ReactNode;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0' : ((part * 100) / whole).toFixed(1);
}

/** The title, figure and footnote of a card, or a null value when the caller may not see it. */
function viewOf(id: CardId, s: StatsOverview, t: TFunction): CardView {
  const h = s.households;
  const views: Record<CardId, () => CardView> = {
    households: () => ({
      title: t('dashboard.card.households'),
      value: h.total,
      suffix: t('dashboard.unit.households'),
    }),
    led: () => ({
      title: t('dashboard.card.led'),
      value: h.withLeadCadre,
      suffix: t('dashboard.unit.households'),
      note: t('dashboard.note.ledShare', { percent: percent(h.withLeadCadre, h.total) }),
    }),
    visits: () => ({
      title: t('dashboard.card.visits'),
      value: s.visits.thisMonth,
      suffix: t('dashboard.unit.times'),
      note: t('dashboard.note.lastMonth', { count: s.visits.lastMonth }),
    }),
    activities: () => ({
      title: t('dashboard.card.activities'),
      value: s.activities.thisMonth,
      suffix: t('dashboard.unit.times'),
    }),
    assistance: () => ({
      title: t('dashboard.card.assistance'),
      value: s.assistance.thisYear,
      suffix: t('dashboard.unit.times'),
    }),
    trainees: () => ({
      title: t('dashboard.card.trainees'),
      value: s.training.trainees,
      suffix: t('dashboard.unit.people'),
    }),
    completions: () => ({
      title: t('dashboard.card.completions'),
      value: s.training.completions,
      suffix: t('dashboard.unit.people'),
    }),
    fundBalance: () => ({
      title: t('dashboard.card.fundBalance'),
      value: s.fund.balanceFen === null ? null : yuanOf(s.fund.balanceFen),
      suffix: t('dashboard.unit.yuan'),
    }),
    runsAwaiting: () => ({
      title: t('dashboard.card.runsAwaiting'),
      value: s.fund.runsAwaitingApproval,
      suffix: t('dashboard.unit.runs'),
      note: <Link to="/fund/runs">{t('dashboard.note.toRuns')}</Link>,
    }),
    studentsPaid: () => ({
      title: t('dashboard.card.studentsPaid'),
      value: s.fund.studentsPaid,
      suffix: t('dashboard.unit.people'),
    }),
    cooperatives: () => ({
      title: t('dashboard.card.cooperatives'),
      value: s.industry.cooperatives,
      suffix: t('dashboard.unit.count'),
    }),
    sales: () => ({
      title: t('dashboard.card.sales'),
      value: s.industry.salesThisYear,
      suffix: t('dashboard.unit.deals'),
    }),
    salesRevenue: () => ({
      title: t('dashboard.card.salesRevenue'),
      value: yuanOf(s.industry.salesRevenueFen),
      suffix: t('dashboard.unit.yuan'),
    }),
  };
  return views[id]();
}

/** A row of cards; cards the caller may not see (null figures) are left out. */
export function StatCards({
  ids,
  stats,
  canSeeRuns,
}: {
  ids: readonly CardId[];
  stats: StatsOverview;
  canSeeRuns: boolean;
}) {
  const { t } = useTranslation();
  const views = ids.map((id) => ({ id, ...viewOf(id, stats, t) })).filter((v) => v.value !== null);
  return (
    <Row gutter={[16, 16]}>
      {views.map((v) => (
        <Col key={v.id} xs={12} md={8} xl={6} className="dashboard-card">
          <Card size="small" data-testid={`stat-${v.id}`}>
            <Statistic title={v.title} value={v.value ?? ''} suffix={v.suffix} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {v.id === 'runsAwaiting' && !canSeeRuns ? null : v.note}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
