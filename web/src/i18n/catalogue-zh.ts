/** The zh-CN UI catalogue: the core and every feature's, merged. Always loaded: zh-CN comes first. */
import { zhCN } from './zh-CN';
import { zh as activities } from './features/activities';
import { zh as admin } from './features/admin';
import { zh as assistance } from './features/assistance';
import { zh as cards } from './features/cards';
import { zh as dashboard } from './features/dashboard';
import { zh as field } from './features/field';
import { zh as fund } from './features/fund';
import { zh as imports } from './features/imports';
import { zh as indicators } from './features/indicators';
import { zh as industry } from './features/industry';
import { zh as measures } from './features/measures';
import { zh as registry } from './features/registry';
import { zh as reports } from './features/reports';
import { zh as training } from './features/training';

/** Each part by name (the catalogue test compares them with their English). */
export const ZH_PARTS: Record<string, Record<string, string>> = {
  core: zhCN,
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

export const ZH = Object.assign({}, ...Object.values(ZH_PARTS)) as Record<string, string>;
