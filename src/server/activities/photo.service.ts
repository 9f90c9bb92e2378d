/** Photo evidence of activities: add (processed, deduplicated), read, caption, void, serve files. */
import { basename } from 'node:path';
import { AppError, notFound } from '../../domain/errors.js';
import { extensionOf } from '../../domain/activities/image-sniff.js';
import type { Photo } from '../../domain/activities/photo.schema.js';
import type { Actor } from '../../domain/roles.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import {
  contentInUse,
  findPhoto,
  findSamePhoto,
  insertPhotos,
  updateCaption,
  voidPhoto,
  type PhotoRecord,
} from '../../db/photo.repository.js';
import { assertCan } from '../registry/scope.js';
import { assertMayChange, visibleActivity } from './activity-scope.js';
import { preparePhoto, type PreparedPhoto } from './photo-image.js';
import { photoPath, removeFiles, storeContent, THUMB_EXT } from './photo-store.js';
import { presentPhoto } from './presenters.js';

/** The activity a photo may be added to or changed on. @throws AppError */
async function changeableActivity(db: Conn, actor: Actor, activityId: string) {
  const activity = await visibleActivity(db, actor, activityId);
  assertMayChange(actor, activity);
  if (activity.voidedAt) {
    throw new AppError('conflict', { key: 'error.activity_voided' });
  }
  return activity;
}

/** Remove files made by a failed upload unless a row refers to their content after all. */
async function cleanUp(db: Db, created: readonly string[]): Promise<void> {
  const orphans: string[] = [];
  for (const path of created) {
    if (!(await contentInUse(db, basename(path).split('.')[0] ?? ''))) {
      orphans.push(path);
    }
  }
  await removeFiles(orphans);
}

/** Write the photo and its thumbnail, noting each file this call created. */
async function storeFiles(dataDir: string, p: PreparedPhoto, created: string[]): Promise<void> {
  for (const [sha, ext, data] of [
    [p.sha256, p.ext, p.data],
    [p.thumbSha256, THUMB_EXT, p.thumb],
  ] as const) {
    const path = await storeContent(dataDir, sha, ext, data);
    if (path) {
      created.push(path);
    }
  }
}

function recordOf(
  p: PreparedPhoto,
  activityId: string,
  actor: Actor,
  caption: string,
): PhotoRecord {
  const at = nowIso();
  return {
    id: newId(),
    activityId,
    mime: p.mime,
    width: p.width,
    height: p.height,
    bytes: p.data.length,
    sha256: p.sha256,
    thumbSha256: p.thumbSha256,
    takenAt: p.takenAt,
    caption,
    createdAt: at,
    createdBy: actor.userId,
    voidedAt: null,
    voidReason: null,
  };
}

/**
 * Add a photo to an activity. The same content on the same activity answers the existing photo
 * (`created: false`). Files and row land together or not at all.
 * @throws AppError forbidden | not_found | conflict | unsupported_media | validation
 */
export async function addPhoto(
  deps: { db: Db; dataDir: string },
  actor: Actor,
  upload: { activityId: string; bytes: Buffer; caption: string },
): Promise<{ photo: Photo; created: boolean }> {
  assertCan(actor, 'activity.write');
  await changeableActivity(deps.db, actor, upload.activityId);
  const prepared = await preparePhoto(upload.bytes);
  const created: string[] = [];
  try {
    return await deps.db.transaction().execute(async (tx) => {
      await changeableActivity(tx, actor, upload.activityId);
      const same = await findSamePhoto(tx, upload.activityId, prepared.sha256);
      if (same) {
        return { photo: presentPhoto(same), created: false };
      }
      const record = recordOf(prepared, upload.activityId, actor, upload.caption);
      await insertPhotos(tx, [record]);
      await appendAudit(tx, [
        { actor, action: 'create', entity: 'photo', entityId: record.id, after: record },
      ]);
      await storeFiles(deps.dataDir, prepared, created);
      return { photo: presentPhoto(record), created: true };
    });
  } catch (error) {
    await cleanUp(deps.db, created);
    throw error;
  }
}

/** A photo the actor may see (through its activity). @throws AppError not_found */
async function visiblePhoto(db: Conn, actor: Actor, id: string): Promise<PhotoRecord> {
  const photo = await findPhoto(db, id);
  if (!photo) {
    throw notFound('photo');
  }
  await visibleActivity(db, actor, photo.activityId);
  return photo;
}

/** A photo's metadata, for whoever may see its activity. @throws AppError not_found */
export async function readPhoto(db: Db, actor: Actor, id: string): Promise<Photo> {
  assertCan(actor, 'measures.read');
  return presentPhoto(await visiblePhoto(db, actor, id));
}

/** Where the bytes of a photo or its thumbnail are; a void photo is no longer served. */
export async function photoFile(
  deps: { db: Db; dataDir: string },
  actor: Actor,
  request: { id: string; variant: 'file' | 'thumb' },
): Promise<{ path: string; mime: string }> {
  assertCan(actor, 'measures.read');
  const photo = await visiblePhoto(deps.db, actor, request.id);
  if (photo.voidedAt) {
    throw notFound('photo');
  }
  return request.variant === 'file'
    ? { path: photoPath(deps.dataDir, photo.sha256, extensionOf(photo.mime)), mime: photo.mime }
    : { path: photoPath(deps.dataDir, photo.thumbSha256, THUMB_EXT), mime: 'image/webp' };
}

/** Change a caption, or void a photo (reason optional): audited with before and after. */
export async function changePhoto(
  db: Db,
  actor: Actor,
  request: { id: string; caption?: string; voidReason?: string },
): Promise<Photo> {
  assertCan(actor, 'activity.write');
  return db.transaction().execute(async (tx) => {
    const before = await visiblePhoto(tx, actor, request.id);
    await changeableActivity(tx, actor, before.activityId);
    if (before.voidedAt) {
      throw new AppError('conflict', { key: 'error.photo_voided' });
    }
    const at = nowIso();
    if (request.voidReason !== undefined) {
      await voidPhoto(tx, before.id, { by: actor.userId, reason: request.voidReason, at });
    } else if (request.caption !== undefined) {
      await updateCaption(tx, before.id, request.caption, at);
    }
    const after = (await findPhoto(tx, before.id)) ?? before;
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'photo', entityId: before.id, before, after },
    ]);
    return presentPhoto(after);
  });
}
