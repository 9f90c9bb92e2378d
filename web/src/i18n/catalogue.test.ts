import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

describe('web catalogues', () => {
  it('have exactly the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('have no empty message in either language', () => {
    const empty = [...Object.entries(zhCN), ...Object.entries(en)]
      .filter(([, v]) => v.trim() === '')
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('use the same {{placeholders}} in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort().join(',');
    const differ = Object.keys(zhCN).filter(
      (k) => placeholders(zhCN[k as keyof typeof zhCN]) !== placeholders(en[k as keyof typeof en]),
    );
    expect(differ).toEqual([]);
  });
});
