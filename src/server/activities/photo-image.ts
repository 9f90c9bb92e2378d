/** Turn an upload into a stored copy and a thumbnail: checked by content, oriented, metadata-free. */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { AppError, invalid } from '../../domain/errors.js';
import { exifTakenAt } from '../../domain/activities/exif.js';
import { extensionOf, sniffImageType } from '../../domain/activities/image-sniff.js';
import { THUMB_SIZE, type PhotoMime } from '../../domain/activities/photo.schema.js';

/** Images larger than this many pixels are refused (decompression bombs). */
const MAX_PIXELS = 80_000_000;
const FORMAT_OF: Readonly<Record<PhotoMime, 'jpeg' | 'png' | 'webp'>> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

export interface PreparedPhoto {
  readonly mime: PhotoMime;
  readonly ext: string;
  readonly data: Buffer;
  readonly sha256: string;
  readonly width: number;
  readonly height: number;
  readonly thumb: Buffer;
  readonly thumbSha256: string;
  readonly takenAt: string | null;
}

/** The hex SHA-256 of some bytes: the name of their file in the store. */
export function sha256Of(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function open(input: Buffer) {
  return sharp(input, { failOn: 'truncated', limitInputPixels: MAX_PIXELS });
}

/** Re-encode in the upload's own format. Sharp writes no metadata unless asked: we never ask. */
function encode(input: Buffer, mime: PhotoMime) {
  const image = open(input).rotate();
  switch (mime) {
    case 'image/jpeg':
      return image.jpeg({ quality: 88 });
    case 'image/png':
      return image.png();
    case 'image/webp':
      return image.webp({ quality: 85 });
  }
}

/**
 * Check and process an upload: JPEG, PNG or WebP by its bytes; EXIF orientation applied; the stored
 * copy carries no EXIF, GPS or other metadata, only the taken-at time is kept as a field.
 * @throws AppError unsupported_media (not such an image) | validation `file` (damaged image)
 */
export async function preparePhoto(input: Buffer): Promise<PreparedPhoto> {
  const mime = sniffImageType(input);
  if (!mime) {
    throw new AppError('unsupported_media');
  }
  try {
    const meta = await open(input).metadata();
    if (meta.format !== FORMAT_OF[mime]) {
      throw new AppError('unsupported_media');
    }
    const stored = await encode(input, mime).toBuffer({ resolveWithObject: true });
    const thumb = await sharp(stored.data)
      .resize({ width: THUMB_SIZE, height: THUMB_SIZE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
    return {
      mime,
      ext: extensionOf(mime),
      data: stored.data,
      sha256: sha256Of(stored.data),
      width: stored.info.width,
      height: stored.info.height,
      thumb,
      thumbSha256: sha256Of(thumb),
      takenAt: exifTakenAt(meta.exif),
    };
  } catch (error) {
    if (error instanceof AppError) {
      throw error;
    }
    throw invalid([{ path: 'file', key: 'field.image_corrupt' }]);
  }
}
