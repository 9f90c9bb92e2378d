/** The columns of a household roster (one row per person): fields, header synonyms, column mapping. */

/** Every field a roster column can hold. Household fields repeat on each member's row (or only the head's). */
export const ROSTER_FIELDS = [
  'householdKey',
  'headIdNumber',
  'villageCode',
  'address',
  'householdPhone',
  'status',
  'statusDate',
  'exitYear',
  'name',
  'sex',
  'birthDate',
  'idNumber',
  'relation',
  'schooling',
  'labourAbility',
  'health',
  'disability',
  'phone',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Fields of the household (taken from the head's row, or the first row that has them). */
export const HOUSEHOLD_FIELDS: readonly RosterField[] = [
  'villageCode',
  'address',
  'householdPhone',
  'status',
  'statusDate',
  'exitYear',
];

/** Columns a roster must have (sex and birth date may come from the ID number). */
export const REQUIRED_FIELDS: readonly RosterField[] = ['villageCode', 'name', 'relation'];

/** The template's headers, in order: the first synonym of each field is what the template writes. */
export const HEADER_SYNONYMS: Readonly<Record<RosterField, readonly string[]>> = {
  householdKey: ['户编号', '户号', '家庭编号', '户码', '户序号', 'household key', 'householdkey'],
  headIdNumber: [
    '户主身份证号',
    '户主身份证号码',
    '户主证件号码',
    'head id number',
    'headidnumber',
  ],
  villageCode: [
    '村代码',
    '村编码',
    '村级代码',
    '所在村代码',
    '行政区划代码',
    '区划代码',
    'village code',
    'villagecode',
  ],
  address: ['住址', '家庭住址', '现住址', '地址', 'address'],
  householdPhone: [
    '联系电话',
    '家庭电话',
    '户联系电话',
    '户主电话',
    'household phone',
    'householdphone',
  ],
  status: ['贫困状态', '贫困户属性', '户类型', '状态', 'status', 'poverty status'],
  statusDate: ['状态生效日期', '认定日期', '识别日期', 'status date', 'statusdate'],
  exitYear: ['脱贫年份', '脱贫年度', '脱贫时间', 'exit year', 'exityear'],
  name: ['姓名', '成员姓名', '名字', 'name'],
  sex: ['性别', 'sex', 'gender'],
  birthDate: [
    '出生日期',
    '出生年月',
    '出生年月日',
    '生日',
    'birth date',
    'birthdate',
    'date of birth',
  ],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '证件号码', 'id number', 'idnumber'],
  relation: ['与户主关系', '与户主的关系', '家庭关系', '关系', 'relation', 'relationship'],
  schooling: ['文化程度', '学历', '受教育程度', 'schooling', 'education'],
  labourAbility: ['劳动能力', '劳动技能', 'labour ability', 'labourability'],
  health: ['健康状况', '健康', 'health'],
  disability: ['残疾情况', '残疾类别', '残疾', 'disability'],
  phone: ['个人电话', '本人电话', '手机号', '手机号码', 'phone', 'mobile'],
};

/** A header as people write it: no spaces, stars, colons or brackets around notes, lower-case. */
export function normalizeHeader(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s*:：_]/g, '')
    .toLowerCase();
}

const SYNONYM_INDEX: ReadonlyMap<string, RosterField> = new Map(
  ROSTER_FIELDS.flatMap((field) =>
    HEADER_SYNONYMS[field].map((s) => [normalizeHeader(s), field] as const),
  ),
);

/** The field a header names, by its synonyms, or null. */
export function fieldOfHeader(header: string): RosterField | null {
  return SYNONYM_INDEX.get(normalizeHeader(header)) ?? null;
}

/** Spreadsheet column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export interface ResolvedColumns {
  /** The field of each column (null: ignored). */
  readonly fields: readonly (RosterField | null)[];
  /** Required fields no column provides. */
  readonly missing: readonly RosterField[];
  /** Fields two columns claim (the first one wins). */
  readonly duplicated: readonly RosterField[];
}

/**
 * Map header cells to fields: an explicit mapping (keyed by header text or column letter) first,
 * then the known synonyms. A mapping value of null ignores a column.
 */
export function resolveColumns(
  headers: readonly string[],
  mapping: Readonly<Record<string, RosterField | null>> = {},
): ResolvedColumns {
  const explicit = new Map(Object.entries(mapping).map(([k, v]) => [normalizeHeader(k), v]));
  const taken = new Set<RosterField>();
  const duplicated: RosterField[] = [];
  const fields = headers.map((header, i) => {
    const key = normalizeHeader(header);
    const letter = normalizeHeader(columnLetter(i));
    const chosen = explicit.has(key)
      ? explicit.get(key)
      : explicit.has(letter)
        ? explicit.get(letter)
        : key.length > 0
          ? fieldOfHeader(header)
          : null;
    if (!chosen) {
      return null;
    }
    if (taken.has(chosen)) {
      duplicated.push(chosen);
      return null;
    }
    taken.add(chosen);
    return chosen;
  });
  const missing = REQUIRED_FIELDS.filter((f) => !taken.has(f));
  return { fields, missing, duplicated };
}

/** How many of these cells are known headers: the header row is the one with most. */
export function headerScore(cells: readonly string[]): number {
  return cells.filter((c) => c.trim().length > 0 && fieldOfHeader(c) !== null).length;
}
