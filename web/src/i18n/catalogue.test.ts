import { describe, expect, it } from 'vitest';
import { EN_PARTS } from './catalogue-en';
import { ZH_PARTS } from './catalogue-zh';

const catalogues = Object.fromEntries(
  Object.entries(ZH_PARTS).map(([name, zh]) => [name, { zh, en: EN_PARTS[name] ?? {} }]),
);

it('has the same parts in both languages', () => {
  expect(Object.keys(EN_PARTS).sort()).toEqual(Object.keys(ZH_PARTS).sort());
});

describe.each(Object.entries(catalogues))('the %s UI catalogue', (_name, c) => {
  const zh = c.zh;
  const english = c.en;

  it('has exactly the same keys in zh-CN and en', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(zh).sort());
  });

  it('has no empty message in either language', () => {
    const empty = [...Object.entries(zh), ...Object.entries(english)]
      .filter(([, v]) => v.trim() === '')
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort().join(',');
    const differ = Object.keys(zh).filter(
      (k) => placeholders(zh[k] ?? '') !== placeholders(english[k] ?? ''),
    );
    expect(differ).toEqual([]);
  });
});

describe('UI catalogues together', () => {
  it('never define the same key in two catalogues', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, c] of Object.entries(catalogues)) {
      for (const key of Object.keys(c.zh)) {
        const other = seen.get(key);
        if (other) {
          clashes.push(`${key} in ${other} and ${name}`);
        }
        seen.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });
});
