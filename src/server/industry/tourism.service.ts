/** Rural tourism projects: create, read, list, correct (yearly figures replaced), void. */
import { invalid, notFound } from '../../domain/errors.js';
import type {
  TourismCreate,
  TourismListQuery,
  TourismPatch,
  TourismProject,
} from '../../domain/industry/tourism.schema.js';
import type { Actor } from '../../domain/roles.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import {
  findTourismProject,
  insertTourismProjects,
  listTourismProjects,
  replaceTourismYears,
  updateTourismProject,
} from '../../db/industry-tourism.repository.js';
import { newRecordColumns } from '../../db/training-records.repository.js';
import { assertCan } from '../registry/scope.js';
import { assertNotVoided, givenFields, voidAudited } from '../training/records.js';
import { referenceProblems } from './references.js';

/** A tourism project. @throws AppError not_found */
export async function readTourismProject(
  db: Conn,
  actor: Actor,
  id: string,
): Promise<TourismProject> {
  assertCan(actor, 'measures.read');
  const project = await findTourismProject(db, id);
  if (!project) {
    throw notFound('tourism_project');
  }
  return project;
}

export async function createTourismProject(db: Db, actor: Actor, input: TourismCreate) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) => {
    const problems = await referenceProblems(tx, input);
    if (problems.length > 0) {
      throw invalid(problems);
    }
    const id = newId();
    await insertTourismProjects(
      tx,
      [
        {
          id,
          village_code: input.villageCode,
          name: input.name,
          kind: input.kind,
          opened_on: input.openedOn,
          description: input.description,
          ...newRecordColumns(actor.userId, nowIso()),
        },
      ],
      input.years.map((y) => ({
        project_id: id,
        year: y.year,
        visitors: y.visitors,
        revenue_fen: y.revenueFen,
      })),
    );
    const after = await readTourismProject(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'create', entity: 'tourism_project', entityId: id, after },
    ]);
    return after;
  });
}

export async function listTourismFor(db: Db, actor: Actor, query: TourismListQuery) {
  assertCan(actor, 'measures.read');
  return listTourismProjects(db, query);
}

export async function correctTourismProject(db: Db, actor: Actor, id: string, patch: TourismPatch) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) => {
    const before = await readTourismProject(tx, actor, id);
    assertNotVoided(before);
    const problems = await referenceProblems(tx, patch);
    if (problems.length > 0) {
      throw invalid(problems);
    }
    const { years, ...fields } = givenFields(patch);
    await updateTourismProject(tx, id, {
      ...(fields.villageCode !== undefined ? { village_code: fields.villageCode } : {}),
      ...(fields.name !== undefined ? { name: fields.name } : {}),
      ...(fields.kind !== undefined ? { kind: fields.kind } : {}),
      ...(fields.openedOn !== undefined ? { opened_on: fields.openedOn } : {}),
      ...(fields.description !== undefined ? { description: fields.description } : {}),
      updated_at: nowIso(),
    });
    if (years) {
      await replaceTourismYears(tx, id, years);
    }
    const after = await readTourismProject(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'tourism_project', entityId: id, before, after },
    ]);
    return after;
  });
}

export async function voidTourismProject(db: Db, actor: Actor, id: string, reason: string) {
  assertCan(actor, 'industry.write');
  return db.transaction().execute(async (tx) =>
    voidAudited(tx, {
      actor,
      table: 'tourism_projects',
      entity: 'tourism_project',
      before: await readTourismProject(tx, actor, id),
      id,
      reason,
      at: nowIso(),
      reload: () => readTourismProject(tx, actor, id),
    }),
  );
}
