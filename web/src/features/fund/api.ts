/** Study-fund queries and mutations (ledger, balance, rules, runs, students) and who may do what. */
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type {
  FundBalance,
  LedgerEntry,
  ReversalCreate,
  DonationCreate,
} from '../../../../src/domain/fund/ledger.schema';
import type { GrantRule, RuleCreate } from '../../../../src/domain/fund/rule.schema';
import type {
  GrantHistoryEntry,
  GrantRun,
  GrantRunDetail,
  RunApproval,
  RunCreate,
  RunRejection,
} from '../../../../src/domain/fund/run.schema';
import type {
  Student,
  StudentCreate,
  StudentPatch,
} from '../../../../src/domain/fund/student.schema';
import { api, qs, retryTransient, type Page } from '../../api';
import { useRequestKeys } from '../../request-keys';
import { useMe } from '../auth/session';
import type { HouseholdDetail } from '../registry/api';

export type { FundBalance, GrantHistoryEntry, GrantRule, GrantRun, GrantRunDetail, LedgerEntry };
export type { Student };
export type Grant = GrantRunDetail['grants'][number];

const PAGE = 50;

/** What the signed-in user may do in the fund screens (mirrors src/domain/fund/access.ts). */
export function useFundAccess() {
  const me = useMe();
  const permissions = me.data?.permissions ?? [];
  const has = (p: string) => permissions.includes(p);
  return {
    userId: me.data?.user.id ?? null,
    canManage: has('fund.manage'),
    canApprove: has('fund.approve'),
    canReadFund: has('fund.manage') || has('fund.approve') || has('audit.read'),
    canReadBalance: has('measures.read'),
    canReadStudents: has('registry.sensitive') || has('fund.manage'),
    canEnroll: has('registry.write'),
  };
}

/** Every fund query key starts with 'fund', so one invalidation refreshes balance, ledger and runs. */
const FUND: QueryKey = ['fund'];

export function useBalance(enabled = true) {
  return useQuery({
    queryKey: ['fund', 'balance'],
    queryFn: () => api<FundBalance>('GET', '/fund/balance'),
    enabled,
  });
}

export interface LedgerFilters {
  kind?: string;
}

export function useLedger(filters: LedgerFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['fund', 'ledger', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<LedgerEntry>>(
        'GET',
        `/fund/ledger${qs({ ...filters, limit: PAGE, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

export function useRules() {
  return useInfiniteQuery({
    queryKey: ['fund', 'rules'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<GrantRule>>('GET', `/fund/rules${qs({ limit: PAGE, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useRule(id: string | undefined) {
  return useQuery({
    queryKey: ['fund', 'rule', id],
    queryFn: () => api<GrantRule>('GET', `/fund/rules/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

export interface RunFilters {
  semester?: string;
  status?: string;
}

export function useRuns(filters: RunFilters) {
  return useInfiniteQuery({
    queryKey: ['fund', 'runs', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<GrantRun>>('GET', `/fund/runs${qs({ ...filters, limit: PAGE, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useRun(id: string) {
  return useQuery({
    queryKey: ['fund', 'run', id],
    queryFn: () => api<GrantRunDetail>('GET', `/fund/runs/${id}`),
  });
}

export interface StudentFilters {
  village?: string;
  stage?: string;
  active?: string;
}

export function useStudents(filters: StudentFilters) {
  return useInfiniteQuery({
    queryKey: ['fund', 'students', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<Student>>('GET', `/students${qs({ ...filters, limit: PAGE, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useStudent(id: string | undefined) {
  return useQuery({
    queryKey: ['fund', 'student', id],
    queryFn: () => api<Student>('GET', `/students/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

export function useStudentGrants(personId: string | undefined) {
  return useQuery({
    queryKey: ['fund', 'student-grants', personId],
    queryFn: () => api<{ items: GrantHistoryEntry[] }>('GET', `/students/${personId ?? ''}/grants`),
    enabled: Boolean(personId),
  });
}

/** A household with its members, once one is picked (shares the registry's cache key). */
export function useHouseholdOf(id: string | undefined) {
  return useQuery({
    queryKey: ['household', id],
    queryFn: () => api<HouseholdDetail>('GET', `/households/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

/** A fund mutation that refreshes every fund query when it succeeds. */
function useFundMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: FUND }),
  });
}

/**
 * Record a donation with an idempotency key, sent again on a dropped connection: the server
 * answers a repeat with the first entry, so a retry never enters the money twice.
 */
export function useRecordDonation() {
  const keys = useRequestKeys();
  return useFundMutation(async (input: DonationCreate) => {
    const entry = await retryTransient(() =>
      api<LedgerEntry>('POST', '/fund/donations', input, { idempotencyKey: keys.keyFor(input) }),
    );
    keys.done();
    return entry;
  });
}

export function useReverseEntry() {
  return useFundMutation((input: { id: string; body: ReversalCreate }) =>
    api<LedgerEntry>('POST', `/fund/ledger/${input.id}/reverse`, input.body),
  );
}

export function useSaveRule() {
  return useFundMutation((input: { id?: string; body: RuleCreate }) =>
    input.id
      ? api<GrantRule>('PATCH', `/fund/rules/${input.id}`, input.body)
      : api<GrantRule>('POST', '/fund/rules', input.body),
  );
}

export function useCreateRun() {
  return useFundMutation((input: RunCreate) => api<GrantRunDetail>('POST', '/fund/runs', input));
}

export function useSubmitRun() {
  return useFundMutation((id: string) => api<GrantRun>('POST', `/fund/runs/${id}/submit`));
}

export function useApproveRun() {
  return useFundMutation((input: { id: string; body: RunApproval }) =>
    api<GrantRun>('POST', `/fund/runs/${input.id}/approve`, input.body),
  );
}

export function useRejectRun() {
  return useFundMutation((input: { id: string; body: RunRejection }) =>
    api<GrantRun>('POST', `/fund/runs/${input.id}/reject`, input.body),
  );
}

export function useSaveStudent() {
  return useFundMutation(
    (input: { id: string; body: StudentPatch } | { id?: undefined; body: StudentCreate }) =>
      input.id
        ? api<Student>('PATCH', `/students/${input.id}`, input.body)
        : api<Student>('POST', '/students', input.body),
  );
}

export function useVoidStudent() {
  return useFundMutation((input: { id: string; reason: string }) =>
    api<Student>('POST', `/students/${input.id}/void`, { reason: input.reason }),
  );
}
