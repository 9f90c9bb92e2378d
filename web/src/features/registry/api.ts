/** Registry queries shared by pages: households, villages. */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, qs, type Page } from '../../api';

export interface HouseholdSummary {
  id: string;
  villageCode: string;
  villageName: string;
  address: string;
  headName: string;
  memberCount: number;
  status: string;
  statusSince: string;
  exitYear: number | null;
  matched: string | null;
}

export interface PersonView {
  id: string;
  name: string;
  sex: 'M' | 'F';
  birthDate: string;
  idNumber: string | null;
  idNumberMasked: boolean;
  relation: string;
  schooling: string;
  labourAbility: string;
  health: string | null;
  disability: string | null;
  phone: string | null;
}

export interface HouseholdDetail extends Omit<HouseholdSummary, 'matched'> {
  phone: string | null;
  members: PersonView[];
  statusHistory: {
    id: string;
    status: string;
    effectiveDate: string;
    exitYear: number | null;
    reason: string;
  }[];
}

export interface VillageView {
  code: string;
  name: string;
  path: string[];
  householdCount: number;
}

export interface HouseholdFilters {
  q?: string;
  village?: string;
  status?: string;
  cadre?: string;
}

export function useHouseholds(filters: HouseholdFilters) {
  return useInfiniteQuery({
    queryKey: ['households', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<HouseholdSummary>>(
        'GET',
        `/households${qs({ ...filters, limit: 50, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useHousehold(id: string) {
  return useQuery({
    queryKey: ['household', id],
    queryFn: () => api<HouseholdDetail>('GET', `/households/${id}`),
  });
}

export function useVillages() {
  return useQuery({
    queryKey: ['villages'],
    queryFn: () => api<Page<VillageView>>('GET', '/villages?limit=200&takenOn=true'),
    staleTime: 5 * 60_000,
  });
}
