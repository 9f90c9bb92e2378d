/** Registry queries and mutations shared by pages: villages, households, persons, units, cadres, pairings, income. */
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type {
  HouseholdPatch,
  StatusChange,
} from '../../../../src/domain/registry/household.schema';
import type {
  IncomeCreate,
  IncomePatch,
  IncomeRecord,
} from '../../../../src/domain/registry/income.schema';
import type {
  Cadre,
  CadreCreate,
  CadrePatch,
  Unit,
  UnitCreate,
  UnitPatch,
} from '../../../../src/domain/registry/org.schema';
import type {
  Handover,
  HandoverResult,
  Pairing,
  PairingCreate,
  PairingEnd,
} from '../../../../src/domain/registry/pairing.schema';
import type { PersonCreate, PersonPatch } from '../../../../src/domain/registry/person.schema';
import type {
  Region,
  RegionCreate,
  VillageCreate,
  VillageDetail,
  VillagePatch,
} from '../../../../src/domain/registry/region.schema';
import { api, qs, type Page } from '../../api';
import { useMe } from '../auth/session';

export type { Cadre, HandoverResult, IncomeRecord, Pairing, Unit, VillageDetail };

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
  takenOn?: boolean;
  deeplyPoor?: boolean;
  householdCount: number;
}

export interface HouseholdFilters {
  q?: string;
  village?: string;
  status?: string;
  cadre?: string;
}

const PAGE = 50;

/** What the signed-in user may do in the registry screens (mirrors src/domain/roles.ts). */
export function useRegistryAccess() {
  const me = useMe();
  const permissions = me.data?.permissions ?? [];
  const has = (p: string) => permissions.includes(p);
  const role = me.data?.user.role ?? '';
  return {
    role,
    isCadre: role === 'cadre',
    canWrite: has('registry.write'),
    canPair: has('pairing.write'),
    canOrg: has('org.write'),
    canReveal: has('id_number.reveal'),
    seesSensitive: has('registry.sensitive'),
  };
}

// ---------------------------------------------------------------- households and persons

export function useHouseholds(filters: HouseholdFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['households', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<HouseholdSummary>>(
        'GET',
        `/households${qs({ ...filters, limit: PAGE, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

export function useHousehold(id: string) {
  return useQuery({
    queryKey: ['household', id],
    queryFn: () => api<HouseholdDetail>('GET', `/households/${id}`),
  });
}

/** After a change to a household: its detail, the lists and the village counts. */
function refreshHousehold(client: QueryClient, id: string): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['household', id] }),
    client.invalidateQueries({ queryKey: ['households'] }),
    client.invalidateQueries({ queryKey: ['village'] }),
    client.invalidateQueries({ queryKey: ['villages'] }),
  ]);
}

export function useCorrectHousehold(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: HouseholdPatch) => api<unknown>('PATCH', `/households/${id}`, patch),
    onSuccess: () => refreshHousehold(client, id),
  });
}

export function useChangeStatus(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: StatusChange) => api<unknown>('POST', `/households/${id}/status`, change),
    onSuccess: () => refreshHousehold(client, id),
  });
}

export function useSavePerson(householdId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      input: { id: null; body: PersonCreate } | { id: string; body: PersonPatch },
    ): Promise<PersonView> =>
      input.id === null
        ? api<PersonView>('POST', '/persons', input.body)
        : api<PersonView>('PATCH', `/persons/${input.id}`, input.body),
    onSuccess: () => refreshHousehold(client, householdId),
  });
}

export function useRemovePerson(householdId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/persons/${id}`),
    onSuccess: () => refreshHousehold(client, householdId),
  });
}

/** Remove a household registered in error (the server refuses one with pairings or records). */
export function useRemoveHousehold() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/households/${id}`),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['households'] }),
        client.invalidateQueries({ queryKey: ['village'] }),
        client.invalidateQueries({ queryKey: ['villages'] }),
        client.invalidateQueries({ queryKey: ['stats'] }),
      ]),
  });
}

/** The whole ID number of a person (the server audits the reveal). */
export function revealIdNumber(personId: string): Promise<PersonView> {
  return api<PersonView>('GET', `/persons/${personId}?reveal=idNumber`);
}

// ---------------------------------------------------------------- villages

export function useVillages() {
  return useQuery({
    queryKey: ['villages'],
    queryFn: () => api<Page<VillageView>>('GET', '/villages?limit=200&takenOn=true'),
    staleTime: 5 * 60_000,
  });
}

export interface VillageFilters {
  takenOn?: boolean;
}

export function useVillageList(filters: VillageFilters) {
  return useInfiniteQuery({
    queryKey: ['villages', 'list', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<VillageView>>(
        'GET',
        `/villages${qs({ ...filters, limit: PAGE, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useVillage(code: string) {
  return useQuery({
    queryKey: ['village', code],
    queryFn: () => api<VillageDetail>('GET', `/villages/${code}`),
  });
}

/** A region by code, or null when it is not registered. */
export function useRegion(code: string | null) {
  return useQuery({
    queryKey: ['region', code],
    enabled: code !== null,
    queryFn: async () =>
      (await api<Page<Region>>('GET', `/regions${qs({ code, limit: 1 })}`)).items[0] ?? null,
  });
}

function refreshVillages(client: QueryClient, code?: string): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['villages'] }),
    client.invalidateQueries({ queryKey: ['region'] }),
    ...(code ? [client.invalidateQueries({ queryKey: ['village', code] })] : []),
  ]);
}

/** Register a village (with its region, when a name is given for an unregistered code). */
export function useRegisterVillage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: VillageCreate) => api<VillageView>('POST', '/villages', input),
    onSuccess: (v) => refreshVillages(client, v.code),
  });
}

/** Add a region above village level (a township, a county) so villages can go under it. */
export function useAddRegion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RegionCreate) => api<Region>('POST', '/regions', input),
    onSuccess: () => refreshVillages(client),
  });
}

/** Change a village's flags (taken on, deeply poor). */
export function useChangeVillageFlags(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: VillagePatch) => api<VillageView>('PATCH', `/villages/${code}`, patch),
    onSuccess: () => refreshVillages(client, code),
  });
}

/** Correct a region's (here: a village's) name. */
export function useRenameRegion(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api<Region>('PATCH', `/regions/${code}`, { name }),
    onSuccess: () => refreshVillages(client, code),
  });
}

// ---------------------------------------------------------------- units and cadres

/** All units (a program has tens, not thousands): for lists, names and pickers. */
export function useUnits() {
  return useQuery({
    queryKey: ['units'],
    queryFn: () => api<Page<Unit>>('GET', '/units?limit=200'),
  });
}

export function useSaveUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: null; body: UnitCreate } | { id: string; body: UnitPatch }) =>
      input.id === null
        ? api<Unit>('POST', '/units', input.body)
        : api<Unit>('PATCH', `/units/${input.id}`, input.body),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['units'] }),
        client.invalidateQueries({ queryKey: ['cadres'] }),
      ]),
  });
}

export function useRemoveUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/units/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['units'] }),
  });
}

/** Remove a cadre entered in error (the server refuses one ever paired or with an account). */
export function useRemoveCadre() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/cadres/${id}`),
    onSuccess: (_, id) =>
      Promise.all([
        // Not the deleted cadre's own page: asking for it again would only answer 404.
        client.invalidateQueries({
          queryKey: ['cadres'],
          predicate: (q) => !(q.queryKey[1] === 'one' && q.queryKey[2] === id),
        }),
        client.invalidateQueries({ queryKey: ['units'] }),
      ]),
  });
}

export interface CadreFilters {
  unit?: string;
  active?: boolean;
  q?: string;
}

export function useCadres(filters: CadreFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['cadres', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<Cadre>>('GET', `/cadres${qs({ ...filters, limit: PAGE, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

export function useCadre(id: string | undefined) {
  return useQuery({
    queryKey: ['cadres', 'one', id],
    queryFn: () => api<Cadre>('GET', `/cadres/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

export function useSaveCadre() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: null; body: CadreCreate } | { id: string; body: CadrePatch }) =>
      input.id === null
        ? api<Cadre>('POST', '/cadres', input.body)
        : api<Cadre>('PATCH', `/cadres/${input.id}`, input.body),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['cadres'] }),
        client.invalidateQueries({ queryKey: ['units'] }),
        client.invalidateQueries({ queryKey: ['pairings'] }),
      ]),
  });
}

// ---------------------------------------------------------------- pairings

export interface PairingFilters {
  cadre?: string;
  household?: string;
  current?: boolean;
}

export function usePairings(filters: PairingFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['pairings', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<Pairing>>('GET', `/pairings${qs({ ...filters, limit: PAGE, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

/** After pairings change: pairing lists, cadre counts, households (cadre filter) and villages. */
function refreshPairings(client: QueryClient): Promise<unknown> {
  return Promise.all(
    ['pairings', 'cadres', 'households', 'village'].map((key) =>
      client.invalidateQueries({ queryKey: [key] }),
    ),
  );
}

export function useCreatePairing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PairingCreate) => api<Pairing>('POST', '/pairings', input),
    onSuccess: () => refreshPairings(client),
  });
}

export function useEndPairing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PairingEnd }) =>
      api<Pairing>('POST', `/pairings/${id}/end`, body),
    onSuccess: () => refreshPairings(client),
  });
}

export function useHandover(fromCadreId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Handover) =>
      api<HandoverResult>('POST', `/cadres/${fromCadreId}/handover`, input),
    onSuccess: () => refreshPairings(client),
  });
}

// ---------------------------------------------------------------- income

/** A household's income records, newest year first (one per year: a page of 50 covers decades). */
export function useIncome(householdId: string) {
  return useQuery({
    queryKey: ['income', householdId],
    queryFn: () =>
      api<Page<IncomeRecord>>(
        'GET',
        `/income-records${qs({ household: householdId, limit: 100 })}`,
      ),
  });
}

export function useSaveIncome(householdId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: null; body: IncomeCreate } | { id: string; body: IncomePatch }) =>
      input.id === null
        ? api<IncomeRecord>('POST', '/income-records', input.body)
        : api<IncomeRecord>('PATCH', `/income-records/${input.id}`, input.body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['income', householdId] }),
  });
}

/** Remove an income record entered in error (coordinators and admins). */
export function useRemoveIncome(householdId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/income-records/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['income', householdId] }),
  });
}
