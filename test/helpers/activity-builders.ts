/** Builders for activities, lecturers and multipart uploads. */
import type { FastifyInstance } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/server/app.js';
import type { TestDb } from './db.js';
import type { Db } from '../../src/db/connect.js';
import { newId, nowIso } from '../../src/db/ids.js';
import { ActivityCreate } from '../../src/domain/activities/activity.schema.js';
import type { Actor } from '../../src/domain/roles.js';
import { recordActivity } from '../../src/server/activities/activity.service.js';
import { VILLAGE } from './builders.js';

/** A coordinator-like actor for building records without HTTP. */
export const BUILDER_ACTOR: Actor = { userId: 'builder', role: 'coordinator', cadreId: null };

/** An ISO date-time `days` before now (Beijing time is not needed: it is an instant). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString();
}

/** A valid activity input: a micro-classroom in the test village an hour ago. */
export function activityInput(overrides: Record<string, unknown> = {}): ActivityCreate {
  return ActivityCreate.parse({
    measure: 'education',
    typeCode: 'micro_classroom',
    occurredAt: daysAgo(1 / 24),
    villageCode: VILLAGE,
    topic: '微课堂：惠民政策',
    ...overrides,
  });
}

/** Record an activity through the service, as a coordinator unless told otherwise. */
export async function buildActivity(
  db: Db,
  overrides: Record<string, unknown> = {},
  actor: Actor = BUILDER_ACTOR,
): Promise<string> {
  return recordActivity(db, actor, activityInput(overrides));
}

/** The ids of a household's members, in registration order. */
export async function memberIds(db: Db, householdId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('persons')
    .select('id')
    .where('household_id', '=', householdId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Flag a person as a trained lecturer directly. */
export async function buildLecturer(db: Db, personId: string, trainedOn = '2026-01-10') {
  const person = await db
    .selectFrom('persons')
    .select('household_id')
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('activity_lecturers')
    .values({
      id: newId(),
      person_id: personId,
      household_id: person.household_id,
      trained_on: trainedOn,
      notes: '',
      created_at: nowIso(),
      created_by: null,
    })
    .execute();
}

/** A file part of a multipart body. */
export interface FilePart {
  readonly field?: string;
  readonly filename: string;
  readonly type: string;
  readonly data: Buffer;
}

/** A multipart/form-data body with text fields and any number of files. */
export function multipart(
  fields: Record<string, string>,
  files?: FilePart | readonly FilePart[],
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----bangfu${newId().replace(/-/g, '')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  for (const file of files === undefined ? [] : 'data' in files ? [files] : files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** An app over a test database whose data directory the test can look into. */
export async function buildPhotoTestApp(
  handle: TestDb,
): Promise<{ app: FastifyInstance; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bangfu-photos-'));
  const app = await buildApp({
    handle,
    sessionSecret: 'test-secret-test-secret-test-secret-0123',
    cookieSecure: 'false',
    dataDir,
  });
  await app.ready();
  return { app, dataDir };
}
