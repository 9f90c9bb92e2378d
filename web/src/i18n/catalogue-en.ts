/**
 * The English UI catalogue: the core and every feature's, merged. A chunk of its own, fetched only
 * when English is chosen, so the zh-CN first load does not carry it.
 */
import { en as core } from './en';
import { en as activities } from './features/activities.en';
import { en as admin } from './features/admin.en';
import { en as assistance } from './features/assistance.en';
import { en as cards } from './features/cards.en';
import { en as dashboard } from './features/dashboard.en';
import { en as field } from './features/field.en';
import { en as fund } from './features/fund.en';
import { en as imports } from './features/imports.en';
import { en as indicators } from './features/indicators.en';
import { en as industry } from './features/industry.en';
import { en as measures } from './features/measures.en';
import { en as registry } from './features/registry.en';
import { en as reports } from './features/reports.en';
import { en as training } from './features/training.en';

/** Each part by name (the catalogue test compares them with zh-CN). */
export const EN_PARTS: Record<string, Record<string, string>> = {
  core,
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

export const EN = Object.assign({}, ...Object.values(EN_PARTS)) as Record<string, string>;
