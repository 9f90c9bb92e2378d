/** The CLI's language: English when the POSIX locale asks for it, zh-CN otherwise. */
import { translate, type Locale } from '../domain/messages/i18n.js';

/** Pick the locale from LC_ALL, LC_MESSAGES or LANG (e.g. en_US.UTF-8 → en). */
export function cliLocale(env: NodeJS.ProcessEnv): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(tag) ? 'en' : 'zh-CN';
}

/** A message renderer bound to one locale. */
export type Say = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** Bind translate() to a locale. */
export function sayer(locale: Locale): Say {
  return (key, params = {}) => translate(locale, key, params);
}
