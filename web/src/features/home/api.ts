/** The dashboard's queries: the overview figures and the newest audit entries. */
import { useQuery } from '@tanstack/react-query';
import { api, qs, type Page } from '../../api';
import type { AuditEntry } from '../admin/api';

/** GET /stats/overview (see src/server/stats/stats.schema.ts). */
export interface StatsOverview {
  asOf: string;
  month: string;
  lastMonth: string;
  year: number;
  village: string | null;
  scope: 'program' | 'cadre';
  households: { total: number; byStatus: Record<string, number>; withLeadCadre: number };
  visits: { thisMonth: number; lastMonth: number };
  activities: { thisMonth: number; byMeasure: Record<string, number> };
  assistance: { thisYear: number; byKind: Record<string, number> };
  training: { trainees: number; completions: number };
  fund: { balanceFen: number | null; studentsPaid: number; runsAwaitingApproval: number | null };
  industry: { cooperatives: number; salesThisYear: number; salesRevenueFen: number };
}

export function useOverview(village: string | undefined) {
  return useQuery({
    queryKey: ['stats', 'overview', village ?? null],
    queryFn: () => api<StatsOverview>('GET', `/stats/overview${qs({ village })}`),
  });
}

export function useRecentAudit() {
  return useQuery({
    queryKey: ['audit', 'recent'],
    queryFn: () => api<Page<AuditEntry>>('GET', '/audit?limit=8'),
  });
}
