/**
 * i18next set up with our two catalogues; zh-CN first, the choice kept in localStorage. The
 * zh-CN catalogue is part of the first load; our English is a chunk of its own,
 * fetched before the first render when English was chosen and on the first switch to it.
 */
import type { Locale } from 'antd/es/locale';
import enUSLocale from 'antd/es/locale/en_US';
import zhCNLocale from 'antd/es/locale/zh_CN';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api';
import { ZH } from './catalogue-zh';

export type Lang = 'zh-CN' | 'en';

/** antd's component texts per language (its en_US is part of antd's core anyway). */
const antdLocales: Record<Lang, Locale> = { 'zh-CN': zhCNLocale, en: enUSLocale };

/** antd's locale for a UI language. */
export function antdLocale(lng: string): Locale {
  return antdLocales[lng === 'en' ? 'en' : 'zh-CN'];
}

function storedLanguage(): Lang {
  return localStorage.getItem('bangfu.lang') === 'en' ? 'en' : 'zh-CN';
}

/** Fetch our English catalogue, once. */
async function loadEnglish(): Promise<void> {
  if (!i18n.hasResourceBundle('en', 'translation')) {
    const { EN } = await import('./catalogue-en');
    i18n.addResourceBundle('en', 'translation', EN, true, true);
  }
}

export async function setupI18n(): Promise<typeof i18n> {
  const lng = storedLanguage();
  setApiLanguage('zh-CN');
  await i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: ZH } },
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  if (lng === 'en') {
    await switchLanguage('en');
  }
  return i18n;
}

/**
 * Switch the UI language, the API's Accept-Language and remember the choice. False when English
 * could not be fetched (no connection): the UI then stays in zh-CN and the user may try again.
 */
export async function switchLanguage(lng: Lang): Promise<boolean> {
  if (lng === 'en') {
    try {
      await loadEnglish();
    } catch {
      return false;
    }
  }
  localStorage.setItem('bangfu.lang', lng);
  setApiLanguage(lng);
  document.documentElement.lang = lng;
  await i18n.changeLanguage(lng);
  return true;
}
