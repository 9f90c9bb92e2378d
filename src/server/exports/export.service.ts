/** Run an export: the list's own filters and scope, rows streamed page by page, the act audited. */
import { PassThrough, type Readable } from 'node:stream';
import { today } from '../../domain/common.schema.js';
import { AppError, invalid } from '../../domain/errors.js';
import {
  ExportOptions,
  type ExportFormat,
  type ExportListName,
} from '../../domain/exports/export.schema.js';
import { translate, type Locale } from '../../domain/messages/i18n.js';
import { can, type Actor } from '../../domain/roles.js';
import { issuesToFields } from '../../domain/validation/zod-issues.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Db } from '../../db/connect.js';
import { newId } from '../../db/ids.js';
import { cellContext, type ExportList } from './export-list.js';
import { MEASURE_LISTS } from './export-measure-lists.js';
import { REGISTRY_LISTS } from './export-registry-lists.js';
import { rowWriter } from './export-writer.js';

const LISTS: ReadonlyMap<string, ExportList<unknown, unknown>> = new Map(
  [...REGISTRY_LISTS, ...MEASURE_LISTS].map((l) => [l.name, l]),
);

export interface ExportStart {
  readonly fileName: string;
  readonly contentType: string;
  readonly stream: Readable;
  /** Settles when every row is written and the export audited (the stream then ends). */
  readonly done: Promise<void>;
}

function parseFilters(list: ExportList<unknown, unknown>, query: Record<string, unknown>) {
  const { idNumbers, ...filters } = query;
  const options = ExportOptions.safeParse({ idNumbers }, { reportInput: true });
  const parsed = list.query.safeParse(filters, { reportInput: true });
  const problems = [
    ...(options.success ? [] : issuesToFields(options.error.issues)),
    ...(parsed.success ? [] : issuesToFields(parsed.error.issues)),
  ];
  if (!options.success || !parsed.success || problems.length > 0) {
    throw invalid(problems);
  }
  return { options: options.data, filters: parsed.data };
}

/** The filters as the audit records them: without paging. */
function auditedFilters(query: Record<string, unknown>): Record<string, unknown> {
  const { limit: _l, cursor: _c, ...rest } = query;
  return rest;
}

/**
 * Start an export: checks the filters, the permission and the first page before anything is sent,
 * then streams. @throws AppError validation | forbidden | not_found, as the list itself would.
 */
export async function startExport(
  db: Db,
  actor: Actor,
  request: {
    list: ExportListName;
    format: ExportFormat;
    query: Record<string, unknown>;
    locale: Locale;
    ip: string | null;
  },
): Promise<ExportStart> {
  const list = LISTS.get(request.list);
  if (!list) {
    throw new AppError('not_found');
  }
  const { options, filters } = parseFilters(list, request.query);
  const whole = options.idNumbers === 'whole';
  if (whole && !can(actor.role, 'id_number.reveal')) {
    throw new AppError('forbidden');
  }
  const pages = list.pages({ db, actor, query: filters, wholeIdNumbers: whole, ip: request.ip });
  const iterator = pages[Symbol.asyncIterator]();
  const first = await iterator.next();
  const { locale } = request;
  const title = translate(locale, `export.list.${list.name}`);
  const stream = new PassThrough();
  const writer = rowWriter(request.format, stream, {
    sheetName: title,
    columns: list.columns.map((c) => ({
      header: translate(locale, c.header),
      kind: c.kind ?? 'text',
      width: c.width ?? 14,
    })),
  });
  const ctx = cellContext(locale);
  const done = (async () => {
    let rows = 0;
    for (let page = first; !page.done; page = await iterator.next()) {
      for (const item of page.value) {
        await writer.row(list.columns.map((c) => c.value(item, ctx)));
        rows += 1;
      }
    }
    const id = newId();
    const after = {
      list: list.name,
      format: request.format,
      filters: auditedFilters(request.query),
      rows,
    };
    await appendAudit(db, [
      { actor, action: 'export', entity: list.name, entityId: id, after, ip: request.ip },
      ...(whole
        ? [
            {
              actor,
              action: 'reveal_id_number' as const,
              entity: 'export',
              entityId: id,
              after,
              ip: request.ip,
            },
          ]
        : []),
    ]);
    await writer.end();
  })().catch((error: unknown) => {
    stream.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  });
  return {
    fileName: `${title}-${today()}.${request.format}`,
    contentType:
      request.format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
    stream,
    done,
  };
}
