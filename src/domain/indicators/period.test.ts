import { describe, expect, it } from 'vitest';
import {
  addDays,
  growthPercent,
  growthYear,
  isWholeMonths,
  monthEnd,
  monthsBetween,
  percentOf,
  regionRange,
} from './period.js';

describe('indicator periods and regions', () => {
  it('reads the significant prefix of a region code at each level', () => {
    expect(regionRange('650000000000')).toEqual({ prefix: '65', low: '65', high: '659999999999' });
    expect(regionRange('653000000000').prefix).toBe('6530');
    expect(regionRange('653021000000').prefix).toBe('653021');
    expect(regionRange('653021203000').prefix).toBe('653021203');
    expect(regionRange('653021203201')).toMatchObject({
      low: '653021203201',
      high: '653021203201',
    });
  });

  it('knows whole months, including February of leap years', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2026-02')).toBe('2026-02-28');
    expect(isWholeMonths('2026-01-01', '2026-03-31')).toBe(true);
    expect(isWholeMonths(undefined, undefined)).toBe(true);
    expect(isWholeMonths('2026-01-02', '2026-03-31')).toBe(false);
    expect(isWholeMonths('2026-01-01', '2026-03-30')).toBe(false);
  });

  it('lists the months of a period across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
    expect(monthsBetween('2026-04', '2026-03')).toEqual([]);
  });

  it('counts days back for recency, and picks the growth year from the period end', () => {
    expect(addDays('2026-03-01', -30)).toBe('2026-01-30');
    expect(growthYear('2026-12-31', '2026-11-28')).toBe(2026);
    expect(growthYear('2026-11-30', '2026-11-28')).toBe(2025);
    expect(growthYear(undefined, '2026-11-28')).toBe(2025);
  });

  it('gives percentages with one decimal and none without a denominator', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 0)).toBeNull();
    expect(growthPercent(129, 100)).toBe(29);
    expect(growthPercent(5, 0)).toBeNull();
  });
});
