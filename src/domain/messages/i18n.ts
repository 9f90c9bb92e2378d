/** Pick a locale and render catalogue messages with {param} placeholders. */
import type { AppError, FieldProblem } from '../errors.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';
import * as registry from './features/registry.js';
import * as accounts from './features/accounts.js';
import * as cli from './features/cli.js';
import * as activities from './features/activities.js';
import * as assistance from './features/assistance.js';
import * as fund from './features/fund.js';
import * as training from './features/training.js';
import * as industry from './features/industry.js';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageKey = keyof typeof zhCN;

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  'zh-CN': zhCN,
  en,
};

/** zh-CN unless the Accept-Language header prefers English. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) {
    return 'zh-CN';
  }
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) {
      return 'zh-CN';
    }
    if (tag.startsWith('en')) {
      return 'en';
    }
  }
  return 'zh-CN';
}

/** Render a message; an unknown key renders as itself so nothing is hidden. */
export function translate(
  locale: Locale,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = CATALOGUES[locale][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The label of a field path: its last named segment, e.g. `members.0.idNumber` → 身份证号. */
export function fieldLabel(locale: Locale, path: string): string {
  const segments = path.split('.').filter((s) => !/^\d+$/.test(s));
  const last = segments[segments.length - 1] ?? 'body';
  const key = `label.${last}`;
  const label = CATALOGUES[locale][key];
  if (!label) {
    return last;
  }
  const index = /\.(\d+)\./.exec(`.${path}.`)?.[1];
  return index === undefined ? label : `${label}[${Number(index) + 1}]`;
}

/** The field problems of an error as `{path, message}` in a locale. */
export function renderFields(
  locale: Locale,
  fields: readonly FieldProblem[],
): { path: string; message: string }[] {
  return fields.map((f) => ({
    path: f.path,
    message: translate(locale, f.key, { ...f.params, field: fieldLabel(locale, f.path) }),
  }));
}

/** The whole error body of the HTTP API. */
export function renderError(locale: Locale, error: AppError) {
  return {
    error: {
      code: error.code,
      message: translate(locale, error.key, error.params),
      fields: renderFields(locale, error.fields),
    },
  };
}
