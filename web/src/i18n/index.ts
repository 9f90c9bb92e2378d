/** i18next set up with our two catalogues; zh-CN first, the choice kept in localStorage. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api';
import { en } from './en';
import { zhCN } from './zh-CN';

export type Lang = 'zh-CN' | 'en';

function storedLanguage(): Lang {
  return localStorage.getItem('bangfu.lang') === 'en' ? 'en' : 'zh-CN';
}

export function setupI18n(): typeof i18n {
  const lng = storedLanguage();
  setApiLanguage(lng);
  void i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
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
