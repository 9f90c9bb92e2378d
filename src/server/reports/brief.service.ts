/**
 * The work brief: gathers the figures (the indicator service, in the actor's scope), photos and
 * consented quotes, composes the brief, renders the .docx and audits the act.
 */
import { today } from '../../domain/common.schema.js';
import { translate } from '../../domain/messages/i18n.js';
import { BRIEF_INDICATOR_IDS, composeBrief } from '../../domain/reports/brief.compose.js';
import {
  BRIEF_PERMISSION,
  type Brief,
  type BriefQuery,
} from '../../domain/reports/brief.schema.js';
import type { Actor } from '../../domain/roles.js';
import type { Conn } from '../../db/connect.js';
import { appendAudit } from '../../db/audit.repository.js';
import { newId } from '../../db/ids.js';
import { indicatorValues } from '../indicators/indicators.service.js';
import { assertCan, listScope } from '../registry/scope.js';
import { briefDocx } from './brief-docx.js';
import { briefPhotos, briefScopeNames, briefStories } from '../../db/brief.repository.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface BriefOptions {
  /** Where photo files live. */
  readonly dataDir: string;
  /** Who is recorded in the audit log: the signed-in user, or null for the command line. */
  readonly auditActor: Actor | null;
  /** The client's address, or 'cli'. */
  readonly ip: string;
  readonly today?: string;
}

/** The brief as data, within the actor's scope. @throws AppError forbidden */
export async function composeWorkBrief(
  db: Conn,
  actor: Actor,
  query: BriefQuery,
  day: string = today(),
): Promise<Brief> {
  assertCan(actor, BRIEF_PERMISSION);
  const scope = { query, cadreId: listScope(actor).cadreId };
  const { items } = await indicatorValues(
    db,
    actor,
    {
      from: query.from,
      to: query.to,
      region: query.region,
      unit: query.unit,
      ids: [...BRIEF_INDICATOR_IDS],
    },
    { locale: query.lang, today: day },
  );
  const [photos, stories, names] = await Promise.all([
    briefPhotos(db, scope),
    briefStories(db, scope),
    briefScopeNames(db, query),
  ]);
  return composeBrief({ query, ...names, values: items, photos, stories, today: day });
}

/** The file name of a brief, e.g. 工作简报-2026-01-01-2026-06-30.docx. */
export function briefFileName(query: BriefQuery): string {
  return `${translate(query.lang, 'brief.file_name')}-${query.from}-${query.to}.docx`;
}

/** The brief as a .docx file, audited. @throws AppError forbidden */
export async function workBriefFile(
  db: Conn,
  actor: Actor,
  query: BriefQuery,
  options: BriefOptions,
): Promise<{ fileName: string; contentType: string; bytes: Buffer; brief: Brief }> {
  const brief = await composeWorkBrief(db, actor, query, options.today);
  const bytes = await briefDocx(brief, options.dataDir);
  const figures = [...brief.summary, ...brief.sections.flatMap((s) => s.figures)];
  await appendAudit(db, [
    {
      actor: options.auditActor,
      action: 'export',
      entity: 'report.brief',
      entityId: newId(),
      after: {
        query,
        by: options.auditActor ? 'user' : 'cli',
        figures: figures.map((f) => ({ id: f.indicatorId, value: f.value })),
        photos: brief.sections.flatMap((s) => s.photos.map((p) => p.photoId)),
        stories: brief.sections.flatMap((s) => s.quotes.map((q) => q.storyId)),
        bytes: bytes.length,
      },
      ip: options.ip,
    },
  ]);
  return { fileName: briefFileName(query), contentType: DOCX_TYPE, bytes, brief };
}
