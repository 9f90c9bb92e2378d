/**
 * Name parts for synthetic people: Uyghur and Kyrgyz given names (written in Chinese, a person's
 * own name and the father's joined by the middle dot) and Han family and given names.
 * Combinations are random; no entry describes a real person.
 */

function words(text: string): readonly string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

export const MALE_NAMES = words(`
  阿山 吐尔逊 艾买提 买买提 阿不都 努尔 托合提 艾力 阿力木 热合曼 库尔班 吾斯曼 克依木 木尔扎
  沙合白克 吾特库尔 巴克西 托合托逊 玉素甫 依明 艾山 卡德尔 麦麦提 肉孜 塔依尔 吐尔洪 阿迪力
  居马 吐洪 沙吾提 加帕尔 阿克木 卡哈尔 阿合买提 吐尔地 别克 苏来曼 马克木 阿依别克 努尔兰
  朱马巴依 阿斯卡尔 塔兰特 卡纳提 艾尔兰 托合托尔 阿曼 买买提明 阿布拉 艾尼瓦尔 依不拉音 斯拉木
  铁木尔 乌斯满 亚森 吐拉克 萨比尔 吾拉音 阿克巴尔 热西提
`);

export const FEMALE_NAMES = words(`
  古丽尼沙 阿依古丽 帕提古丽 热依拉 阿米娜 祖丽菲亚 努尔古丽 布热比亚 米热古丽 阿依努尔
  古再丽努尔 阿依夏木 帕丽达 热孜宛古丽 昆都孜 阿孜古丽 加米拉 玛依拉 吐尔娜 古丽巴哈尔
  阿依提拉 热娜 迪丽努尔 努尔比亚 帕孜丽亚 阿依加马丽 古丽扎尔 阿依姑丽 再乃甫 阿丽玛 卡丽曼
  阿依恰克 古力米拉 巴合提古丽 图尔荪古丽 米娜瓦尔
`);

export const HAN_SURNAMES = words(`
  王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 马 胡 朱 郭 何 罗 高 林 梁 宋 郑 谢 韩 唐 冯 于 董 曹
`);

export const HAN_MALE_GIVEN = words(`
  建军 志强 晓东 新华 海涛 立新 文斌 国庆 永刚 振华 宏伟 俊杰 明 伟 磊 勇 军 涛 浩然 天宇 鹏 健 斌
`);

export const HAN_FEMALE_GIVEN = words(`
  海燕 丽娟 红梅 玉兰 静 敏 秀英 晓燕 雪梅 婷婷 丽 芳 慧 颖 雅琴 春花 晓丽 玉洁 欣怡 思雨
`);

/** Mobile prefixes of the mainland operators; the rest of each number is random. */
export const MOBILE_PREFIXES = words('135 138 139 150 151 153 158 177 180 181 189 199');
