import { describe, expect, it } from 'vitest';
import {
  dayStartIso,
  isIsoDate,
  isTimeZone,
  nextDay,
  programTimeZone,
  setProgramTimeZone,
  today,
  todayIn,
  zoneOffsetMinutes,
} from './dates.js';

describe('dates', () => {
  it.each(['2026-01-01', '2024-02-29', '2026-12-31', '1900-01-01'])('accepts %s', (d) => {
    expect(isIsoDate(d)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-1-1',
    '20260101',
    '2026-01-01T00:00',
    '',
  ])('refuses %j', (d) => {
    expect(isIsoDate(d)).toBe(false);
  });

  it("gives today's date in the program's zone, which may be tomorrow in UTC", () => {
    const lateUtc = new Date('2026-03-01T17:30:00Z');
    expect(todayIn('Asia/Shanghai', lateUtc)).toBe('2026-03-02');
    expect(todayIn('UTC', lateUtc)).toBe('2026-03-01');
  });

  it('takes the configured zone for today, and knows a zone name from a typo', () => {
    expect(programTimeZone()).toBe('Asia/Shanghai');
    try {
      setProgramTimeZone('Pacific/Kiritimati'); // UTC+14: always a day ahead of UTC−10
      expect(today()).toBe(todayIn('Pacific/Kiritimati'));
      expect(today()).not.toBe(todayIn('Pacific/Honolulu'));
    } finally {
      setProgramTimeZone('Asia/Shanghai');
    }
    expect(isTimeZone('Asia/Urumqi')).toBe(true);
    expect(isTimeZone('Asia/Atlantis')).toBe(false);
  });

  it('finds when a day starts in a zone, and the next day across month and year ends', () => {
    expect(zoneOffsetMinutes('Asia/Shanghai', new Date('2026-03-01T00:00:00Z'))).toBe(480);
    expect(dayStartIso('2026-03-01', 'Asia/Shanghai')).toBe('2026-02-28T16:00:00.000Z');
    expect(dayStartIso('2026-03-01', 'UTC')).toBe('2026-03-01T00:00:00.000Z');
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
