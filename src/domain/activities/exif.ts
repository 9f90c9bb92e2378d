/** A minimal EXIF reader: just the time a photo was taken (DateTimeOriginal), nothing else. */
import { isIsoDate } from '../validation/dates.js';

const EXIF_IFD_POINTER = 0x8769;
const DATE_TIME_ORIGINAL = 0x9003;
const OFFSET_TIME_ORIGINAL = 0x9011;
const ASCII = 2;

interface Tiff {
  readonly view: DataView;
  readonly little: boolean;
}

function u16(t: Tiff, at: number): number {
  return t.view.getUint16(at, t.little);
}

function u32(t: Tiff, at: number): number {
  return t.view.getUint32(at, t.little);
}

/** The TIFF block of an EXIF buffer, with or without the `Exif\0\0` header sharp returns. */
function openTiff(exif: Uint8Array): Tiff | null {
  const skip = exif[0] === 0x45 && exif[1] === 0x78 && exif[2] === 0x69 && exif[3] === 0x66 ? 6 : 0;
  if (exif.length < skip + 8) {
    return null;
  }
  const view = new DataView(exif.buffer, exif.byteOffset + skip, exif.length - skip);
  const order = view.getUint16(0, false);
  if (order !== 0x4949 && order !== 0x4d4d) {
    return null;
  }
  const t = { view, little: order === 0x4949 };
  return u16(t, 2) === 42 ? t : null;
}

/** The value of a tag in the IFD at `ifd` (the value field's offset), or null. */
function findEntry(
  t: Tiff,
  ifd: number,
  tag: number,
): { type: number; count: number; at: number } | null {
  if (ifd + 2 > t.view.byteLength) {
    return null;
  }
  const n = u16(t, ifd);
  for (let i = 0; i < n; i += 1) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > t.view.byteLength) {
      return null;
    }
    if (u16(t, entry) === tag) {
      return { type: u16(t, entry + 2), count: u32(t, entry + 4), at: entry + 8 };
    }
  }
  return null;
}

function readAscii(t: Tiff, ifd: number, tag: number): string | null {
  const entry = findEntry(t, ifd, tag);
  if (!entry || entry.type !== ASCII) {
    return null;
  }
  const start = entry.count <= 4 ? entry.at : u32(t, entry.at);
  if (start + entry.count > t.view.byteLength) {
    return null;
  }
  let text = '';
  for (let i = 0; i < entry.count; i += 1) {
    const c = t.view.getUint8(start + i);
    if (c === 0) {
      break;
    }
    text += String.fromCharCode(c);
  }
  return text.trim();
}

/** "2026:09:12 10:30:00" (+ "+06:00") → "2026-09-12T10:30:00+06:00", or null when not a real time. */
function toIso(dateTime: string, offset: string | null): string | null {
  const m = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(dateTime);
  if (!m || !isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) {
    return null;
  }
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) {
    return null;
  }
  const zone = offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`;
}

/**
 * When the photo was taken, from EXIF DateTimeOriginal (and OffsetTimeOriginal when the camera
 * wrote one): the camera's local time as ISO text. Null when absent or unreadable.
 */
export function exifTakenAt(exif: Uint8Array | undefined): string | null {
  if (!exif) {
    return null;
  }
  try {
    const t = openTiff(exif);
    if (!t) {
      return null;
    }
    const ifd0 = u32(t, 4);
    const pointer = findEntry(t, ifd0, EXIF_IFD_POINTER);
    if (!pointer) {
      return null;
    }
    const exifIfd = u32(t, pointer.at);
    const original = readAscii(t, exifIfd, DATE_TIME_ORIGINAL);
    return original ? toIso(original, readAscii(t, exifIfd, OFFSET_TIME_ORIGINAL)) : null;
  } catch {
    // A DataView read past the end: a damaged EXIF block, treated as "no time".
    return null;
  }
}
