/** UI text of the registry screens: zh-CN first, English with the same keys (a test checks). */
export const zh = {} as const;
export const en: Record<keyof typeof zh, string> = {};
