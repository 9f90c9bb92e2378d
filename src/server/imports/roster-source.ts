/** Read a roster file row by row: CSV (UTF-8 with or without BOM, or GBK) or the first sheet of an .xlsx. */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { ImportEncoding, ImportFormat } from '../../domain/imports/import.schema.js';

/** A row as read: its number in the file (1-based, as a spreadsheet shows it) and its cells as text. */
export interface SourceRow {
  readonly rowNumber: number;
  readonly cells: string[];
}

export interface RosterSource {
  readonly rows: AsyncIterable<SourceRow>;
  /** Bytes of the file read so far (for progress). */
  bytesRead(): number;
  /** Stop reading and release the file (also after an error). */
  close(): void;
}

const SAMPLE_BYTES = 64 * 1024;

/** UTF-8 if the first 64 KB are valid UTF-8 (a sequence cut at the end allowed), else GBK. */
export async function detectEncoding(path: string): Promise<'utf8' | 'gbk'> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await file.read(buffer, 0, SAMPLE_BYTES, 0);
    const sample = buffer.subarray(0, bytesRead);
    const cuts = bytesRead < SAMPLE_BYTES ? [0] : [0, 1, 2, 3];
    return cuts.some((cut) => isUtf8(sample.subarray(0, sample.length - cut))) ? 'utf8' : 'gbk';
  } finally {
    await file.close();
  }
}

/** The file as a stream that counts the bytes read through it; paused until someone reads it. */
function countingStream(path: string): {
  stream: Readable;
  bytesRead: () => number;
  close: () => void;
} {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  file.on('error', (error) => counter.destroy(error));
  return {
    stream: file.pipe(counter),
    bytesRead: () => bytes,
    close: () => {
      file.destroy();
      counter.destroy();
    },
  };
}

async function* csvRows(input: Readable): AsyncGenerator<SourceRow> {
  const parser = input.pipe(
    parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
  );
  let rowNumber = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    rowNumber += 1;
    yield { rowNumber, cells: record };
  }
}

/** Open a CSV roster in the given encoding (auto: detect UTF-8 or GBK). */
export async function openCsv(path: string, encoding: ImportEncoding): Promise<RosterSource> {
  const chosen = encoding === 'auto' ? await detectEncoding(path) : encoding;
  const { stream, bytesRead, close } = countingStream(path);
  const text: Readable =
    chosen === 'gbk' ? (stream.pipe(iconv.decodeStream('gbk')) as unknown as Readable) : stream;
  return { rows: csvRows(text), bytesRead, close };
}

/** The text of an exceljs cell value: dates as YYYY-MM-DD, rich text joined, formulas by result. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(v.richText)) {
      return v.richText.map((r) => r.text).join('');
    }
    if ('result' in v) {
      return cellText(v.result);
    }
    if (v.text !== undefined) {
      return cellText(v.text);
    }
  }
  return '';
}

async function* xlsxRows(input: Readable): AsyncGenerator<SourceRow> {
  // Loaded for .xlsx only: exceljs weighs ~27 MB that a CSV import has no use for.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  let first = true;
  for await (const sheet of reader) {
    if (!first) {
      // Only the first sheet is the roster; the rest (notes) are read past.
      for await (const _row of sheet) {
        // drain
      }
      continue;
    }
    first = false;
    for await (const row of sheet) {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      yield { rowNumber: row.number, cells: Array.from(values, (v) => cellText(v).trim()) };
    }
  }
}

/** Open the first sheet of an .xlsx roster. */
export function openXlsx(path: string): RosterSource {
  const { stream, bytesRead, close } = countingStream(path);
  return { rows: xlsxRows(stream), bytesRead, close };
}

/** Open a roster of either format. */
export async function openRosterSource(
  path: string,
  format: ImportFormat,
  encoding: ImportEncoding,
): Promise<RosterSource> {
  return format === 'xlsx' ? openXlsx(path) : openCsv(path, encoding);
}

/** The format of a file by its name, or null. */
export function formatOfName(name: string): ImportFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) {
    return 'xlsx';
  }
  return lower.endsWith('.csv') ? 'csv' : null;
}
