/** From a roster's rows to batches of households: find the header, skip blank lines, group members. */
import { AppError } from '../../domain/errors.js';
import type { ImportMapping } from '../../domain/imports/import.schema.js';
import {
  HEADER_SYNONYMS,
  headerScore,
  normalizeHeader,
  resolveColumns,
  type RosterField,
} from '../../domain/imports/roster-fields.js';
import { rowValues, type RosterRow } from '../../domain/imports/roster-row.js';
import { parseChoice } from '../../domain/imports/roster-values.js';
import { parseIdNumber } from '../../domain/validation/id-number.js';
import type { SourceRow } from './roster-source.js';

/** Rows looked at to find the header (title rows may come first). */
const HEADER_SEARCH_ROWS = 10;

export interface RosterHeader {
  /** The header as written (a merged cell's text spread under it), for the error report. */
  readonly cells: readonly string[];
  readonly fields: readonly (RosterField | null)[];
  readonly rowNumber: number;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim().length === 0);
}

function mappingScore(cells: readonly string[], mapping: ImportMapping): number {
  const keys = new Set(Object.keys(mapping).map(normalizeHeader));
  return cells.filter((c) => keys.has(normalizeHeader(c))).length;
}

/**
 * Pick the header among the first rows: the one naming most known columns. A cell left empty by a
 * cell merged from the row above (a two-row header) takes the text above it.
 * @throws AppError validation when no header is found or required columns are missing
 */
export function chooseHeader(rows: readonly SourceRow[], mapping: ImportMapping): RosterHeader {
  const combined = rows.map((row, i) => {
    const above = rows[i - 1]?.cells ?? [];
    const width = Math.max(row.cells.length, above.length);
    return Array.from({ length: width }, (_, c) => {
      const own = (row.cells[c] ?? '').trim();
      return own.length > 0 ? own : (above[c] ?? '').trim();
    });
  });
  let best = -1;
  let bestScore = 0;
  combined.forEach((cells, i) => {
    const score = headerScore(cells) + mappingScore(cells, mapping);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  const header = rows[best];
  const cells = combined[best];
  if (!header || !cells || bestScore === 0) {
    throw new AppError('validation', { key: 'error.import_no_header' });
  }
  const resolved = resolveColumns(cells, mapping);
  if (resolved.missing.length > 0) {
    throw new AppError('validation', {
      key: 'error.import_missing_columns',
      params: {
        columns: resolved.missing.map((f) => `${HEADER_SYNONYMS[f][0] ?? f} (${f})`).join(', '),
      },
    });
  }
  return { cells, fields: resolved.fields, rowNumber: header.rowNumber };
}

export interface RowCounter {
  rows: number;
  blankRows: number;
}

/** The data rows after the header, blank lines counted and skipped. */
export async function* dataRows(
  source: AsyncIterable<SourceRow>,
  mapping: ImportMapping,
  counter: RowCounter,
  onHeader: (header: RosterHeader) => void,
): AsyncGenerator<RosterRow> {
  const iterator = source[Symbol.asyncIterator]();
  const head: SourceRow[] = [];
  while (head.filter((r) => !isBlank(r.cells)).length < HEADER_SEARCH_ROWS) {
    const next = await iterator.next();
    if (next.done) {
      break;
    }
    head.push(next.value);
  }
  const header = chooseHeader(
    head.filter((r) => !isBlank(r.cells)),
    mapping,
  );
  onHeader(header);
  const toRow = (r: SourceRow): RosterRow => ({
    rowNumber: r.rowNumber,
    cells: r.cells,
    values: rowValues(r.cells, header.fields),
  });
  const take = (r: SourceRow): RosterRow | null => {
    if (r.rowNumber <= header.rowNumber) {
      return null;
    }
    if (isBlank(r.cells)) {
      counter.blankRows += 1;
      return null;
    }
    counter.rows += 1;
    return toRow(r);
  };
  for (const r of head) {
    const row = take(r);
    if (row) {
      yield row;
    }
  }
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const row = take(next.value);
    if (row) {
      yield row;
    }
  }
}

function idKey(raw: string): string {
  const parsed = parseIdNumber(raw, '9999-12-31');
  return parsed.ok ? parsed.id.value : raw.replace(/\s+/g, '').toUpperCase();
}

/** The rows of one household of the file. */
export interface RosterGroup {
  readonly key: string;
  readonly rows: RosterRow[];
}

/**
 * Which household a row belongs to: its household key, else its head's ID number, else (a head's
 * row) its own ID number; a member row without either joins the household of the rows before it.
 */
function groupKey(row: RosterRow, previous: string | null): string {
  const v = row.values;
  if (v.householdKey) {
    return `k:${v.householdKey}`;
  }
  if (v.headIdNumber) {
    return `h:${idKey(v.headIdNumber)}`;
  }
  const isHead = v.relation !== undefined && parseChoice('relation', v.relation) === 'head';
  if (isHead) {
    return v.idNumber ? `h:${idKey(v.idNumber)}` : `r:${row.rowNumber}`;
  }
  return previous ?? `r:${row.rowNumber}`;
}

/**
 * Batches of about `size` households. A household's rows are gathered within a batch; rows that come
 * back after their batch was handed on form a household of their own (and fail its checks).
 */
export async function* householdBatches(
  rows: AsyncIterable<RosterRow>,
  size: number,
): AsyncGenerator<RosterGroup[]> {
  let batch = new Map<string, RosterGroup>();
  let previous: string | null = null;
  for await (const row of rows) {
    const key = groupKey(row, previous);
    previous = key;
    const group = batch.get(key);
    if (group) {
      group.rows.push(row);
      continue;
    }
    if (batch.size >= size) {
      yield [...batch.values()];
      batch = new Map();
    }
    batch.set(key, { key, rows: [row] });
  }
  if (batch.size > 0) {
    yield [...batch.values()];
  }
}
