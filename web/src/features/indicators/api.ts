/** Indicator queries: the catalogue, values under the filters, series, and the records behind a figure. */
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type {
  IndicatorDescription as DescriptionSchema,
  IndicatorRecord,
  IndicatorValue,
} from '../../../../src/domain/indicators/indicator.schema';
import { api, qs, type Page } from '../../api';

export type IndicatorDescription = z.infer<typeof DescriptionSchema>;
export type { IndicatorRecord, IndicatorValue };

/** The filters every indicator query takes (absent ones are left out of the query). */
export interface IndicatorQuery {
  from?: string | undefined;
  to?: string | undefined;
  region?: string | undefined;
  unit?: string | undefined;
}

export interface SeriesPoint {
  key: string;
  label: string;
  value: number;
}

const RECORDS_PAGE = 50;

/** The catalogue, in the UI's language. */
export function useCatalogue() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['indicators', 'catalogue', i18n.language],
    queryFn: () => api<{ items: IndicatorDescription[] }>('GET', '/indicators'),
    staleTime: 10 * 60_000,
  });
}

/** Every indicator's value under the filters. */
export function useValues(filters: IndicatorQuery) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['indicators', 'values', filters, i18n.language],
    queryFn: () =>
      api<{ items: IndicatorValue[] }>('GET', `/indicators/values${qs({ ...filters })}`),
    placeholderData: keepPreviousData,
  });
}

/** One indicator per month, village or unit (only for `sum` indicators). */
export function useSeries(
  id: string | undefined,
  by: 'month' | 'village' | 'unit',
  filters: IndicatorQuery,
  enabled: boolean,
) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['indicators', 'series', id, by, filters, i18n.language],
    queryFn: () =>
      api<{ points: SeriesPoint[] }>('GET', `/indicators/series${qs({ ...filters, id, by })}`),
    enabled: enabled && id !== undefined,
  });
}

/** The records behind a figure, newest first, in keyset pages; `dim` narrows to one breakdown key. */
export function useRecords(id: string | undefined, filters: IndicatorQuery, dim?: string) {
  return useInfiniteQuery({
    queryKey: ['indicators', 'records', id, filters, dim],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<IndicatorRecord>>(
        'GET',
        `/indicators/${id ?? ''}/records${qs({ ...filters, dim, limit: RECORDS_PAGE, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor,
    enabled: id !== undefined,
  });
}
