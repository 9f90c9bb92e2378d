/** The five-ones (五个一) campaigns: list, create, checklists, ticking items, progress. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Campaign,
  CampaignCreate,
  Checklist,
  ChecklistItem,
  ItemUpdate,
  Progress,
} from '../../../../src/domain/assistance/campaign.schema';
import type { FiveOnesItem, ProgressGrouping } from '../../../../src/domain/assistance/enums';
import { api, qs, type Page } from '../../api';

export type { Campaign, Checklist, ChecklistItem, Progress };

export function useCampaigns() {
  return useQuery({
    queryKey: ['campaigns'],
    queryFn: () => api<Page<Campaign>>('GET', '/campaigns?limit=100'),
  });
}

export function useCampaign(id: string) {
  return useQuery({
    queryKey: ['campaigns', 'one', id],
    queryFn: () => api<Campaign>('GET', `/campaigns/${id}`),
  });
}

export function useCreateCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof CampaignCreate>) =>
      api<Campaign>('POST', '/campaigns', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['campaigns'] }),
  });
}

export function useProgress(id: string, by: ProgressGrouping) {
  return useQuery({
    queryKey: ['campaign-progress', id, by],
    queryFn: () => api<Progress>('GET', `/campaigns/${id}/progress${qs({ by })}`),
  });
}

export interface ChecklistFilters {
  cadre?: string;
  unit?: string;
  village?: string;
}

export function useChecklists(id: string, filters: ChecklistFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['checklists', id, filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<Checklist>>(
        'GET',
        `/campaigns/${id}/checklists${qs({ ...filters, limit: 100, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

/** Tick or untick one of the five items; the lists, counts and progress follow. */
export function useTickItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      campaignId: string;
      checklistId: string;
      item: FiveOnesItem;
      body: z.input<typeof ItemUpdate>;
    }) =>
      api<ChecklistItem>(
        'PUT',
        `/campaigns/${input.campaignId}/checklists/${input.checklistId}/items/${input.item}`,
        input.body,
      ),
    onSuccess: () =>
      Promise.all(
        ['checklists', 'campaigns', 'campaign-progress', 'field-checklists', 'timeline'].map(
          (key) => client.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
}

/** Whether a campaign runs on a day (YYYY-MM-DD). */
export function isRunning(c: Campaign, day: string): boolean {
  return c.startDate <= day && day <= c.endDate;
}
