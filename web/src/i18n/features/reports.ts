/** UI text of the reports feature (the work brief): in zh-CN; English in the .en.ts beside it, with the same keys. */
export const zh = {
  'reports.brief.menu': '工作简报',
  'reports.brief.title': '工作简报',
  'reports.brief.intro':
    '按期间、地区和单位，从系统记录生成 Word 格式的工作简报：五项举措的数字（每个数字附脚注，可追溯到原始记录）、带日期的活动照片和经本人同意的结对亲戚感言。生成后可在 Word 或 WPS 中继续编辑。',
  'reports.brief.from': '开始日期',
  'reports.brief.to': '结束日期',
  'reports.brief.region': '地区',
  'reports.brief.allRegions': '全部包联村（可选州、县、村）',
  'reports.brief.unit': '单位',
  'reports.brief.allUnits': '全部单位',
  'reports.brief.lang': '简报语言',
  'reports.brief.langZh': '中文',
  'reports.brief.langEn': 'English',
  'reports.brief.generate': '生成并下载',
  'reports.brief.generating': '正在汇总数字、照片和感言并生成简报，数据量大时需要一些时间…',
  'reports.brief.ready': '已生成：{{name}}（{{size}} KB）',
  'reports.brief.again': '再次下载',
  'reports.brief.failed': '未能生成简报：{{message}}',
  'reports.brief.noVillages': '还没有包联村：简报将只有全局数字。',
  'reports.brief.network': '网络不可用，请稍后重试',
};
