/** bangfu import households: write the roster template, or import a roster (dry run, all or nothing, valid only). */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import cliProgress from 'cli-progress';
import { AppError } from '../../domain/errors.js';
import { ImportOptions, type ImportSummary } from '../../domain/imports/import.schema.js';
import { newId } from '../../db/ids.js';
import type { RosterImportResult } from '../../server/imports/roster-import.service.js';
import { runRosterImport } from '../../server/imports/roster-import.runner.js';
import { reasonsOf } from '../../server/imports/roster-report.js';
import { formatOfName } from '../../server/imports/roster-source.js';
import { parseArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { withDatabase } from './database.js';

export interface ImportHouseholdsOptions {
  readonly template?: string;
  readonly dryRun?: boolean;
  readonly mode?: string;
  readonly mapping?: string;
  readonly encoding?: string;
  readonly report?: string;
}

/** Bad rows printed; the rest are in the report. */
const SHOWN = 20;

function printSummary(io: CliIo, summary: ImportSummary, dryRun: boolean): void {
  const { say } = io;
  if (summary.applied) {
    io.out(say('cli.import.summary_applied'));
  } else {
    io.out(
      dryRun
        ? say('cli.import.summary_dry')
        : say('cli.import.summary_refused', { bad: summary.badRows }),
    );
  }
  io.out(
    say('cli.import.line_rows', {
      rows: summary.rows,
      blank: summary.blankRows,
      bad: summary.badRows,
    }),
  );
  io.out(say('cli.import.line_households', { ...summary.households }));
  io.out(say('cli.import.line_persons', { ...summary.persons }));
}

function printBadRows(io: CliIo, result: RosterImportResult): void {
  for (const bad of result.badRows.slice(0, SHOWN)) {
    const reasons = reasonsOf(io.locale, bad.problems).join('；');
    io.out(io.say('cli.import.bad_row', { row: bad.row, reasons }));
  }
  if (result.summary.badRows > SHOWN) {
    io.out(io.say('cli.import.more_bad_rows', { count: result.summary.badRows - SHOWN }));
  }
  if (result.reportPath) {
    io.out(io.say('cli.import.report_written', { file: result.reportPath }));
  }
}

function reportPathFor(file: string, given: string | undefined, errorsWord: string): string {
  if (given) {
    return given;
  }
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}-${errorsWord}${ext}`);
}

function progressBar(io: CliIo) {
  return new cliProgress.SingleBar(
    { format: io.say('cli.import.progress'), stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
}

/** Write the template, or import FILE; exits 2 (through AppError) when some rows are bad. */
export async function importHouseholds(
  io: CliIo,
  file: string | undefined,
  options: ImportHouseholdsOptions,
): Promise<void> {
  if (options.template) {
    const { rosterTemplate } = await import('../../server/imports/roster-template.js');
    await writeFile(options.template, await rosterTemplate(io.locale));
    io.out(io.say('cli.import.template_written', { file: options.template }));
    return;
  }
  const format = file ? formatOfName(file) : null;
  if (!file || !format) {
    throw new AppError('validation', { key: 'error.import_format' });
  }
  const parsed = parseArgs(ImportOptions, {
    dryRun: options.dryRun ?? false,
    ...(options.mode ? { mode: options.mode } : {}),
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
  const reportPath = reportPathFor(file, options.report, io.say('import.report.file'));
  io.err(io.say('cli.import.reading', { file }));
  const bar = progressBar(io);
  bar.start(100, 0, { rows: 0 });
  const result = await withDatabase(io, (handle) =>
    runRosterImport(handle, {
      path: file,
      format,
      options: parsed,
      actor: null,
      importId: newId(),
      reportPath,
      locale: io.locale,
      onProgress: ({ fraction, rowsRead }) =>
        bar.update(Math.round(fraction * 100), { rows: rowsRead }),
    }),
  ).finally(() => bar.stop());
  printSummary(io, result.summary, parsed.dryRun);
  printBadRows(io, result);
  if (result.summary.badRows > 0) {
    throw new AppError('validation', {
      key: 'error.import_bad_rows',
      params: { bad: result.summary.badRows, file: result.reportPath ?? '' },
    });
  }
}
