/** UI text of the household card screens (帮扶明白卡): in zh-CN; English in the .en.ts beside it, with the same keys. */
export const zh = {
  'cards.button.household': '明白卡',
  'cards.button.village': '批量打印明白卡',
  'cards.print': '打印',
  'cards.downloadPdf': '下载 PDF',
  'cards.pdfMaking': '正在生成 PDF…',
  'cards.pdfSaved': '已下载 {{name}}',
  'cards.pdfFailed': 'PDF 生成失败：{{message}}',
  'cards.back': '返回',
  'cards.household.title': '帮扶明白卡预览',
  'cards.village.title': '{{village}} · 批量打印明白卡',
  'cards.village.count': '共 {{count}} 户，每户一页',
  'cards.village.loading': '正在载入明白卡（已载入 {{count}} 户）…',
  'cards.village.empty': '该村没有您可以打印明白卡的农户',
  'cards.qr': '本户二维码：{{url}}',
  'cards.hint': '打印时请选择 A4 纸、纵向；页面菜单不会被打印。',
} as const;
