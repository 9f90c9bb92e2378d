/** What the field view reads: last home visits, a family's timeline, the running five-ones checklists. */
import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import type { TimelineEntry } from '../../../../src/domain/timeline/timeline.schema';
import { api, qs, type Page } from '../../api';
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

/** Families asked about in one request (the API takes up to 100). */
const LATEST_CHUNK = 100;

interface Latest {
  readonly items: readonly { householdId: string; occurredOn: string }[];
}

/** The latest home visit of each family: one request per 100 families, cached and retried. */
export function useLastVisits(householdIds: readonly string[]) {
  const chunks: string[][] = [];
  for (let i = 0; i < householdIds.length; i += LATEST_CHUNK) {
    chunks.push(householdIds.slice(i, i + LATEST_CHUNK));
  }
  const results = useQueries({
    queries: chunks.map((ids) => ({
      queryKey: ['last-visit', ...ids],
      queryFn: () =>
        api<Latest>(
          'GET',
          `/activities/latest${qs({ type: HOME_VISIT, householdIds: ids.join(',') })}`,
        ),
    })),
  });
  const byHousehold = new Map<string, LastVisit | undefined>();
  chunks.forEach((ids, i) => {
    const data = results[i]?.data;
    const found = new Map(data?.items.map((v) => [v.householdId, v.occurredOn]));
    for (const id of ids) {
      if (!data) {
        byHousehold.set(id, undefined);
        continue;
      }
      const date = found.get(id) ?? null;
      const days = date ? daysSince(date) : null;
      byHousehold.set(id, { date, days, due: days === null || days >= VISIT_DUE_DAYS });
    }
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
