/** Roster imports: options of a run, its summary, bad rows, and the job the API runs it as. */
import { z } from 'zod';
import { zBoolFlag, zUuid } from '../common.schema.js';
import { ROSTER_FIELDS } from './roster-fields.js';

export const IMPORT_MODES = ['all_or_nothing', 'valid_only'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const IMPORT_ENCODINGS = ['auto', 'utf8', 'gbk'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

export const IMPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** Largest roster file the API accepts. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** Bad rows kept with a run's result; every one is in the error report file. */
export const MAX_BAD_ROWS_SHOWN = 200;

/** Column → field (header text or column letter); null ignores the column. */
export const ImportMapping = z
  .record(z.string().min(1).max(100), z.enum(ROSTER_FIELDS).nullable())
  .describe('Explicit column mapping: header text or column letter → field (null: ignore)');
export type ImportMapping = z.infer<typeof ImportMapping>;

/** A mapping sent as a form field: JSON text. */
const zMappingText = z
  .string()
  .max(10_000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'field.import_mapping' });
      return z.NEVER;
    }
  })
  .pipe(ImportMapping);

/** The options of an import, as the API's form fields and the CLI's options give them. */
export const ImportOptions = z.strictObject({
  dryRun: zBoolFlag.default(true).describe('Only report what would happen (default)'),
  mode: z.enum(IMPORT_MODES).default('all_or_nothing'),
  mapping: z.union([ImportMapping, zMappingText]).default({}),
  encoding: z
    .enum(IMPORT_ENCODINGS)
    .default('auto')
    .describe('CSV only: auto detects UTF-8 or GBK'),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

export const ApplyInput = z.strictObject({ mode: z.enum(IMPORT_MODES) });

const zCounts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const ImportSummary = z.object({
  rows: z.number().int().describe('Data rows read (blank lines not counted)'),
  blankRows: z.number().int(),
  badRows: z.number().int().describe('Rows with a problem of their own'),
  households: zCounts.extend({
    rejected: z.number().int().describe('Households not imported because one of their rows is bad'),
  }),
  persons: zCounts,
  applied: z.boolean().describe('Whether anything was written'),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const BadRow = z.object({
  row: z.number().int().describe('Row number in the file (the header row counts)'),
  reasons: z.array(z.string()),
});
export type BadRow = z.infer<typeof BadRow>;

export const ImportJob = z.object({
  id: zUuid,
  status: z.enum(IMPORT_JOB_STATUSES),
  dryRun: z.boolean(),
  mode: z.enum(IMPORT_MODES),
  fileName: z.string(),
  format: z.enum(IMPORT_FORMATS),
  progress: z.number().describe('0–1, by bytes of the file read'),
  rowsRead: z.number().int(),
  summary: ImportSummary.nullable(),
  badRows: z.array(BadRow).describe(`The first ${MAX_BAD_ROWS_SHOWN} bad rows`),
  hasReport: z.boolean().describe('An error report can be downloaded'),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;
