/** Row types of roster imports: the jobs the API runs. */

export interface ImportJobsTable {
  id: string;
  user_id: string | null;
  /** What is imported: 'households'. */
  kind: string;
  status: string;
  dry_run: number;
  mode: string;
  /** The options as JSON (mapping, encoding). */
  options: string;
  file_name: string;
  file_path: string;
  format: string;
  file_bytes: number;
  bytes_read: number;
  rows_read: number;
  /** ImportSummary as JSON. */
  summary: string | null;
  /** The first bad rows as JSON: { row, problems }[]. */
  bad_rows: string | null;
  report_path: string | null;
  /** { key, params } as JSON. */
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface ImportsTables {
  import_jobs: ImportJobsTable;
}
