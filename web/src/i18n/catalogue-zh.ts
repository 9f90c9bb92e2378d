/** The zh-CN UI catalogue: the core and every feature's, merged. Always loaded: zh-CN comes first. */
import { partsByFeature } from './catalogue-parts';
import { zhCN } from './zh-CN';

/** Each part by name (the catalogue test compares them with their English). */
export const ZH_PARTS: Record<string, Record<string, string>> = {
  core: zhCN,
  ...partsByFeature(
    import.meta.glob(['./features/*.ts', '!./features/*.en.ts'], { eager: true }),
    'zh',
  ),
};

export const ZH = Object.assign({}, ...Object.values(ZH_PARTS)) as Record<string, string>;
