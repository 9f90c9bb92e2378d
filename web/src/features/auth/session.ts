/** The signed-in user: GET /me, sign in and out. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api';

export interface Me {
  readonly user: {
    id: string;
    username: string;
    displayName: string;
    role: string;
    cadreId: string | null;
  };
  readonly permissions: string[];
}

/** The current user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await api<Me>('GET', '/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      api<Me>('POST', '/auth/login', input),
    onSuccess: (me) => {
      client.clear();
      client.setQueryData(['me'], me);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('POST', '/auth/logout'),
    onSettled: () => {
      client.clear();
      client.setQueryData(['me'], null);
      // A phone may be shared: unsaved field records do not outlive the session that typed them.
      void import('../field/drafts').then((drafts) => drafts.dropAllDrafts());
    },
  });
}
