import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exifTakenAt } from './exif.js';

/** A minimal EXIF block: IFD0 → Exif IFD with DateTimeOriginal (and an offset), in either byte order. */
function exifBlock(
  dateTime: string,
  options: { little?: boolean; offset?: string } = {},
): Uint8Array {
  const little = options.little ?? true;
  const buf = new Uint8Array(200);
  const view = new DataView(buf.buffer);
  const header = new TextEncoder().encode('Exif\0\0');
  buf.set(header, 0);
  const t = 6;
  view.setUint16(t, little ? 0x4949 : 0x4d4d, false);
  view.setUint16(t + 2, 42, little);
  view.setUint32(t + 4, 8, little);
  // IFD0 at 8: one entry, the Exif IFD pointer → 26
  view.setUint16(t + 8, 1, little);
  view.setUint16(t + 10, 0x8769, little);
  view.setUint16(t + 12, 4, little);
  view.setUint32(t + 14, 1, little);
  view.setUint32(t + 18, 26, little);
  view.setUint32(t + 22, 0, little);
  // Exif IFD at 26: DateTimeOriginal (ASCII 20 at 100), OffsetTimeOriginal (ASCII 7 at 130)
  const entries = options.offset ? 2 : 1;
  view.setUint16(t + 26, entries, little);
  view.setUint16(t + 28, 0x9003, little);
  view.setUint16(t + 30, 2, little);
  view.setUint32(t + 32, 20, little);
  view.setUint32(t + 36, 100, little);
  buf.set(new TextEncoder().encode(`${dateTime}\0`), t + 100);
  if (options.offset) {
    view.setUint16(t + 40, 0x9011, little);
    view.setUint16(t + 42, 2, little);
    view.setUint32(t + 44, 7, little);
    view.setUint32(t + 48, 130, little);
    buf.set(new TextEncoder().encode(`${options.offset}\0`), t + 130);
  }
  return buf;
}

describe('exifTakenAt', () => {
  it('reads DateTimeOriginal in both byte orders, with the offset when there is one', () => {
    expect(exifTakenAt(exifBlock('2026:09:12 10:30:00'))).toBe('2026-09-12T10:30:00');
    expect(exifTakenAt(exifBlock('2026:09:12 10:30:00', { little: false }))).toBe(
      '2026-09-12T10:30:00',
    );
    expect(exifTakenAt(exifBlock('2026:03:01 08:05:09', { offset: '+06:00' }))).toBe(
      '2026-03-01T08:05:09+06:00',
    );
  });

  it('answers null for absent, blank or impossible times', () => {
    expect(exifTakenAt(undefined)).toBeNull();
    expect(exifTakenAt(exifBlock('    :  :     :  :  '))).toBeNull();
    expect(exifTakenAt(exifBlock('2026:02:30 10:30:00'))).toBeNull();
    expect(exifTakenAt(new TextEncoder().encode('not exif at all'))).toBeNull();
  });

  it('never throws on damaged blocks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(199), (noise, cut) => {
        const block = exifBlock('2026:09:12 10:30:00');
        const damaged = new Uint8Array([...block.slice(0, cut), ...noise]);
        const result = exifTakenAt(damaged);
        return result === null || typeof result === 'string';
      }),
    );
  });
});
