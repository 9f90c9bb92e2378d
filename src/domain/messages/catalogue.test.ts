// This test reads the source tree to find every key in use; the purity rule is for domain code.
// eslint-disable-next-line no-restricted-imports
import { readdirSync, readFileSync, statSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors.js';
import { MEASURES } from '../measures.js';
import { ID_NUMBER_PROBLEMS } from '../validation/id-number.js';
import { NAME_PROBLEMS } from '../validation/names.js';
import { CATALOGUE_SOURCES, CATALOGUES, LOCALES, translate } from './i18n.js';

const SRC = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sourceFiles(path);
    }
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every literal catalogue key in the code: 'field.x', "error.y", `label.z` (whole literals only). */
function keysUsedInCode(): Map<string, string> {
  const used = new Map<string, string>();
  const pattern = /(['"`])((?:field|error|label)\.[A-Za-z0-9_]+)\1/g;
  for (const file of sourceFiles(SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      used.set(match[2] ?? '', file.slice(SRC.length + 1));
    }
  }
  return used;
}

describe('message catalogues', () => {
  it.each(Object.keys(CATALOGUE_SOURCES))(
    'the %s catalogue has the same keys in zh-CN and en, and no empty message',
    (name) => {
      const source = CATALOGUE_SOURCES[name];
      const zh = Object.keys(source?.['zh-CN'] ?? {}).sort();
      const en = Object.keys(source?.en ?? {}).sort();
      expect(en).toEqual(zh);
      for (const locale of LOCALES) {
        const empty = Object.entries(source?.[locale] ?? {}).filter(([, m]) => m.trim() === '');
        expect(empty, `${name} ${locale}`).toEqual([]);
      }
    },
  );

  it('defines a key in several catalogues only with the same words, so none silently replaces another', () => {
    const seen = new Map<string, { name: string; zh: string; en: string }>();
    const clashes: string[] = [];
    for (const [name, source] of Object.entries(CATALOGUE_SOURCES)) {
      for (const [key, zh] of Object.entries(source['zh-CN'])) {
        const en = source.en[key] ?? '';
        const first = seen.get(key);
        if (first && (first.zh !== zh || first.en !== en)) {
          clashes.push(`${key}: ${first.name} "${first.zh}" vs ${name} "${zh}"`);
        }
        seen.set(key, first ?? { name, zh, en });
      }
    }
    expect(clashes, clashes.join('\n')).toEqual([]);
  });

  it('uses the same {placeholders} in both languages', () => {
    const names = (m: string) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    const differing = Object.keys(CATALOGUES['zh-CN']).filter(
      (key) =>
        JSON.stringify(names(CATALOGUES['zh-CN'][key] ?? '')) !==
        JSON.stringify(names(CATALOGUES.en[key] ?? '')),
    );
    expect(differing, differing.join('\n')).toEqual([]);
  });

  it('has every key the code uses, in both languages', () => {
    const used = keysUsedInCode();
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used]
      .filter(([key]) => !(key in CATALOGUES['zh-CN']) || !(key in CATALOGUES.en))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('has a message for every error code and for every name and ID number problem', () => {
    const keys = [
      ...ERROR_CODES.map((c) => `error.${c}`),
      ...NAME_PROBLEMS.map((p) => `field.name_${p}`),
      ...ID_NUMBER_PROBLEMS.map((p) => `field.id_${p}`),
    ];
    for (const locale of LOCALES) {
      expect(
        keys.filter((k) => !(k in CATALOGUES[locale])),
        locale,
      ).toEqual([]);
    }
  });

  it('renders placeholders and leaves an unknown key readable', () => {
    expect(translate('zh-CN', 'error.account_locked', { minutes: 15 })).toContain('15 分钟');
    expect(translate('en', 'error.account_locked', { minutes: 15 })).toContain('15 minutes');
    expect(translate('en', 'error.too_large')).toBe('The file is too large; the limit is {limit}');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  it('renders a parameter written @key as that message in the same language', () => {
    const params = { field: '上级区划', level: '@level.county' };
    expect(translate('zh-CN', 'field.region_level', params)).toBe('上级区划：应为县级区划');
    expect(translate('en', 'field.region_level', { ...params, field: 'Parent region' })).toBe(
      'Parent region: must be a region of level county',
    );
    expect(translate('en', 'error.too_large', { limit: '@no.such.key' })).toContain('no.such.key');
  });

  it('names every measure in both languages', () => {
    for (const measure of MEASURES) {
      for (const locale of LOCALES) {
        expect(CATALOGUES[locale][`measure.${measure}`], `${measure} ${locale}`).toBeTruthy();
      }
    }
  });
});
