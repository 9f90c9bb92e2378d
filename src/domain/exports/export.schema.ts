/** Exports of the lists to .xlsx or CSV: which lists, which formats, the options beside each list's filters. */
import { z } from 'zod';
import { zUuid } from '../common.schema.js';

export const EXPORT_LISTS = [
  'households',
  'persons',
  'cadres',
  'units',
  'pairings',
  'income-records',
  'activities',
  'assistance',
  'students',
  'grants',
  'courses',
  'enrollments',
  'cooperatives',
  'sales',
  'stories',
  'audit',
] as const;
export type ExportListName = (typeof EXPORT_LISTS)[number];

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ExportParams = z.object({
  list: z.enum(EXPORT_LISTS).describe('The list, as its own endpoint names it'),
  format: z.enum(EXPORT_FORMATS),
});

/** Rows fetched per page while streaming (the lists' own maximum page size). */
export const EXPORT_PAGE = 200;

/** Beside a list's own filters: whole ID numbers for roles that may see them (audited). */
export const ExportOptions = z.object({
  idNumbers: z
    .enum(['masked', 'whole'])
    .default('masked')
    .describe('whole: ID numbers in full (roles with id_number.reveal; audited)'),
});
export type ExportOptions = z.infer<typeof ExportOptions>;

/** The grant lines of one run. */
export const GrantExportQuery = z.object({ run: zUuid.describe('The grant run') });
export type GrantExportQuery = z.infer<typeof GrantExportQuery>;
