import { describe, expect, it } from 'vitest';
import * as activities from './features/activities';
import * as cards from './features/cards';
import * as admin from './features/admin';
import * as assistance from './features/assistance';
import * as dashboard from './features/dashboard';
import * as field from './features/field';
import * as fund from './features/fund';
import * as imports from './features/imports';
import * as indicators from './features/indicators';
import * as industry from './features/industry';
import * as measures from './features/measures';
import * as registry from './features/registry';
import * as reports from './features/reports';
import * as training from './features/training';
import { en } from './en';
import { zhCN } from './zh-CN';

const catalogues = {
  core: { zh: zhCN, en },
  activities,
  admin,
  assistance,
  cards,
  dashboard,
  field,
  fund,
  imports,
  indicators,
  industry,
  measures,
  registry,
  reports,
  training,
};

describe.each(Object.entries(catalogues))('the %s UI catalogue', (_name, c) => {
  const zh = c.zh as Record<string, string>;
  const english = c.en as Record<string, string>;

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
