/** Stream rows to .xlsx (exceljs WorkbookWriter) or CSV (csv-stringify with a BOM), honouring backpressure. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { ExportFormat } from '../../domain/exports/export.schema.js';
import { csvCell, type Cell, type CellKind } from './export-list.js';

export interface SheetColumn {
  readonly header: string;
  readonly kind: CellKind;
  readonly width: number;
}

export interface RowWriter {
  row(cells: readonly Cell[]): Promise<void>;
  end(): Promise<void>;
}

function xlsxWriter(out: Writable, columns: readonly SheetColumn[], sheetName: string): RowWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: c.width,
    ...(c.kind === 'money' ? { style: { numFmt: '0.00' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  return {
    async row(cells) {
      sheet
        .addRow(
          cells.map((value, i) =>
            columns[i]?.kind === 'money' && typeof value === 'number' ? value / 100 : value,
          ),
        )
        .commit();
      if (out.writableNeedDrain) {
        await once(out, 'drain');
      }
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

function csvWriter(out: Writable, columns: readonly SheetColumn[]): RowWriter {
  const csv = stringify({ bom: true });
  csv.pipe(out);
  const write = async (record: readonly string[]) => {
    if (!csv.write(record)) {
      await once(csv, 'drain');
    }
  };
  const header = write(columns.map((c) => c.header));
  return {
    async row(cells) {
      await header;
      await write(cells.map((value, i) => csvCell(value, columns[i]?.kind)));
    },
    async end() {
      await header;
      csv.end();
      await once(csv, 'end');
    },
  };
}

/** A writer of the format into `out` (which it ends). */
export function rowWriter(
  format: ExportFormat,
  out: Writable,
  options: { columns: readonly SheetColumn[]; sheetName: string },
): RowWriter {
  return format === 'xlsx'
    ? xlsxWriter(out, options.columns, options.sheetName)
    : csvWriter(out, options.columns);
}
