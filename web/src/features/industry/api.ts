/** Industry and stories queries and mutations: products, certifications, cooperatives, sales, tourism, collective income, stories. */
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type {
  CollectiveIncome,
  CollectiveIncomeCreate,
  CollectiveIncomePatch,
} from '../../../../src/domain/industry/collective-income.schema';
import type {
  Cooperative,
  CooperativeCreate,
  CooperativeDetail,
  CooperativePatch,
} from '../../../../src/domain/industry/cooperative.schema';
import type {
  Certification,
  CertificationCreate,
  CertificationPatch,
  Product,
  ProductCreate,
  ProductDetail,
  ProductPatch,
} from '../../../../src/domain/industry/product.schema';
import type { Sale, SaleCreate, SalePatch } from '../../../../src/domain/industry/sale.schema';
import type {
  TourismCreate,
  TourismPatch,
  TourismProject,
} from '../../../../src/domain/industry/tourism.schema';
import type {
  ConsentInput,
  Story,
  StoryCreate,
  StoryPatch,
} from '../../../../src/domain/stories/story.schema';
import { api, qs, type Page } from '../../api';

export type {
  Certification,
  CollectiveIncome,
  Cooperative,
  CooperativeDetail,
  Product,
  ProductDetail,
  Sale,
  Story,
  TourismProject,
};

const PAGE = 50;
/** The API's largest page: used where a screen needs every record (pickers, totals, a chart). */
const ALL = 200;
/** At most this many pages are read for totals and charts (40,000 records). */
const MAX_PAGES = 200;

type Params = Record<string, string | number | boolean | undefined | null>;

/** A keyset list with "load more". */
function usePaged<T>(key: QueryKey, path: string, params: Params, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...key, params],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<T>>('GET', `${path}${qs({ ...params, limit: PAGE, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

/** Every record of a list (page after page), for pickers, totals and charts. */
async function readAll<T>(
  path: string,
  params: Params,
): Promise<{ items: T[]; complete: boolean }> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < MAX_PAGES; n += 1) {
    const page: Page<T> = await api<Page<T>>(
      'GET',
      `${path}${qs({ ...params, limit: ALL, cursor })}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
    if (cursor === null) {
      return { items, complete: true };
    }
  }
  return { items, complete: false };
}

function useOne<T>(key: QueryKey, path: string, id: string | undefined) {
  return useQuery({
    queryKey: [...key, id],
    queryFn: () => api<T>('GET', `${path}/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

/** A mutation that refreshes every industry query (and the records that point at them) on success. */
function useIndustryMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: ['industry'] }),
  });
}

/** Create (no id) or correct (id) a record kind at `path`. */
function useSave<C, P, R>(path: string) {
  return useIndustryMutation(
    (input: { id: string; body: P } | { id?: undefined; body: C }): Promise<R> =>
      input.id
        ? api<R>('PATCH', `${path}/${input.id}`, input.body)
        : api<R>('POST', path, input.body),
  );
}

function useVoid<R>(path: string) {
  return useIndustryMutation((input: { id: string; reason: string }) =>
    api<R>('POST', `${path}/${input.id}/void`, { reason: input.reason }),
  );
}

// ---------------------------------------------------------------- products and certifications

export function useProducts(params: Params = {}) {
  return usePaged<Product>(['industry', 'products'], '/products', params);
}

/** Every product: for pickers. */
export function useAllProducts() {
  return useQuery({
    queryKey: ['industry', 'products', 'all'],
    queryFn: () => readAll<Product>('/products', {}),
  });
}

export const useSaveProduct = () =>
  useSave<ProductCreate, ProductPatch, ProductDetail>('/products');
export const useVoidProduct = () => useVoid<ProductDetail>('/products');

export function useCertifications(params: Params) {
  return usePaged<Certification>(['industry', 'certifications'], '/certifications', params);
}

export const useSaveCertification = () =>
  useSave<CertificationCreate, CertificationPatch, Certification>('/certifications');
export const useVoidCertification = () => useVoid<Certification>('/certifications');

// ---------------------------------------------------------------- cooperatives

export function useCooperatives(params: Params) {
  return usePaged<Cooperative>(['industry', 'cooperatives'], '/cooperatives', params);
}

/** Every cooperative: for pickers. */
export function useAllCooperatives() {
  return useQuery({
    queryKey: ['industry', 'cooperatives', 'all'],
    queryFn: () => readAll<Cooperative>('/cooperatives', {}),
  });
}

export function useCooperative(id: string | undefined) {
  return useOne<CooperativeDetail>(['industry', 'cooperative'], '/cooperatives', id);
}

export const useSaveCooperative = () =>
  useSave<CooperativeCreate, CooperativePatch, CooperativeDetail>('/cooperatives');
export const useVoidCooperative = () => useVoid<CooperativeDetail>('/cooperatives');

// ---------------------------------------------------------------- sales

export function useSales(params: Params) {
  return usePaged<Sale>(['industry', 'sales'], '/sales', params);
}

export interface ChannelTotal {
  channel: string;
  count: number;
  revenueFen: number;
}

/** Sales totals by channel for the filters (every page read; `complete` false past the cap). */
export function useSaleTotals(params: Params) {
  return useQuery({
    queryKey: ['industry', 'sales', 'totals', params],
    queryFn: async () => {
      const { items, complete } = await readAll<Sale>('/sales', params);
      const byChannel = new Map<string, ChannelTotal>();
      for (const s of items) {
        const total = byChannel.get(s.channel) ?? { channel: s.channel, count: 0, revenueFen: 0 };
        total.count += 1;
        total.revenueFen += s.revenueFen;
        byChannel.set(s.channel, total);
      }
      return {
        byChannel,
        count: items.length,
        revenueFen: items.reduce((sum, s) => sum + s.revenueFen, 0),
        complete,
      };
    },
  });
}

export const useSaveSale = () => useSave<SaleCreate, SalePatch, Sale>('/sales');
export const useVoidSale = () => useVoid<Sale>('/sales');

// ---------------------------------------------------------------- tourism

export function useTourismProjects(params: Params) {
  return usePaged<TourismProject>(['industry', 'tourism'], '/tourism-projects', params);
}

export const useSaveTourism = () =>
  useSave<TourismCreate, TourismPatch, TourismProject>('/tourism-projects');
export const useVoidTourism = () => useVoid<TourismProject>('/tourism-projects');

// ---------------------------------------------------------------- collective income

/** Every yearly record (12 villages × a few years): the table and the chart share it. */
export function useCollectiveIncomes(params: Params) {
  return useQuery({
    queryKey: ['industry', 'collective-incomes', params],
    queryFn: () => readAll<CollectiveIncome>('/collective-incomes', params),
  });
}

export const useSaveCollectiveIncome = () =>
  useSave<CollectiveIncomeCreate, CollectiveIncomePatch, CollectiveIncome>('/collective-incomes');
export const useVoidCollectiveIncome = () => useVoid<CollectiveIncome>('/collective-incomes');

// ---------------------------------------------------------------- stories

export function useStories(params: Params) {
  return usePaged<Story>(['industry', 'stories'], '/stories', params);
}

export function useStory(id: string | undefined) {
  return useOne<Story>(['industry', 'story'], '/stories', id);
}

export const useSaveStory = () => useSave<StoryCreate, StoryPatch, Story>('/stories');
export const useVoidStory = () => useVoid<Story>('/stories');

export function useSetConsent() {
  return useIndustryMutation((input: { id: string; body: ConsentInput }) =>
    api<Story>('PATCH', `/stories/${input.id}/consent`, input.body),
  );
}
