/** The error report: the rows that were not imported, as uploaded, with their row number and reasons. */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { FieldProblem } from '../../domain/errors.js';
import type { ImportFormat } from '../../domain/imports/import.schema.js';
import { renderFields, translate, type Locale } from '../../domain/messages/i18n.js';

export interface ReportWriter {
  add(cells: readonly string[], row: number, reasons: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** A problem as text in a locale; a problem without a path is a message about the whole row. */
export function reasonsOf(locale: Locale, problems: readonly FieldProblem[]): string[] {
  return problems.map((p) =>
    p.path === ''
      ? translate(locale, p.key, p.params)
      : (renderFields(locale, [p])[0]?.message ?? p.key),
  );
}

function csvReport(path: string, header: readonly string[]): ReportWriter {
  const out = createWriteStream(path);
  const csv = stringify({ bom: true });
  csv.pipe(out);
  const write = async (record: readonly string[]) => {
    if (!csv.write(record)) {
      await once(csv, 'drain');
    }
  };
  let started = false;
  return {
    async add(cells, row, reasons) {
      if (!started) {
        started = true;
        await write(header);
      }
      await write([...cells, String(row), reasons.join('；')]);
    },
    async close() {
      if (!started) {
        await write(header);
      }
      csv.end();
      await finished(out);
    },
  };
}

/** exceljs is loaded when an .xlsx report is first written (a CSV import never loads it). */
function xlsxReport(path: string, header: readonly string[], sheetName: string): ReportWriter {
  const opened = import('exceljs').then(({ default: ExcelJS }) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useStyles: true,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet(sheetName);
    sheet.addRow([...header]).commit();
    return { workbook, sheet };
  });
  return {
    async add(cells, row, reasons) {
      const { sheet } = await opened;
      sheet.addRow([...cells, row, reasons.join('；')]).commit();
    },
    async close() {
      const { workbook, sheet } = await opened;
      sheet.commit();
      await workbook.commit();
    },
  };
}

/** Open a report in the roster's format: its header, then 行号 and 错误原因 (in the locale). */
export function openReport(
  path: string,
  format: ImportFormat,
  options: { header: readonly string[]; locale: Locale },
): ReportWriter {
  const header = [
    ...options.header,
    translate(options.locale, 'import.report.row'),
    translate(options.locale, 'import.report.errors'),
  ];
  return format === 'xlsx'
    ? xlsxReport(path, header, translate(options.locale, 'import.report.sheet'))
    : csvReport(path, header);
}
