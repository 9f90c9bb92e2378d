/** Assistance records of every kind and the donation items: queries and mutations. */
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type { AssistanceRecord } from '../../../../src/domain/assistance/assistance-record.schema';
import type {
  AssistanceCreate,
  AssistancePatch,
} from '../../../../src/domain/assistance/assistance.schema';
import type { DonationItem } from '../../../../src/domain/assistance/donation-item.schema';
import { api, qs, retryTransient, type Page } from '../../api';
import { useRequestKeys } from '../../request-keys';

export type { AssistanceRecord, DonationItem };
export type AssistanceInput = z.input<typeof AssistanceCreate>;
export type AssistancePatchInput = z.input<typeof AssistancePatch>;

const PAGE = 50;

export interface AssistanceFilters {
  kind?: string;
  village?: string;
  from?: string;
  to?: string;
  status?: string;
  measure?: string;
  household?: string;
  cadre?: string;
}

export function useAssistanceList(filters: AssistanceFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['assistance', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<AssistanceRecord>>(
        'GET',
        `/assistance${qs({ ...filters, limit: PAGE, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

export function useAssistance(id: string | undefined) {
  return useQuery({
    queryKey: ['assistance-record', id],
    queryFn: () => api<AssistanceRecord>('GET', `/assistance/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

function refresh(client: QueryClient, id: string): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['assistance'] }),
    client.invalidateQueries({ queryKey: ['assistance-record', id] }),
    client.invalidateQueries({ queryKey: ['timeline'] }),
    // The dashboard's and the field view's figures count help.
    client.invalidateQueries({ queryKey: ['stats'] }),
  ]);
}

/**
 * Record (id null) or correct help given. A new record carries an idempotency key and is sent
 * again on a dropped connection: the server answers a repeat with the first record.
 */
export function useSaveAssistance() {
  const client = useQueryClient();
  const keys = useRequestKeys();
  return useMutation({
    mutationFn: (
      input: { id: null; body: AssistanceInput } | { id: string; body: AssistancePatchInput },
    ): Promise<AssistanceRecord> =>
      input.id === null
        ? retryTransient(() =>
            api<AssistanceRecord>('POST', '/assistance', input.body, {
              idempotencyKey: keys.keyFor(input.body),
            }),
          )
        : api<AssistanceRecord>('PATCH', `/assistance/${input.id}`, input.body),
    onSuccess: (saved, input) => {
      if (input.id === null) {
        keys.done();
      }
      client.setQueryData(['assistance-record', saved.id], saved);
      return refresh(client, saved.id);
    },
  });
}

export function useVoidAssistance(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api<AssistanceRecord>('POST', `/assistance/${id}/void`, { reason }),
    onSuccess: () => refresh(client, id),
  });
}

/** Every donation item (retired ones too: old records name them); a list of tens. */
export function useDonationItems() {
  return useQuery({
    queryKey: ['donation-items'],
    queryFn: () => api<Page<DonationItem>>('GET', '/donation-items?limit=200'),
    staleTime: 10 * 60_000,
  });
}
