/**
 * The English UI catalogue: the core and every feature's, merged. A chunk of its own, fetched only
 * when English is chosen, so the zh-CN first load does not carry it.
 */
import { partsByFeature } from './catalogue-parts';
import { en as core } from './en';

/** Each part by name (the catalogue test compares them with zh-CN). */
export const EN_PARTS: Record<string, Record<string, string>> = {
  core,
  ...partsByFeature(import.meta.glob('./features/*.en.ts', { eager: true }), 'en'),
};

export const EN = Object.assign({}, ...Object.values(EN_PARTS)) as Record<string, string>;
