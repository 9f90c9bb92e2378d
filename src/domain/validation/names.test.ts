import { describe, expect, it } from 'vitest';
import { checkPersonName, normalizePersonName } from './names.js';

describe('person names', () => {
  const dots = ['\u00B7', '\u2022', '\u30FB', '\uFF0E'];

  it.each(dots)('stores the dot %j between two parts as U+00B7, with or without spaces', (dot) => {
    for (const typed of [`阿山${dot}托合托逊`, `阿山 ${dot} 托合托逊`, `阿山${dot}  托合托逊`]) {
      const name = normalizePersonName(typed);
      expect(name).toBe('阿山\u00B7托合托逊');
      expect(checkPersonName(name)).toBeNull();
    }
  });

  it('trims and collapses spaces, and keeps names without a dot as they are', () => {
    expect(normalizePersonName('  鱼智栋 ')).toBe('鱼智栋');
    expect(normalizePersonName('Ma   Li')).toBe('Ma Li');
    expect(checkPersonName(normalizePersonName('吾特库尔·克依木'))).toBeNull();
  });

  it.each([
    ['a leading dot', '·阿山'],
    ['a trailing dot', '阿山·'],
    ['a trailing dot after a space', '阿山 • '],
    ['a double dot', '阿山··托合托逊'],
    ['a double dot of two kinds with spaces', '阿山 • ・ 托合托逊'],
  ])('refuses %s', (_what, typed) => {
    expect(checkPersonName(normalizePersonName(typed))).toBe('bad_dot');
  });

  it('refuses empty, too long and names with digits or symbols', () => {
    expect(checkPersonName(normalizePersonName('   '))).toBe('empty');
    expect(checkPersonName('阿'.repeat(51))).toBe('too_long');
    expect(checkPersonName('阿'.repeat(50))).toBeNull();
    expect(checkPersonName('阿山2')).toBe('bad_chars');
    expect(checkPersonName('阿山@托合')).toBe('bad_chars');
  });
});
