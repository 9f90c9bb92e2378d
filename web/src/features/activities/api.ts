/** Activities, their types, photos, relative lecturers and the lecture cascade: queries and mutations. */
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ActivityCreate,
  ActivityDetail,
  ActivityPatch,
  ActivitySummary,
  Cascade,
} from '../../../../src/domain/activities/activity.schema';
import type { ActivityType } from '../../../../src/domain/activities/activity-type.schema';
import type { Lecturer, LecturerCreate } from '../../../../src/domain/activities/lecturer.schema';
import type { Photo } from '../../../../src/domain/activities/photo.schema';
import { api, isTransient, qs, retryTransient, type Page } from '../../api';
import { useRequestKeys } from '../../request-keys';

export type { ActivityDetail, ActivitySummary, ActivityType, Cascade, Lecturer, Photo };

/** What a client sends: the schemas' input side (defaults not yet applied). */
export type ActivityInput = z.input<typeof ActivityCreate>;
export type ActivityPatchInput = z.input<typeof ActivityPatch>;

const PAGE = 50;

export interface ActivityFilters {
  measure?: string;
  type?: string;
  village?: string;
  from?: string;
  to?: string;
  cadre?: string;
  household?: string;
}

export function useActivities(filters: ActivityFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['activities', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<ActivitySummary>>(
        'GET',
        `/activities${qs({ ...filters, limit: PAGE, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

export function useActivity(id: string | undefined) {
  return useQuery({
    queryKey: ['activity', id],
    queryFn: () => api<ActivityDetail>('GET', `/activities/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

/** Every activity type, inactive ones too (old records name them); a list of tens. */
export function useActivityTypes() {
  return useQuery({
    queryKey: ['activity-types'],
    queryFn: () => api<Page<ActivityType>>('GET', '/activity-types?limit=200&includeInactive=true'),
    staleTime: 10 * 60_000,
  });
}

/** The name of a type in the UI language; the code when the type is unknown. */
export function typeName(
  types: readonly ActivityType[] | undefined,
  code: string,
  language: string,
): string {
  const type = types?.find((x) => x.typeCode === code);
  if (!type) {
    return code;
  }
  return language === 'en' ? type.nameEn : type.nameZh;
}

/** After an activity changes: lists, the activity, timelines, visits, the cascade and the figures. */
export function refreshActivities(client: QueryClient, id?: string): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['activities'] }),
    client.invalidateQueries({ queryKey: ['timeline'] }),
    client.invalidateQueries({ queryKey: ['last-visit'] }),
    client.invalidateQueries({ queryKey: ['cascade'] }),
    client.invalidateQueries({ queryKey: ['lecturers'] }),
    // The dashboard's and the field view's figures count visits and activities.
    client.invalidateQueries({ queryKey: ['stats'] }),
    ...(id ? [client.invalidateQueries({ queryKey: ['activity', id] })] : []),
  ]);
}

/**
 * Record (id null) or correct an activity. A new record carries an idempotency key and is sent
 * again on a dropped connection: the server answers a repeat with the first record.
 */
export function useSaveActivity() {
  const client = useQueryClient();
  const keys = useRequestKeys();
  return useMutation({
    mutationFn: (
      input: { id: null; body: ActivityInput } | { id: string; body: ActivityPatchInput },
    ): Promise<ActivityDetail> =>
      input.id === null
        ? retryTransient(() =>
            api<ActivityDetail>('POST', '/activities', input.body, {
              idempotencyKey: keys.keyFor(input.body),
            }),
          )
        : api<ActivityDetail>('PATCH', `/activities/${input.id}`, input.body),
    onSuccess: (saved, input) => {
      if (input.id === null) {
        keys.done();
      }
      client.setQueryData(['activity', saved.id], saved);
      return refreshActivities(client, saved.id);
    },
  });
}

export function useVoidActivity(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api<ActivityDetail>('POST', `/activities/${id}/void`, { reason }),
    onSuccess: () => refreshActivities(client, id),
  });
}

// ---------------------------------------------------------------- photos

/** Upload a photo (the same content again answers with the photo already stored: safe to retry). */
export function uploadPhoto(activityId: string, file: Blob, caption: string): Promise<Photo> {
  const form = new FormData();
  form.append('caption', caption);
  form.append('file', file, file instanceof File ? file.name : 'photo.jpg');
  return api<Photo>('POST', `/activities/${activityId}/photos`, form);
}

export function useUploadPhoto(activityId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, caption }: { file: Blob; caption: string }) =>
      uploadPhoto(activityId, file, caption),
    retry: (count, error) => count < 3 && isTransient(error),
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
    onSuccess: () => refreshActivities(client, activityId),
  });
}

export function useChangeCaption(activityId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, caption }: { id: string; caption: string }) =>
      api<Photo>('PATCH', `/photos/${id}`, { caption }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['activity', activityId] }),
  });
}

export function useVoidPhoto(activityId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api<void>('DELETE', `/photos/${id}${qs({ reason })}`),
    onSuccess: () => refreshActivities(client, activityId),
  });
}

// ---------------------------------------------------------------- lecturers and the cascade

export interface CascadeFilters {
  measure?: string;
  village?: string;
  from?: string;
  to?: string;
}

export function useCascade(filters: CascadeFilters) {
  return useQuery({
    queryKey: ['cascade', filters],
    queryFn: () => api<Cascade>('GET', `/activities/cascade${qs({ ...filters })}`),
  });
}

export function useLecturers(village?: string) {
  return useInfiniteQuery({
    queryKey: ['lecturers', village ?? null],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<Lecturer>>('GET', `/lecturers${qs({ village, limit: PAGE, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useAddLecturer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof LecturerCreate>) =>
      api<Lecturer>('POST', '/lecturers', input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['lecturers'] }),
        client.invalidateQueries({ queryKey: ['cascade'] }),
      ]),
  });
}
