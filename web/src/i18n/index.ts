/** i18next set up with our two catalogues; zh-CN first, the choice kept in localStorage. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api';
import { en } from './en';
import { zhCN } from './zh-CN';
import * as measures from './features/measures';
import * as registry from './features/registry';
import * as activities from './features/activities';
import * as assistance from './features/assistance';
import * as fund from './features/fund';
import * as training from './features/training';
import * as industry from './features/industry';
import * as admin from './features/admin';
import * as field from './features/field';
import * as dashboard from './features/dashboard';
import * as imports from './features/imports';
import * as indicators from './features/indicators';
import * as reports from './features/reports';
import * as cards from './features/cards';

const FEATURES = [
  registry,
  measures,
  activities,
  assistance,
  fund,
  training,
  industry,
  admin,
  field,
  dashboard,
  imports,
  indicators,
  reports,
  cards,
] as const;

/** All UI text: the core catalogue and each feature's, merged. */
export const UI_CATALOGUES = {
  'zh-CN': Object.assign({}, zhCN, ...FEATURES.map((f) => f.zh)) as Record<string, string>,
  en: Object.assign({}, en, ...FEATURES.map((f) => f.en)) as Record<string, string>,
};

export type Lang = 'zh-CN' | 'en';

function storedLanguage(): Lang {
  return localStorage.getItem('bangfu.lang') === 'en' ? 'en' : 'zh-CN';
}

export function setupI18n(): typeof i18n {
  const lng = storedLanguage();
  setApiLanguage(lng);
  void i18n.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: UI_CATALOGUES['zh-CN'] },
      en: { translation: UI_CATALOGUES.en },
    },
    lng,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  return i18n;
}

/** Switch the UI language, the API's Accept-Language and remember the choice. */
export async function switchLanguage(lng: Lang): Promise<void> {
  localStorage.setItem('bangfu.lang', lng);
  setApiLanguage(lng);
  document.documentElement.lang = lng;
  await i18n.changeLanguage(lng);
}
