/** /api/v1/activities/:id/photos and /api/v1/photos: upload, metadata, bytes, caption, void. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zIdParam } from '../../domain/common.schema.js';
import { notFound } from '../../domain/errors.js';
import {
  Photo,
  PHOTO_MIMES,
  PhotoPatch,
  PhotoVoidQuery,
} from '../../domain/activities/photo.schema.js';
import type { Db } from '../../db/connect.js';
import { actorOf } from '../auth/guard.js';
import { readPhotoUpload } from './photo-upload.js';
import { addPhoto, changePhoto, photoFile, readPhoto } from './photo.service.js';

const tags = ['photos'];
const zBytes = z.unknown().describe('The image bytes (binary)');
const PHOTO_BYTES = {
  description: 'The stored copy, in the format it was uploaded in',
  content: Object.fromEntries(PHOTO_MIMES.map((mime) => [mime, { schema: zBytes }])),
};
const THUMB_BYTES = {
  description: 'A WebP thumbnail',
  content: { 'image/webp': { schema: zBytes } },
};

export const photoRoutes: FastifyPluginAsyncZod<{ db: Db; dataDir: string }> = async (
  app,
  deps,
) => {
  app.post(
    '/activities/:id/photos',
    {
      schema: {
        tags,
        summary:
          'Add a photo (multipart: file = JPEG/PNG/WebP up to 15 MB, caption); the same content again answers 200 with the existing photo',
        consumes: ['multipart/form-data'],
        params: zIdParam,
        response: { 200: Photo, 201: Photo },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const upload = await readPhotoUpload(request);
      const result = await addPhoto(deps, actor, { activityId: request.params.id, ...upload });
      return reply.status(result.created ? 201 : 200).send(result.photo);
    },
  );
  app.get(
    '/photos/:id',
    { schema: { tags, summary: 'Photo metadata', params: zIdParam, response: { 200: Photo } } },
    async (request) => readPhoto(deps.db, actorOf(request), request.params.id),
  );
  for (const variant of ['file', 'thumb'] as const) {
    app.get(
      `/photos/:id/${variant}`,
      {
        schema: {
          tags,
          summary: variant === 'file' ? 'The stored photo (no metadata)' : 'The thumbnail (WebP)',
          params: zIdParam,
          response: { 200: variant === 'file' ? PHOTO_BYTES : THUMB_BYTES },
        },
      },
      async (request, reply) => {
        const file = await photoFile(deps, actorOf(request), { id: request.params.id, variant });
        const size = await stat(file.path).catch(() => null);
        if (!size) {
          request.log.error({ photo: request.params.id }, 'photo file missing');
          throw notFound('photo');
        }
        return reply
          .type(file.mime)
          .header('content-length', size.size)
          .header('cache-control', 'private, max-age=86400')
          .send(createReadStream(file.path));
      },
    );
  }
  app.patch(
    '/photos/:id',
    {
      schema: {
        tags,
        summary: 'Change the caption',
        params: zIdParam,
        body: PhotoPatch,
        response: { 200: Photo },
      },
    },
    async (request) =>
      changePhoto(deps.db, actorOf(request), {
        id: request.params.id,
        caption: request.body.caption,
      }),
  );
  app.delete(
    '/photos/:id',
    {
      schema: {
        tags,
        summary: 'Void a photo (kept for the record, no longer listed or served)',
        params: zIdParam,
        querystring: PhotoVoidQuery,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changePhoto(deps.db, actorOf(request), {
        id: request.params.id,
        voidReason: request.query.reason ?? '',
      });
      return reply.status(204).send(null);
    },
  );
};
