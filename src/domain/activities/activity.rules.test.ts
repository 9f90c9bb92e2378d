import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activityProblems,
  dayEndUtc,
  dayStartUtc,
  isNotFuture,
  localDateOf,
  parseDateTime,
  type ActivityDraft,
} from './activity.rules.js';
import { sniffImageType } from './image-sniff.js';

const draft: ActivityDraft = {
  measure: 'education',
  typeCode: 'lecture',
  villageCode: '653021203201',
  householdId: null,
  online: false,
  personIds: ['a', 'b'],
  headcount: 2,
};

describe('activity times', () => {
  it('reads times without a zone as Beijing time and keeps explicit zones', () => {
    expect(parseDateTime('2026-09-12T10:30')).toBe('2026-09-12T02:30:00.000Z');
    expect(parseDateTime('2026-09-12 10:30:15')).toBe('2026-09-12T02:30:15.000Z');
    expect(parseDateTime('2026-09-12T10:30:00+06:00')).toBe('2026-09-12T04:30:00.000Z');
    expect(parseDateTime('2026-09-12T10:30:00Z')).toBe('2026-09-12T10:30:00.000Z');
  });

  it('refuses what is not a real date and time', () => {
    for (const bad of ['2026-02-30T10:00', '2026-09-12T24:00', '2026-09-12', 'yesterday', '']) {
      expect(parseDateTime(bad), bad).toBeNull();
    }
  });

  it('dates a record by the Beijing day and bounds days in UTC', () => {
    expect(localDateOf('2026-09-11T17:00:00.000Z')).toBe('2026-09-12');
    expect(dayStartUtc('2026-09-12')).toBe('2026-09-11T16:00:00.000Z');
    expect(dayEndUtc('2026-09-12')).toBe('2026-09-12T16:00:00.000Z');
  });

  it('places every instant inside the bounds of its own local day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString();
          const day = localDateOf(iso);
          return dayStartUtc(day) <= iso && iso < dayEndUtc(day);
        },
      ),
    );
  });

  it('allows a few minutes of clock skew but not the future', () => {
    const now = new Date('2026-09-12T10:00:00Z');
    expect(isNotFuture('2026-09-12T10:04:00.000Z', now)).toBe(true);
    expect(isNotFuture('2026-09-12T10:06:00.000Z', now)).toBe(false);
  });
});

describe('activity rules', () => {
  it('accepts a consistent activity', () => {
    expect(activityProblems(draft, { measure: 'education', active: true }, true)).toEqual([]);
    expect(activityProblems(draft, { measure: null, active: true }, true)).toEqual([]);
  });

  it('names the type when it is unknown, inactive or of another measure', () => {
    expect(activityProblems(draft, undefined, true)).toEqual([
      { path: 'typeCode', key: 'field.type_unknown' },
    ]);
    expect(activityProblems(draft, { measure: 'education', active: false }, true)[0]?.key).toBe(
      'field.type_inactive',
    );
    expect(activityProblems(draft, { measure: 'education', active: false }, false)).toEqual([]);
    expect(activityProblems(draft, { measure: 'relief', active: true }, true)).toEqual([
      {
        path: 'typeCode',
        key: 'field.type_measure',
        params: { measure: '@measure.relief' },
      },
    ]);
  });

  it('needs a place unless online, and a headcount of at least the persons listed', () => {
    const type = { measure: 'education', active: true } as const;
    expect(activityProblems({ ...draft, villageCode: null }, type, true)).toEqual([
      { path: 'villageCode', key: 'field.place_required' },
    ]);
    expect(activityProblems({ ...draft, villageCode: null, online: true }, type, true)).toEqual([]);
    expect(activityProblems({ ...draft, headcount: 1 }, type, true)).toEqual([
      { path: 'headcount', key: 'field.headcount_persons', params: { persons: 2 } },
    ]);
  });
});

describe('image types by content', () => {
  it('recognizes JPEG, PNG and WebP by their magic numbers only', () => {
    expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      'image/png',
    );
    const webp = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ');
    expect(sniffImageType(webp)).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('<svg xmlns='))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});
