/** Cell values of a roster as people type them: labels for the closed lists, dates, years. */
import {
  DISABILITIES,
  HEALTH,
  LABOUR_ABILITIES,
  POVERTY_STATUSES,
  RELATIONS,
  SCHOOLING,
  SEXES,
} from '../registry/enums.js';
import { isIsoDate } from '../validation/dates.js';
import { CATALOGUES } from '../messages/i18n.js';

/** The closed lists a roster column may hold, by the catalogue prefix of their labels. */
export const ROSTER_CHOICES = {
  status: POVERTY_STATUSES,
  sex: SEXES,
  relation: RELATIONS,
  schooling: SCHOOLING,
  labourAbility: LABOUR_ABILITIES,
  health: HEALTH,
  disability: DISABILITIES,
} as const;
export type ChoiceField = keyof typeof ROSTER_CHOICES;

/** Words people use besides the catalogue labels (which are accepted in both languages). */
const EXTRA_WORDS: Readonly<Record<ChoiceField, Readonly<Record<string, readonly string[]>>>> = {
  status: {
    registered_poor: ['贫困户', '建档立卡户', '未脱贫', '未脱贫户', 'poor'],
    exited: ['脱贫', '脱贫户', '已脱贫户', '已脱贫'],
    monitored: ['监测户', '防返贫监测户', '监测对象', '边缘户', '边缘易致贫户', '脱贫不稳定户'],
    not_poor: ['一般户', '非贫困', '非贫困户'],
  },
  sex: { M: ['男', '男性', 'male', 'm'], F: ['女', '女性', 'female', 'f'] },
  relation: {
    head: ['户主', '本人'],
    spouse: ['配偶', '妻', '妻子', '丈夫', '夫', '之妻', '之夫'],
    child: [
      '子女',
      '儿子',
      '女儿',
      '子',
      '女',
      '之子',
      '之女',
      '长子',
      '次子',
      '三子',
      '长女',
      '次女',
      '三女',
    ],
    child_in_law: ['儿媳', '女婿', '之儿媳', '之女婿'],
    parent: ['父母', '父亲', '母亲', '父', '母'],
    parent_in_law: ['公公', '婆婆', '岳父', '岳母'],
    grandchild: ['孙子', '孙女', '外孙', '外孙女', '孙子女'],
    grandparent: ['祖父', '祖母', '爷爷', '奶奶', '外祖父', '外祖母'],
    sibling: ['兄弟姐妹', '兄', '弟', '姐', '妹', '哥哥', '弟弟', '姐姐', '妹妹'],
    other: ['其他', '其它'],
  },
  schooling: {
    none: ['文盲', '半文盲', '文盲或半文盲', '未上学', '无'],
    preschool: ['学龄前', '学前教育', '幼儿园'],
    primary: ['小学'],
    junior: ['初中'],
    senior: ['高中'],
    vocational: ['中专', '中职', '高职', '技校', '职高'],
    college: ['大专', '本科', '大学', '大学本科', '大学专科'],
    postgraduate: ['研究生', '硕士', '博士'],
  },
  labourAbility: {
    full: ['普通劳动力', '有劳动能力', '技能劳动力', '劳动力'],
    partial: ['弱劳动力', '半劳动力', '弱劳动力或半劳动力'],
    none: ['丧失劳动力', '无劳动能力', '无劳动力'],
    not_working_age: ['非劳动年龄', '非劳动力'],
  },
  health: {
    healthy: ['健康'],
    chronic: ['长期慢性病', '慢性病'],
    serious: ['患有大病', '大病', '重病'],
    disabled: ['残疾'],
  },
  disability: {
    none: ['无', '否', '非残疾', '健全'],
    physical: ['肢体', '肢体残疾'],
    visual: ['视力', '视力残疾'],
    hearing: ['听力', '听力残疾'],
    speech: ['言语', '言语残疾'],
    intellectual: ['智力', '智力残疾'],
    mental: ['精神', '精神残疾'],
    multiple: ['多重', '多重残疾'],
  },
};

function normalizeWord(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function buildIndex(field: ChoiceField): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const code of ROSTER_CHOICES[field]) {
    const words = [
      code,
      CATALOGUES['zh-CN'][`roster.${field}.${code}`] ?? '',
      CATALOGUES.en[`roster.${field}.${code}`] ?? '',
      ...(EXTRA_WORDS[field][code] ?? []),
    ];
    for (const word of words) {
      if (word) {
        index.set(normalizeWord(word), code);
      }
    }
  }
  return index;
}

const INDEXES = Object.fromEntries(
  (Object.keys(ROSTER_CHOICES) as ChoiceField[]).map((f) => [f, buildIndex(f)]),
) as Record<ChoiceField, ReadonlyMap<string, string>>;

/** The code a cell names (by code, label or a common word), or null. */
export function parseChoice(field: ChoiceField, raw: string): string | null {
  return INDEXES[field].get(normalizeWord(raw)) ?? null;
}

/** The label of a code in a locale's catalogue (the code itself when there is none). */
export function choiceLabel(locale: 'zh-CN' | 'en', field: ChoiceField, code: string): string {
  return CATALOGUES[locale][`roster.${field}.${code}`] ?? code;
}

/**
 * A date as people write it: 1980-03-15, 1980/3/15, 1980.3.15, 1980年3月15日, 19800315.
 * Returns YYYY-MM-DD, `{ month }` for a year and month only (出生年月), or null.
 */
export function parseDateCell(raw: string): string | { month: string } | null {
  const text = raw.normalize('NFKC').trim().replace(/日$/, '');
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const parts = compact ?? /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})$/.exec(text);
  if (parts) {
    const date = `${parts[1]}-${(parts[2] ?? '').padStart(2, '0')}-${(parts[3] ?? '').padStart(2, '0')}`;
    return isIsoDate(date) ? date : null;
  }
  const month = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? { month: `${month[1]}-${String(m).padStart(2, '0')}` } : null;
  }
  return null;
}

/** A year as people write it: 2019, 2019年. */
export function parseYearCell(raw: string): number | null {
  const match = /^(\d{4})\s*年?$/.exec(raw.normalize('NFKC').trim());
  return match ? Number(match[1]) : null;
}
