/** Training queries and mutations: courses, enrollments (trainees) and their follow-ups. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Course,
  CourseCreate,
  CoursePatch,
} from '../../../../src/domain/training/course.schema';
import type {
  Enrollment,
  EnrollmentCreate,
  EnrollmentDetail,
  EnrollmentPatch,
} from '../../../../src/domain/training/enrollment.schema';
import type { FollowUp, FollowUpInput } from '../../../../src/domain/training/follow-up.schema';
import { api, qs, type Page } from '../../api';
import type { HouseholdDetail } from '../registry/api';

export type { Course, Enrollment, EnrollmentDetail, FollowUp };

const PAGE = 50;

export interface CourseFilters {
  skill?: string;
  village?: string;
  placeKind?: string;
  from?: string;
  to?: string;
}

export function useCourses(filters: CourseFilters) {
  return useInfiniteQuery({
    queryKey: ['training', 'courses', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<Course>>('GET', `/courses${qs({ ...filters, limit: PAGE, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useCourse(id: string | undefined) {
  return useQuery({
    queryKey: ['training', 'course', id],
    queryFn: () => api<Course>('GET', `/courses/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

export interface EnrollmentFilters {
  course?: string;
  household?: string;
  skill?: string;
  village?: string;
  outstanding?: boolean;
  completed?: boolean;
  from?: string;
  to?: string;
}

export function useEnrollments(filters: EnrollmentFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['training', 'enrollments', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page<Enrollment>>(
        'GET',
        `/enrollments${qs({ ...filters, limit: PAGE, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

export function useEnrollment(id: string | undefined) {
  return useQuery({
    queryKey: ['training', 'enrollment', id],
    queryFn: () => api<EnrollmentDetail>('GET', `/enrollments/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

/** A training mutation that refreshes every training query when it succeeds. */
function useTrainingMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: ['training'] }),
  });
}

export function useSaveCourse() {
  return useTrainingMutation(
    (input: { id: string; body: CoursePatch } | { id?: undefined; body: CourseCreate }) =>
      input.id
        ? api<Course>('PATCH', `/courses/${input.id}`, input.body)
        : api<Course>('POST', '/courses', input.body),
  );
}

export function useVoidCourse() {
  return useTrainingMutation((input: { id: string; reason: string }) =>
    api<Course>('POST', `/courses/${input.id}/void`, { reason: input.reason }),
  );
}

export function useEnroll(courseId: string) {
  return useTrainingMutation((input: EnrollmentCreate) =>
    api<Enrollment>('POST', `/courses/${courseId}/enrollments`, input),
  );
}

export function useCorrectEnrollment() {
  return useTrainingMutation((input: { id: string; body: EnrollmentPatch }) =>
    api<Enrollment>('PATCH', `/enrollments/${input.id}`, input.body),
  );
}

export function useVoidEnrollment() {
  return useTrainingMutation((input: { id: string; reason: string }) =>
    api<Enrollment>('POST', `/enrollments/${input.id}/void`, { reason: input.reason }),
  );
}

export function usePutFollowUp(enrollmentId: string) {
  return useTrainingMutation((input: { month: number; body: FollowUpInput }) =>
    api<FollowUp>('PUT', `/enrollments/${enrollmentId}/follow-ups/${input.month}`, input.body),
  );
}

export function useVoidFollowUp(enrollmentId: string) {
  return useTrainingMutation((input: { month: number; reason: string }) =>
    api<FollowUp>('POST', `/enrollments/${enrollmentId}/follow-ups/${input.month}/void`, {
      reason: input.reason,
    }),
  );
}

/** A household with its members, once one is picked (shares the registry's cache key). */
export function useHouseholdOf(id: string | undefined | null) {
  return useQuery({
    queryKey: ['household', id],
    queryFn: () => api<HouseholdDetail>('GET', `/households/${id ?? ''}`),
    enabled: Boolean(id),
  });
}
