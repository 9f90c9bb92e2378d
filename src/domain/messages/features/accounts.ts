/** Messages of the accounts feature, zh-CN first and English beside it: the two must have the same keys. */
export const zh = {} as const;
export const en: Record<keyof typeof zh, string> = {};
