/** National statistical division codes (统计用区划代码): 12 digits, level read from the trailing zeros. */

export const REGION_LEVELS = ['province', 'prefecture', 'county', 'township', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Digits that are significant at each level: 2, 4, 6, 9, 12. */
const SIGNIFICANT: Readonly<Record<RegionLevel, number>> = {
  province: 2,
  prefecture: 4,
  county: 6,
  township: 9,
  village: 12,
};

/** Accept 2/4/6/9/12-digit codes and pad them to 12 digits. */
export function normalizeRegionCode(raw: string): string | null {
  const code = raw.trim();
  if (!/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/.test(code) || code.startsWith('00')) {
    return null;
  }
  return code.padEnd(12, '0');
}

/** The level of a 12-digit code. */
export function regionLevel(code12: string): RegionLevel {
  if (code12.slice(9) !== '000') {
    return 'village';
  }
  if (code12.slice(6, 9) !== '000') {
    return 'township';
  }
  if (code12.slice(4, 6) !== '00') {
    return 'county';
  }
  if (code12.slice(2, 4) !== '00') {
    return 'prefecture';
  }
  return 'province';
}

/** The parent's 12-digit code, or null for a province. */
export function parentRegionCode(code12: string): string | null {
  const level = regionLevel(code12);
  const index = REGION_LEVELS.indexOf(level);
  if (index === 0) {
    return null;
  }
  const parentLevel = REGION_LEVELS[index - 1] ?? 'province';
  return code12.slice(0, SIGNIFICANT[parentLevel]).padEnd(12, '0');
}
