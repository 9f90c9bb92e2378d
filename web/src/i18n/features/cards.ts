/** UI text of the household card screens (帮扶明白卡): zh-CN first, English with the same keys. */
export const zh = {
  'cards.button.household': '明白卡',
  'cards.button.village': '批量打印明白卡',
  'cards.print': '打印',
  'cards.downloadPdf': '下载 PDF',
  'cards.back': '返回',
  'cards.household.title': '帮扶明白卡预览',
  'cards.village.title': '{{village}} · 批量打印明白卡',
  'cards.village.count': '共 {{count}} 户，每户一页',
  'cards.village.loading': '正在载入明白卡（已载入 {{count}} 户）…',
  'cards.village.empty': '该村没有您可以打印明白卡的农户',
  'cards.qr': '本户二维码：{{url}}',
  'cards.hint': '打印时请选择 A4 纸、纵向；页面菜单不会被打印。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'cards.button.household': 'Household card',
  'cards.button.village': 'Print all household cards',
  'cards.print': 'Print',
  'cards.downloadPdf': 'Download PDF',
  'cards.back': 'Back',
  'cards.household.title': 'Household card preview',
  'cards.village.title': '{{village}} · print all household cards',
  'cards.village.count': '{{count}} households, one page each',
  'cards.village.loading': 'Loading the cards ({{count}} households so far)…',
  'cards.village.empty': 'No household of this village is yours to print a card for',
  'cards.qr': 'QR code of this household: {{url}}',
  'cards.hint': 'Print on A4, portrait; the menus of the page are not printed.',
};
