/** Roster imports over the API: upload (a dry run), apply a finished dry run, poll a job. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  ImportEncoding,
  ImportJob,
  ImportMode,
} from '../../../../src/domain/imports/import.schema';
import { api } from '../../api';

export type { ImportEncoding, ImportJob, ImportMode };

export const TEMPLATE_URL = '/api/v1/imports/households/template.xlsx';

export function reportUrl(id: string): string {
  return `/api/v1/imports/${id}/report`;
}

/** Upload a roster for a dry run; answers the job id. */
export function useUploadRoster() {
  return useMutation({
    mutationFn: (input: { file: File; encoding: ImportEncoding; mapping: string }) => {
      const form = new FormData();
      form.append('dryRun', 'true');
      form.append('encoding', input.encoding);
      if (input.mapping.trim()) {
        form.append('mapping', input.mapping.trim());
      }
      form.append('roster', input.file);
      return api<{ id: string }>('POST', '/imports/households', form);
    },
  });
}

/** Import a finished dry run's file for real. */
export function useApplyImport() {
  return useMutation({
    mutationFn: (input: { id: string; mode: ImportMode }) =>
      api<{ id: string }>('POST', `/imports/${input.id}/apply`, { mode: input.mode }),
  });
}

/** A job, polled while it runs. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: ['import-job', id],
    enabled: id !== null,
    queryFn: () => api<ImportJob>('GET', `/imports/${id ?? ''}`),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : 500;
    },
  });
}
