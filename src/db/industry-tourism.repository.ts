/** Rural tourism projects with visitors and revenue per year. */
import type { TourismKind } from '../domain/industry/enums.js';
import type {
  TourismListQuery,
  TourismProject,
  TourismYear,
} from '../domain/industry/tourism.schema.js';
import type { Conn } from './connect.js';
import { pageOf } from './cursor.js';
import type { TourismProjectsTable, TourismYearsTable } from './tables/industry.js';
import {
  beforeCursor,
  insertRows,
  numOrNull,
  recordMetaOf,
} from './training-records.repository.js';

function selectProjects(db: Conn) {
  return db
    .selectFrom('tourism_projects as t')
    .innerJoin('regions as r', 'r.code', 't.village_code')
    .selectAll('t')
    .select('r.name as village_name');
}

type ProjectRow = TourismProjectsTable & { village_name: string };

/** The yearly figures of many projects in one query. */
async function yearsOf(db: Conn, ids: readonly string[]): Promise<Map<string, TourismYear[]>> {
  const byProject = new Map<string, TourismYear[]>();
  if (ids.length === 0) {
    return byProject;
  }
  const rows = await db
    .selectFrom('tourism_years')
    .selectAll()
    .where('project_id', 'in', ids)
    .orderBy('year')
    .execute();
  for (const r of rows) {
    const year = {
      year: Number(r.year),
      visitors: numOrNull(r.visitors),
      revenueFen: numOrNull(r.revenue_fen),
    };
    byProject.set(r.project_id, [...(byProject.get(r.project_id) ?? []), year]);
  }
  return byProject;
}

async function toProjects(db: Conn, rows: readonly ProjectRow[]): Promise<TourismProject[]> {
  const years = await yearsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    villageCode: r.village_code,
    villageName: r.village_name,
    name: r.name,
    kind: r.kind as TourismKind,
    openedOn: r.opened_on,
    description: r.description,
    years: years.get(r.id) ?? [],
    ...recordMetaOf(r),
  }));
}

/** Insert projects and their yearly figures in batches. */
export async function insertTourismProjects(
  db: Conn,
  rows: readonly TourismProjectsTable[],
  years: readonly TourismYearsTable[] = [],
): Promise<void> {
  await insertRows(db, 'tourism_projects', rows);
  await insertRows(db, 'tourism_years', years);
}

export async function findTourismProject(
  db: Conn,
  id: string,
): Promise<TourismProject | undefined> {
  const row = await selectProjects(db).where('t.id', '=', id).executeTakeFirst();
  return row ? (await toProjects(db, [row]))[0] : undefined;
}

/** A keyset page of projects, newest opened first. */
export async function listTourismProjects(db: Conn, query: TourismListQuery) {
  let q = selectProjects(db)
    .orderBy('t.opened_on', 'desc')
    .orderBy('t.id', 'desc')
    .limit(query.limit + 1);
  if (!query.includeVoided) {
    q = q.where('t.voided_at', 'is', null);
  }
  if (query.village) {
    q = q.where('t.village_code', '=', query.village);
  }
  if (query.kind) {
    q = q.where('t.kind', '=', query.kind);
  }
  if (query.from) {
    q = q.where('t.opened_on', '>=', query.from);
  }
  if (query.to) {
    q = q.where('t.opened_on', '<=', query.to);
  }
  if (query.cursor) {
    q = q.where(beforeCursor('t.opened_on', 't.id', query.cursor));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.opened_on, r.id]);
  return { items: await toProjects(db, page.items), nextCursor: page.nextCursor };
}

export async function updateTourismProject(
  db: Conn,
  id: string,
  set: Partial<Omit<TourismProjectsTable, 'id'>>,
): Promise<void> {
  await db.updateTable('tourism_projects').set(set).where('id', '=', id).execute();
}

/** Replace the yearly figures of a project. */
export async function replaceTourismYears(
  db: Conn,
  id: string,
  years: readonly TourismYear[],
): Promise<void> {
  await db.deleteFrom('tourism_years').where('project_id', '=', id).execute();
  await insertRows(
    db,
    'tourism_years',
    years.map((y) => ({
      project_id: id,
      year: y.year,
      visitors: y.visitors,
      revenue_fen: y.revenueFen,
    })),
  );
}
