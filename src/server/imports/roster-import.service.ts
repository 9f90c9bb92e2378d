/**
 * Import a household roster (one row per person) from .xlsx or CSV: read row by row, plan and write in
 * batches, in one transaction; a dry run writes nothing. Memory holds one batch, the counts, the
 * first bad rows and a compact set of the ID numbers seen; the rest goes to the error report file.
 */
import { stat } from 'node:fs/promises';
import { AppError, type FieldProblem } from '../../domain/errors.js';
import { IdNumberSet } from '../../domain/imports/id-number-set.js';
import {
  MAX_BAD_ROWS_SHOWN,
  type ImportFormat,
  type ImportOptions,
  type ImportSummary,
} from '../../domain/imports/import.schema.js';
import type { Locale } from '../../domain/messages/i18n.js';
import type { Actor } from '../../domain/roles.js';
import type { Conn, Db } from '../../db/connect.js';
import type { StoredBadRow } from '../../db/import-jobs.repository.js';
import { villageCodes } from '../../db/import-roster.repository.js';
import { nowIso } from '../../db/ids.js';
import { dataRows, householdBatches, type RosterHeader } from './roster-batches.js';
import { applyBatch } from './roster-apply.js';
import { planBatch, type BatchCounts, type RejectedGroup } from './roster-plan.js';
import { openReport, reasonsOf, type ReportWriter } from './roster-report.js';
import { openRosterSource } from './roster-source.js';

export interface RosterImportRequest {
  readonly path: string;
  readonly format: ImportFormat;
  readonly options: ImportOptions;
  readonly actor: Actor | null;
  /** Named in the audit entries: the job id, or the CLI run's id. */
  readonly importId: string;
  /** Where the error report goes if some rows are bad. */
  readonly reportPath: string;
  /** The language of the error report's reasons. */
  readonly locale: Locale;
  /** Households per batch (default 1,000). */
  readonly batchSize?: number;
  /** Called after each batch; `writing` while inside the transaction. */
  readonly onProgress?: (p: {
    fraction: number;
    rowsRead: number;
    writing: boolean;
  }) => void | Promise<void>;
}

export interface RosterImportResult {
  readonly summary: ImportSummary;
  /** The first bad rows with their problems (all of them are in the report). */
  readonly badRows: StoredBadRow[];
  readonly reportPath: string | null;
}

interface Pass {
  readonly apply: boolean;
  readonly from: number;
  readonly to: number;
}

function emptyCounts(): BatchCounts {
  return {
    households: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
    persons: { created: 0, updated: 0, unchanged: 0 },
    badRows: 0,
  };
}

function addCounts(total: BatchCounts, more: BatchCounts): void {
  for (const k of ['created', 'updated', 'unchanged', 'rejected'] as const) {
    total.households[k] += more.households[k];
  }
  for (const k of ['created', 'updated', 'unchanged'] as const) {
    total.persons[k] += more.persons[k];
  }
  total.badRows += more.badRows;
}

/** Every row of a rejected household into the report; rows with their own problems into `bad`. */
async function reportRejected(
  report: ReportWriter,
  group: RejectedGroup,
  out: { bad: StoredBadRow[]; width: number; locale: Locale },
): Promise<void> {
  const badRows = [...group.problems.keys()].sort((a, b) => a - b);
  const sibling: FieldProblem = {
    path: '',
    key: 'import.household_rejected',
    params: { rows: badRows.join(', ') },
  };
  for (const row of group.rows) {
    const own = group.problems.get(row.rowNumber);
    if (own && out.bad.length < MAX_BAD_ROWS_SHOWN) {
      out.bad.push({ row: row.rowNumber, problems: own });
    }
    const cells = Array.from({ length: out.width }, (_, i) => row.cells[i] ?? '');
    await report.add(cells, row.rowNumber, reasonsOf(out.locale, own ?? [sibling]));
  }
}

async function runPass(conn: Conn, req: RosterImportRequest, pass: Pass) {
  const fileBytes = Math.max(1, (await stat(req.path)).size);
  const source = await openRosterSource(req.path, req.format, req.options.encoding);
  const counter = { rows: 0, blankRows: 0 };
  let header: RosterHeader | null = null;
  const rows = dataRows(source.rows, req.options.mapping, counter, (h) => (header = h));
  const ctx = {
    villages: await villageCodes(conn),
    ids: new IdNumberSet(),
    actor: req.actor,
    at: nowIso(),
  };
  const counts = emptyCounts();
  const bad: StoredBadRow[] = [];
  let report: ReportWriter | null = null;
  let batches = 0;
  try {
    for await (const groups of householdBatches(rows, req.batchSize ?? 1_000)) {
      batches += 1;
      if (batches === 5) {
        // Size the ID number table once for the whole file, by the rows per byte read so far.
        ctx.ids.reserve((counter.rows * fileBytes * 1.2) / Math.max(1, source.bytesRead()));
      }
      const plan = await planBatch(conn, groups, ctx);
      if (pass.apply) {
        await applyBatch(conn, plan, {
          actor: req.actor,
          at: ctx.at,
          importId: req.importId,
        });
      }
      addCounts(counts, plan.counts);
      for (const group of plan.rejected) {
        const h: RosterHeader = header ?? { cells: [], fields: [], rowNumber: 0 };
        report ??= openReport(req.reportPath, req.format, { header: h.cells, locale: req.locale });
        await reportRejected(report, group, { bad, width: h.cells.length, locale: req.locale });
      }
      const fraction = pass.from + ((pass.to - pass.from) * source.bytesRead()) / fileBytes;
      await req.onProgress?.({
        fraction: Math.min(pass.to, fraction),
        rowsRead: counter.rows,
        writing: pass.apply,
      });
    }
  } finally {
    source.close();
    await report?.close();
  }
  return { counts, counter, bad, reported: report !== null };
}

function summaryOf(pass: Awaited<ReturnType<typeof runPass>>, applied: boolean): ImportSummary {
  return {
    rows: pass.counter.rows,
    blankRows: pass.counter.blankRows,
    badRows: pass.counts.badRows,
    households: pass.counts.households,
    persons: pass.counts.persons,
    applied,
  };
}

/**
 * Run an import: a dry run reports only; all_or_nothing first checks every row and writes only when
 * none is bad; valid_only writes the households without errors. Writes happen in one transaction.
 * @throws AppError validation when the file has no usable header
 */
export async function importRoster(db: Db, req: RosterImportRequest): Promise<RosterImportResult> {
  const result = (pass: Awaited<ReturnType<typeof runPass>>, applied: boolean) => ({
    summary: summaryOf(pass, applied),
    badRows: pass.bad,
    reportPath: pass.reported ? req.reportPath : null,
  });
  if (req.options.dryRun) {
    return result(await runPass(db, req, { apply: false, from: 0, to: 1 }), false);
  }
  if (req.options.mode === 'all_or_nothing') {
    const check = await runPass(db, req, { apply: false, from: 0, to: 0.5 });
    if (check.counts.households.rejected > 0) {
      return result(check, false);
    }
    const done = await db.transaction().execute(async (tx) => {
      const pass = await runPass(tx, req, { apply: true, from: 0.5, to: 1 });
      if (pass.counts.households.rejected > 0) {
        // The registry changed between the check and the write: write nothing.
        throw new AppError('conflict');
      }
      return pass;
    });
    return result(done, true);
  }
  const done = await db
    .transaction()
    .execute((tx) => runPass(tx, req, { apply: true, from: 0, to: 1 }));
  return result(done, true);
}
