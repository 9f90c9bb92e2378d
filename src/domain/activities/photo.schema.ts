/** Photos (照片) as evidence of an activity: limits, accepted formats, metadata out. */
import { z } from 'zod';
import { zText, zUuid } from '../common.schema.js';

/** Largest upload accepted: 15 MB. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
export const MAX_PHOTO_LABEL = '15 MB';
/** Longest side of a thumbnail, in pixels. */
export const THUMB_SIZE = 320;

export const PHOTO_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoMime = (typeof PHOTO_MIMES)[number];

export const zCaption = zText(200).describe('Caption, e.g. 9月，结亲干部给结对亲戚家的孩子讲故事');

export const PhotoPatch = z.strictObject({ caption: zCaption });
export type PhotoPatch = z.infer<typeof PhotoPatch>;

export const PhotoVoidQuery = z.object({ reason: zText(500).optional() });

export const Photo = z.object({
  id: zUuid,
  activityId: zUuid,
  mime: z.enum(PHOTO_MIMES),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  sha256: z.string().describe('Hash of the stored copy (no metadata, orientation applied)'),
  takenAt: z
    .string()
    .nullable()
    .describe("When taken, from EXIF DateTimeOriginal: the camera's local time"),
  caption: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
  fileUrl: z.string(),
  thumbUrl: z.string(),
});
export type Photo = z.infer<typeof Photo>;
