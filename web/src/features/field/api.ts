/** What the field view reads: last home visits, a family's timeline, the running five-ones checklists. */
import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import type { TimelineEntry } from '../../../../src/domain/timeline/timeline.schema';
import { api, qs, type Page } from '../../api';
import type { ActivitySummary } from '../activities/api';
import { isRunning, useCampaigns, type Campaign, type Checklist } from '../measures/api';
import { daysSince, todayIso } from '../measures/shared';

export type { TimelineEntry };

/** A family not visited for this many days is due a visit. */
export const VISIT_DUE_DAYS = 30;

/** The type of activity that counts as a home visit. */
export const HOME_VISIT = 'home_visit';

export interface LastVisit {
  /** The day of the latest home visit (YYYY-MM-DD), or null when never visited. */
  readonly date: string | null;
  readonly days: number | null;
  readonly due: boolean;
}

/** The latest home visit of each family (one small request per family, cached and retried). */
export function useLastVisits(householdIds: readonly string[]) {
  const results = useQueries({
    queries: householdIds.map((id) => ({
      queryKey: ['last-visit', id],
      queryFn: () =>
        api<Page<ActivitySummary>>(
          'GET',
          `/activities${qs({ household: id, type: HOME_VISIT, limit: 1 })}`,
        ),
    })),
  });
  const byHousehold = new Map<string, LastVisit | undefined>();
  householdIds.forEach((id, i) => {
    const r = results[i];
    if (!r?.data) {
      byHousehold.set(id, undefined);
      return;
    }
    const date = r.data.items[0]?.occurredOn ?? null;
    const days = date ? daysSince(date) : null;
    byHousehold.set(id, { date, days, due: days === null || days >= VISIT_DUE_DAYS });
  });
  return byHousehold;
}

/** A family's timeline, newest first, 20 entries a page. */
export function useTimeline(householdId: string) {
  return useInfiniteQuery({
    queryKey: ['timeline', householdId],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<TimelineEntry>>(
        'GET',
        `/households/${householdId}/timeline${qs({ limit: 20, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export interface FieldChecklist extends Checklist {
  readonly campaign: Campaign;
}

/** The signed-in cadre's checklists in the campaigns running today (the server keeps a cadre to theirs). */
export function useFieldChecklists() {
  const campaigns = useCampaigns();
  const today = todayIso();
  const running = (campaigns.data?.items ?? []).filter((c) => isRunning(c, today));
  const lists = useQueries({
    queries: running.map((c) => ({
      queryKey: ['field-checklists', c.id],
      queryFn: () => api<Page<Checklist>>('GET', `/campaigns/${c.id}/checklists?limit=200`),
    })),
  });
  const checklists: FieldChecklist[] = running.flatMap((campaign, i) =>
    (lists[i]?.data?.items ?? []).map((c) => ({ ...c, campaign })),
  );
  const failed = campaigns.error ?? lists.find((l) => l.error)?.error ?? null;
  return {
    checklists,
    isPending: campaigns.isPending || lists.some((l) => l.isPending),
    error: failed,
    refetch: () => {
      void campaigns.refetch();
      lists.forEach((l) => void l.refetch());
    },
  };
}

/** Items not yet done for a family in the running campaigns. */
export function openItems(checklists: readonly FieldChecklist[], householdId: string): number {
  return checklists
    .filter((c) => c.householdId === householdId)
    .reduce((n, c) => n + c.items.filter((i) => !i.done).length, 0);
}
