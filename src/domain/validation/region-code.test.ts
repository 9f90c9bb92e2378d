import { describe, expect, it } from 'vitest';
import { normalizeRegionCode, parentRegionCode, regionLevel } from './region-code.js';

describe('region codes', () => {
  it.each([
    ['65', '650000000000', 'province'],
    ['6530', '653000000000', 'prefecture'],
    ['653021', '653021000000', 'county'],
    ['653021203', '653021203000', 'township'],
    ['653021203201', '653021203201', 'village'],
    [' 6530 ', '653000000000', 'prefecture'],
  ] as const)('pads %j to %s at level %s', (raw, code, level) => {
    expect(normalizeRegionCode(raw)).toBe(code);
    expect(regionLevel(code)).toBe(level);
  });

  it.each(['', '6', '653', '65302', '6530212', '65302120320', '6530212032011', '00', 'ab'])(
    'refuses %j',
    (raw) => {
      expect(normalizeRegionCode(raw)).toBeNull();
    },
  );

  it('walks up from a village to its province', () => {
    const chain: (string | null)[] = ['653021203201'];
    while (chain[chain.length - 1]) {
      chain.push(parentRegionCode(chain[chain.length - 1] ?? ''));
    }
    expect(chain).toEqual([
      '653021203201',
      '653021203000',
      '653021000000',
      '653000000000',
      '650000000000',
      null,
    ]);
  });
});
