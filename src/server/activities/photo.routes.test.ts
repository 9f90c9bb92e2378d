import type { FastifyInstance } from 'fastify';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exifTakenAt } from '../../domain/activities/exif.js';
import { preparePhoto } from './photo-image.js';
import {
  buildActivity,
  buildPhotoTestApp,
  multipart,
  type FilePart,
} from '../../../test/helpers/activity-builders.js';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
} from '../../../test/helpers/builders.js';
import { as, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { phoneJpeg, plainPng, truncatedJpeg } from '../../../test/fixtures/photos.js';

interface PhotoBody {
  id: string;
  mime: string;
  width: number;
  height: number;
  sha256: string;
  takenAt: string | null;
  caption: string;
  voidedAt: string | null;
  fileUrl: string;
  thumbUrl: string;
}

/** The GPS IFD pointer (tag 0x8825, type LONG, count 1) as it sits in a little-endian EXIF block. */
const GPS_POINTER = Buffer.from([0x25, 0x88, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00]);

/** Every file under the photo store. */
function storedFiles(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, 'photos'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name);
  } catch {
    return [];
  }
}

describe.each(dialects)('activity photos over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let dataDir: string;
  let coordinator: ReturnType<typeof as>;
  let activityId: string;

  const upload = (
    who: ReturnType<typeof as>,
    id: string,
    file: FilePart | readonly FilePart[] | undefined,
    caption = '9月，结亲干部给结对亲戚家的孩子讲故事',
  ) => {
    const body = multipart({ caption }, file);
    return who('POST', `/api/v1/activities/${id}/photos`, body.payload, body.headers);
  };
  const photoRows = async () =>
    Number(
      (
        await t.db
          .selectFrom('photos')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await openTestDb(dialect);
    ({ app, dataDir } = await buildPhotoTestApp(t));
    await buildVillage(t.db);
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    activityId = await buildActivity(t.db);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('stores a phone JPEG upright, without EXIF or GPS, keeping when it was taken', async () => {
    const input = await phoneJpeg();
    const inputMeta = await sharp(input).metadata();
    expect(inputMeta.orientation).toBe(6);
    expect(inputMeta.exif?.includes(GPS_POINTER)).toBe(true);
    expect(exifTakenAt(inputMeta.exif)).toBe('2026-09-12T10:30:00+08:00');

    const res = await upload(coordinator, activityId, {
      filename: 'IMG_0001.JPG',
      type: 'image/jpeg',
      data: input,
    });
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json<PhotoBody>();
    expect(photo).toMatchObject({
      mime: 'image/jpeg',
      width: 20,
      height: 40,
      takenAt: '2026-09-12T10:30:00+08:00',
      caption: '9月，结亲干部给结对亲戚家的孩子讲故事',
    });

    const file = await coordinator('GET', photo.fileUrl);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    const stored = await sharp(file.rawPayload).metadata();
    expect(stored.exif).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
    expect([stored.width, stored.height]).toEqual([20, 40]);
    expect(file.rawPayload.includes(GPS_POINTER)).toBe(false);

    const thumb = await coordinator('GET', photo.thumbUrl);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect((await sharp(thumb.rawPayload).metadata()).format).toBe('webp');
    expect(storedFiles(dataDir).sort()).toEqual(
      [`${photo.sha256}.jpg`, expect.stringMatching(/\.webp$/) as string].sort(),
    );

    const detail = await coordinator('GET', `/api/v1/activities/${activityId}`);
    expect(detail.json<{ photos: { id: string }[]; photoCount: number }>()).toMatchObject({
      photos: [{ id: photo.id }],
      photoCount: 1,
    });
  });

  it('accepts a photo larger than the 1 MB limit of JSON bodies', async () => {
    const noise = Buffer.alloc(900 * 900 * 3);
    for (let i = 0; i < noise.length; i += 1) {
      noise[i] = (i * 7919) % 251;
    }
    const data = await sharp(noise, { raw: { width: 900, height: 900, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(data.length).toBeGreaterThan(2 * 1024 * 1024);
    const res = await upload(coordinator, activityId, {
      filename: 'big.png',
      type: 'image/png',
      data,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<PhotoBody>()).toMatchObject({ mime: 'image/png', width: 900, height: 900 });
  });

  it('keeps one file for identical content and answers the existing photo again', async () => {
    const png = await plainPng();
    const first = await upload(coordinator, activityId, {
      filename: 'a.png',
      type: 'image/png',
      data: png,
    });
    expect(first.statusCode, first.body).toBe(201);
    const files = storedFiles(dataDir).length;
    const again = await upload(coordinator, activityId, {
      filename: 'b.png',
      type: 'image/png',
      data: png,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<PhotoBody>().id).toBe(first.json<PhotoBody>().id);
    const other = await buildActivity(t.db);
    const elsewhere = await upload(coordinator, other, {
      filename: 'c.png',
      type: 'image/png',
      data: png,
    });
    expect(elsewhere.statusCode).toBe(201);
    expect(elsewhere.json<PhotoBody>().sha256).toBe(first.json<PhotoBody>().sha256);
    expect(storedFiles(dataDir).length).toBe(files);
  });

  it('refuses a renamed text file with 415 and leaves no file and no row', async () => {
    const rows = await photoRows();
    const files = storedFiles(dataDir).length;
    const res = await upload(coordinator, activityId, {
      filename: 'photo.jpg',
      type: 'image/jpeg',
      data: Buffer.from('这不是照片，只是一段文字。\n'.repeat(20)),
    });
    expect(res.statusCode).toBe(415);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('unsupported_media');
    expect(await photoRows()).toBe(rows);
    expect(storedFiles(dataDir).length).toBe(files);
  });

  it('refuses a damaged image, a missing or second file (422), JSON (415) and over 15 MB (413)', async () => {
    const rows = await photoRows();
    const files = storedFiles(dataDir).length;
    const broken = await upload(coordinator, activityId, {
      filename: 'x.jpg',
      type: 'image/jpeg',
      data: await truncatedJpeg(),
    });
    expect(broken.statusCode).toBe(422);
    expect(broken.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'file',
    );
    const huge = Buffer.concat([await phoneJpeg(), Buffer.alloc(16 * 1024 * 1024, 0)]);
    const big = await upload(coordinator, activityId, {
      filename: 'big.jpg',
      type: 'image/jpeg',
      data: huge,
    });
    expect(big.statusCode).toBe(413);
    expect(big.json<{ error: { message: string } }>().error.message).toContain('15 MB');
    const none = await upload(coordinator, activityId, undefined);
    expect(none.statusCode).toBe(422);
    expect(none.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'file',
    );
    const png = await plainPng();
    const two = await upload(coordinator, activityId, [
      { filename: 'a.png', type: 'image/png', data: png },
      { filename: 'b.png', type: 'image/png', data: png },
    ]);
    expect(two.statusCode).toBe(422);
    expect(two.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'file',
    );
    const notMultipart = await coordinator('POST', `/api/v1/activities/${activityId}/photos`, {
      caption: 'json',
    });
    expect(notMultipart.statusCode).toBe(415);
    expect(await photoRows()).toBe(rows);
    expect(storedFiles(dataDir).length).toBe(files);
  });

  it('leaves neither file nor row behind when storing the thumbnail fails half way', async () => {
    const rows = await photoRows();
    let data = await phoneJpeg('#101080');
    let prepared = await preparePhoto(data);
    for (
      let shade = 0;
      prepared.sha256.slice(0, 2) === prepared.thumbSha256.slice(0, 2);
      shade += 1
    ) {
      data = await phoneJpeg(`#1010${String(shade).padStart(2, '0')}`);
      prepared = await preparePhoto(data);
    }
    // A plain file where the thumbnail's folder should be: the second write must fail.
    const blocker = join(dataDir, 'photos', prepared.thumbSha256.slice(0, 2));
    writeFileSync(blocker, 'not a folder');
    try {
      const res = await upload(coordinator, activityId, {
        filename: 'f.jpg',
        type: 'image/jpeg',
        data,
      });
      expect(res.statusCode).toBe(500);
      expect(await photoRows()).toBe(rows);
      expect(storedFiles(dataDir)).not.toContain(`${prepared.sha256}.jpg`);
    } finally {
      rmSync(blocker);
    }
  });

  it('changes a caption and voids a photo, audited; a void photo is no longer served', async () => {
    const data = await phoneJpeg('#20a040');
    const photo = (
      await upload(coordinator, activityId, { filename: 'g.jpg', type: 'image/jpeg', data })
    ).json<PhotoBody>();
    const caption = await coordinator('PATCH', `/api/v1/photos/${photo.id}`, {
      caption: '村民合唱团排练',
    });
    expect(caption.statusCode).toBe(200);
    expect(caption.json<PhotoBody>().caption).toBe('村民合唱团排练');
    const gone = await coordinator(
      'DELETE',
      `/api/v1/photos/${photo.id}?reason=${encodeURIComponent('拍错了')}`,
    );
    expect(gone.statusCode).toBe(204);
    expect((await coordinator('GET', `/api/v1/photos/${photo.id}/file`)).statusCode).toBe(404);
    const meta = await coordinator('GET', `/api/v1/photos/${photo.id}`);
    expect(meta.json<PhotoBody>().voidedAt).not.toBeNull();
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('entity', '=', 'photo')
      .where('entity_id', '=', photo.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
    expect(JSON.parse(audit[1]?.before ?? '{}')).toMatchObject({
      caption: '9月，结亲干部给结对亲戚家的孩子讲故事',
    });
    expect(JSON.parse(audit[1]?.after ?? '{}')).toMatchObject({ caption: '村民合唱团排练' });
    expect(JSON.parse(audit[2]?.after ?? '{}')).toMatchObject({ voidReason: '拍错了' });
  });

  it('serves a photo only to those who may see its activity', async () => {
    const cadreId = await buildCadre(t.db);
    const household = await buildHousehold(t.db);
    await buildPairing(t.db, cadreId, household);
    const cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));
    const theirs = await buildActivity(t.db, { householdId: household, organizerCadreId: cadreId });
    const data = await phoneJpeg('#303030');
    const photo = (
      await upload(coordinator, theirs, { filename: 'p.jpg', type: 'image/jpeg', data })
    ).json<PhotoBody>();
    expect((await cadre('GET', photo.thumbUrl)).statusCode).toBe(200);
    const foreign = (await coordinator('GET', `/api/v1/activities/${activityId}`)).json<{
      photos: PhotoBody[];
    }>().photos[0];
    expect((await cadre('GET', `/api/v1/photos/${foreign?.id ?? ''}/file`)).statusCode).toBe(404);
    expect((await cadre('GET', `/api/v1/photos/${foreign?.id ?? ''}`)).statusCode).toBe(404);
    const leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
    const denied = await upload(leader, theirs, { filename: 'p.jpg', type: 'image/jpeg', data });
    expect(denied.statusCode).toBe(403);
  });
});
