/** Admin and auditor queries and mutations: accounts, the audit log, the editable lists. */
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ActivityType,
  ActivityTypeCreate,
  ActivityTypePatch,
} from '../../../../src/domain/activities/activity-type.schema';
import type {
  DonationItem,
  DonationItemCreate,
  DonationItemPatch,
} from '../../../../src/domain/assistance/donation-item.schema';
import type {
  AuditEntry,
  User,
  UserCreate,
  UserPatch,
} from '../../../../src/domain/registry/user.schema';
import { api, qs, type Page } from '../../api';

export type { ActivityType, AuditEntry, DonationItem, User };

const PAGE = 50;

function pages<T>(key: unknown[], path: string, params: Record<string, string | undefined>) {
  return {
    queryKey: key,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }: { pageParam: string | null }) =>
      api<Page<T>>('GET', `${path}${qs({ ...params, limit: PAGE, cursor: pageParam })}`),
    getNextPageParam: (last: Page<T>) => last.nextCursor,
  };
}

// ---------------------------------------------------------------- audit log

export interface AuditFilters {
  user?: string;
  entity?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
}

export function useAudit(filters: AuditFilters) {
  return useInfiniteQuery(pages<AuditEntry>(['audit', filters], '/audit', { ...filters }));
}

// ---------------------------------------------------------------- accounts

export interface UserFilters {
  role?: string;
  active?: string;
}

export function useUsers(filters: UserFilters, enabled = true) {
  return useInfiniteQuery({
    ...pages<User>(['users', filters], '/users', { ...filters }),
    enabled,
  });
}

/** Every account mutation refreshes the account lists and the audit log. */
function useUserMutation<V>(fn: (v: V) => Promise<User>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['users'] });
      void client.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

export function useCreateUser() {
  return useUserMutation((body: UserCreate) => api<User>('POST', '/users', body));
}

export function useChangeUser() {
  return useUserMutation(({ id, body }: { id: string; body: UserPatch }) =>
    api<User>('PATCH', `/users/${id}`, body),
  );
}

export function useResetPassword() {
  return useUserMutation(({ id, password }: { id: string; password: string }) =>
    api<User>('POST', `/users/${id}/reset-password`, { password }),
  );
}

// ---------------------------------------------------------------- editable lists

export function useActivityTypes() {
  return useInfiniteQuery(
    pages<ActivityType>(['activity-types', 'all'], '/activity-types', {
      includeInactive: 'true',
    }),
  );
}

export function useDonationItems() {
  return useInfiniteQuery(pages<DonationItem>(['donation-items', 'all'], '/donation-items', {}));
}

function useListMutation<V, R>(key: string, fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void client.invalidateQueries({ queryKey: [key] }),
  });
}

export function useSaveActivityType() {
  return useListMutation(
    'activity-types',
    ({ code, body }: { code?: string; body: ActivityTypeCreate | ActivityTypePatch }) =>
      code
        ? api<ActivityType>('PATCH', `/activity-types/${code}`, body)
        : api<ActivityType>('POST', '/activity-types', body),
  );
}

export function useSaveDonationItem() {
  return useListMutation(
    'donation-items',
    ({ id, body }: { id?: string; body: DonationItemCreate | DonationItemPatch }) =>
      id
        ? api<DonationItem>('PATCH', `/donation-items/${id}`, body)
        : api<DonationItem>('POST', '/donation-items', body),
  );
}
