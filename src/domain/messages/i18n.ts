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
import * as imports from './features/imports.js';
import * as indicators from './features/indicators.js';
import * as cards from './features/cards.js';
import * as reports from './features/reports.js';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageKey = keyof typeof zhCN;

/** Every catalogue by name: the core one and one per feature, each in both locales. */
export const CATALOGUE_SOURCES: Readonly<
  Record<string, Readonly<Record<Locale, Readonly<Record<string, string>>>>>
> = {
  core: { 'zh-CN': zhCN, en },
  registry: { 'zh-CN': registry.zh, en: registry.en },
  accounts: { 'zh-CN': accounts.zh, en: accounts.en },
  cli: { 'zh-CN': cli.zh, en: cli.en },
  activities: { 'zh-CN': activities.zh, en: activities.en },
  assistance: { 'zh-CN': assistance.zh, en: assistance.en },
  fund: { 'zh-CN': fund.zh, en: fund.en },
  training: { 'zh-CN': training.zh, en: training.en },
  industry: { 'zh-CN': industry.zh, en: industry.en },
  imports: { 'zh-CN': imports.zh, en: imports.en },
  indicators: { 'zh-CN': indicators.zh, en: indicators.en },
  cards: { 'zh-CN': cards.zh, en: cards.en },
  reports: { 'zh-CN': reports.zh, en: reports.en },
};

function merged(locale: Locale): Readonly<Record<string, string>> {
  return Object.freeze(
    Object.assign({}, ...Object.values(CATALOGUE_SOURCES).map((c) => c[locale])) as Record<
      string,
      string
    >,
  );
}

/** The messages of each locale: the core catalogue and every feature catalogue together. */
export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  'zh-CN': merged('zh-CN'),
  en: merged('en'),
};

/** One language range of an Accept-Language header and its weight (q=0 means "not this"). */
function parseRange(part: string): { tag: string; q: number } {
  const [tag = '', ...params] = part.split(';').map((p) => p.trim());
  const qParam = params.find((p) => /^q=/i.test(p));
  const q = qParam === undefined ? 1 : Number(qParam.slice(2));
  return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0 };
}

/** zh-CN unless the Accept-Language header prefers English. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) {
    return 'zh-CN';
  }
  const ranked = acceptLanguage
    .split(',')
    .map(parseRange)
    .filter((r) => r.q > 0)
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

/**
 * Render a message; an unknown key renders as itself so nothing is hidden. A parameter written
 * `@key` is itself a catalogue message (e.g. `{ level: '@level.county' }`, `'@measure.relief'`),
 * so one placeholder serves both languages.
 */
export function translate(
  locale: Locale,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = CATALOGUES[locale][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) {
      return whole;
    }
    if (typeof value === 'string' && value.startsWith('@')) {
      return CATALOGUES[locale][value.slice(1)] ?? value.slice(1);
    }
    return String(value);
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
