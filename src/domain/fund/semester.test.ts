import { describe, expect, it } from 'vitest';
import { recentSemesters, semesterOf, semesterStart, zSemester } from './semester.js';

describe('semesters', () => {
  it('accepts YYYY-spring and YYYY-autumn only', () => {
    expect(zSemester.safeParse('2026-autumn').success).toBe(true);
    expect(zSemester.safeParse('2026-spring').success).toBe(true);
    for (const bad of ['2026-summer', '26-autumn', 'autumn', '1999-spring', '2026-Autumn']) {
      expect(zSemester.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('starts spring on 1 March and autumn on 1 September', () => {
    expect(semesterStart('2026-spring')).toBe('2026-03-01');
    expect(semesterStart('2026-autumn')).toBe('2026-09-01');
  });

  it('places January and February in the previous autumn', () => {
    expect(semesterOf('2026-02-28')).toBe('2025-autumn');
    expect(semesterOf('2026-03-01')).toBe('2026-spring');
    expect(semesterOf('2026-08-31')).toBe('2026-spring');
    expect(semesterOf('2026-09-01')).toBe('2026-autumn');
  });

  it('lists the semesters that have started, oldest first', () => {
    expect(recentSemesters('2026-11-28', 3)).toEqual(['2025-autumn', '2026-spring', '2026-autumn']);
    expect(recentSemesters('2026-05-01', 2)).toEqual(['2025-autumn', '2026-spring']);
  });
});
