/** Card queries: one household's card, and a village's cards loaded page by page until complete. */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { HouseholdCard } from '../../../../src/domain/cards/card.schema';
import { api, qs, type Page } from '../../api';

export type { HouseholdCard };

const PAGE = 100;

export function useHouseholdCard(id: string) {
  return useQuery({
    queryKey: ['card', id],
    queryFn: () => api<HouseholdCard>('GET', `/households/${id}/card`),
    enabled: id !== '',
  });
}

/** Every card of a village: pages are fetched one after another until there is no next cursor. */
export function useVillageCards(code: string) {
  const query = useInfiniteQuery({
    queryKey: ['village-cards', code],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<HouseholdCard>>(
        'GET',
        `/villages/${code}/cards${qs({ limit: PAGE, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor,
  });
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) {
      void fetchNextPage();
    }
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  return query;
}

/** Where the PDFs are served (same origin, the session cookie goes along). */
export const householdCardPdfUrl = (id: string) => `/api/v1/households/${id}/card.pdf`;
export const villageCardsPdfUrl = (code: string) => `/api/v1/villages/${code}/cards.pdf`;
