/** What an exportable list is: its filters, its rows page by page (through the list's own service), its columns. */
import type { z } from 'zod';
import { fenToYuan } from '../../domain/validation/money.js';
import { translate, type Locale } from '../../domain/messages/i18n.js';
import type { ExportListName } from '../../domain/exports/export.schema.js';
import { EXPORT_PAGE } from '../../domain/exports/export.schema.js';
import type { Actor } from '../../domain/roles.js';
import type { Db } from '../../db/connect.js';

/** How a cell is written: text, a number, or money in fen (written as 元 with two decimals). */
export type CellKind = 'text' | 'number' | 'money';
export type Cell = string | number | null;

/** What a column's value function may use: labels of codes in the export's language. */
export interface CellContext {
  readonly locale: Locale;
  /** The label of `<prefix>.<code>` in the catalogue, or the code when there is none. */
  label(prefix: string, code: string | null | undefined): string;
  yesNo(value: boolean | null | undefined): string;
}

export interface Column<T> {
  /** Catalogue key of the header (`export.col.*`). */
  readonly header: string;
  readonly kind?: CellKind;
  readonly width?: number;
  readonly value: (item: T, ctx: CellContext) => Cell;
}

export interface ExportRequest<Q> {
  readonly db: Db;
  readonly actor: Actor;
  readonly query: Q;
  /** Whole ID numbers asked for and allowed. */
  readonly wholeIdNumbers: boolean;
  readonly ip: string | null;
}

export interface ExportList<T, Q = unknown> {
  readonly name: ExportListName;
  /** The list's own filters (its list endpoint's query schema). */
  readonly query: z.ZodType<Q>;
  /** The rows, page by page, with the list's scope and permission checks. */
  readonly pages: (request: ExportRequest<Q>) => AsyncIterable<readonly T[]>;
  readonly columns: readonly Column<T>[];
}

/** Erase the item type, so lists of different rows sit in one table. */
export function defineList<T, Q>(list: ExportList<T, Q>): ExportList<unknown, unknown> {
  return list as unknown as ExportList<unknown, unknown>;
}

/** Walk a keyset-paginated list to its end, a page of EXPORT_PAGE rows at a time. */
export async function* keysetPages<Q extends object, T>(
  query: Q,
  fetch: (query: Q & { limit: number; cursor?: string }) => Promise<{
    items: readonly T[];
    nextCursor: string | null;
  }>,
): AsyncGenerator<readonly T[]> {
  let cursor: string | undefined;
  do {
    const page = await fetch({ ...query, limit: EXPORT_PAGE, ...(cursor ? { cursor } : {}) });
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

export function cellContext(locale: Locale): CellContext {
  return {
    locale,
    label(prefix, code) {
      if (code === null || code === undefined || code === '') {
        return '';
      }
      const key = `${prefix}.${code}`;
      const text = translate(locale, key);
      return text === key ? code : text;
    },
    yesNo(value) {
      if (value === null || value === undefined) {
        return '';
      }
      return translate(locale, value ? 'export.yes' : 'export.no');
    },
  };
}

/** A cell as CSV text: money as 元 with two decimals. */
export function csvCell(value: Cell, kind: CellKind = 'text'): string {
  if (value === null) {
    return '';
  }
  if (kind === 'money' && typeof value === 'number') {
    return fenToYuan(value);
  }
  return String(value);
}

/** The date part of an ISO instant (timestamps are shown as their day). */
export function day(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '';
}
