/** Photo records of activities: the files live on disk by content hash; rows here. */
import type { Photo, PhotoMime } from '../domain/activities/photo.schema.js';
import type { Conn } from './connect.js';
import type { PhotosTable } from './tables/activities.js';

/** A photo as the domain sees it (URLs are added by the presenter). */
export type PhotoRecord = Omit<Photo, 'fileUrl' | 'thumbUrl'> & { readonly thumbSha256: string };

function toRecord(r: PhotosTable): PhotoRecord {
  return {
    id: r.id,
    activityId: r.activity_id,
    mime: r.mime as PhotoMime,
    width: Number(r.width),
    height: Number(r.height),
    bytes: Number(r.bytes),
    sha256: r.sha256,
    thumbSha256: r.thumb_sha256,
    takenAt: r.taken_at,
    caption: r.caption,
    createdAt: r.created_at,
    createdBy: r.created_by,
    voidedAt: r.voided_at,
    voidReason: r.void_reason,
  };
}

/** Insert photo rows. */
export async function insertPhotos(db: Conn, photos: readonly PhotoRecord[]): Promise<void> {
  if (photos.length === 0) {
    return;
  }
  await db
    .insertInto('photos')
    .values(
      photos.map((p) => ({
        id: p.id,
        activity_id: p.activityId,
        sha256: p.sha256,
        mime: p.mime,
        width: p.width,
        height: p.height,
        bytes: p.bytes,
        thumb_sha256: p.thumbSha256,
        taken_at: p.takenAt,
        caption: p.caption,
        created_at: p.createdAt,
        created_by: p.createdBy,
        updated_at: p.createdAt,
        voided_at: null,
        voided_by: null,
        void_reason: null,
      })),
    )
    .execute();
}

/** One photo record by id (void or not), or undefined. */
export async function findPhoto(db: Conn, id: string): Promise<PhotoRecord | undefined> {
  const row = await db.selectFrom('photos').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** A photo of this activity with the same stored content that is not void, if any. */
export async function findSamePhoto(
  db: Conn,
  activityId: string,
  sha256: string,
): Promise<PhotoRecord | undefined> {
  const row = await db
    .selectFrom('photos')
    .selectAll()
    .where('activity_id', '=', activityId)
    .where('sha256', '=', sha256)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** The photos of an activity that are not void, oldest first. */
export async function listPhotosOf(db: Conn, activityId: string): Promise<PhotoRecord[]> {
  const rows = await db
    .selectFrom('photos')
    .selectAll()
    .where('activity_id', '=', activityId)
    .where('voided_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map(toRecord);
}

/** Replace a photo's caption. */
export async function updateCaption(
  db: Conn,
  id: string,
  caption: string,
  at: string,
): Promise<void> {
  await db.updateTable('photos').set({ caption, updated_at: at }).where('id', '=', id).execute();
}

/** Mark a photo void: kept for the record, no longer listed or served. */
export async function voidPhoto(
  db: Conn,
  id: string,
  v: { by: string; reason: string; at: string },
): Promise<void> {
  await db
    .updateTable('photos')
    .set({ voided_at: v.at, voided_by: v.by, void_reason: v.reason, updated_at: v.at })
    .where('id', '=', id)
    .execute();
}

/** Whether any photo row (void or not) refers to this content as photo or thumbnail. */
export async function contentInUse(db: Conn, sha256: string): Promise<boolean> {
  const row = await db
    .selectFrom('photos')
    .select('id')
    .where((eb) => eb.or([eb('sha256', '=', sha256), eb('thumb_sha256', '=', sha256)]))
    .executeTakeFirst();
  return row !== undefined;
}
