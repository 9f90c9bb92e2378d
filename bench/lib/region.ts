/** The layout of a synthetic region: prefectures, counties, townships and villages with real-style codes. */
import { seededRandom } from '../../src/cli/demo/context.js';
import { PLACE_HEAD, PLACE_TAIL, pick } from './names.js';

export interface RegionRow {
  readonly code: string;
  readonly name: string;
  readonly level: 'province' | 'prefecture' | 'county' | 'township' | 'village';
  readonly parentCode: string | null;
}

export interface VillagePlan {
  readonly code: string;
  readonly name: string;
  /** Index of the first household of the village, and how many it has. */
  readonly firstHousehold: number;
  readonly households: number;
  readonly deeplyPoor: boolean;
}

export interface RegionPlan {
  readonly seed: number;
  readonly households: number;
  readonly cadres: number;
  readonly units: number;
  readonly regions: readonly RegionRow[];
  readonly villages: readonly VillagePlan[];
  /** The 6-digit county codes, in order (ID numbers start with them). */
  readonly counties: readonly string[];
}

const PROVINCE = { code: '650000000000', name: '新疆维吾尔自治区' } as const;

/** Real prefectures and counties of southern Xinjiang (statistical division codes). */
const PREFECTURES: readonly (readonly [string, string, readonly (readonly [string, string])[]])[] =
  [
    [
      '6530',
      '克孜勒苏柯尔克孜自治州',
      [
        ['653001', '阿图什市'],
        ['653022', '阿克陶县'],
        ['653023', '阿合奇县'],
        ['653024', '乌恰县'],
      ],
    ],
    [
      '6531',
      '喀什地区',
      [
        ['653101', '喀什市'],
        ['653121', '疏附县'],
        ['653122', '疏勒县'],
        ['653123', '英吉沙县'],
        ['653124', '泽普县'],
        ['653125', '莎车县'],
        ['653126', '叶城县'],
        ['653127', '麦盖提县'],
        ['653128', '岳普湖县'],
        ['653129', '伽师县'],
        ['653130', '巴楚县'],
      ],
    ],
    [
      '6532',
      '和田地区',
      [
        ['653201', '和田市'],
        ['653221', '和田县'],
        ['653222', '墨玉县'],
        ['653223', '皮山县'],
        ['653224', '洛浦县'],
        ['653225', '策勒县'],
        ['653226', '于田县'],
      ],
    ],
  ];

const COUNTIES = PREFECTURES.flatMap(([, , counties]) => counties);
const HOUSEHOLDS_PER_VILLAGE = 300;
const VILLAGES_PER_TOWNSHIP = 15;
const VILLAGES_PER_COUNTY = 240;

function placeName(random: () => number, suffix: string): string {
  return `${pick(PLACE_HEAD, random)}${pick(PLACE_TAIL, random)}${suffix}`;
}

/** Split n households over v villages: sizes differ by at most one, in village order. */
function villageSizes(n: number, v: number): number[] {
  const base = Math.floor(n / v);
  const extra = n % v;
  return Array.from({ length: v }, (_, i) => base + (i < extra ? 1 : 0));
}

/**
 * Plan a region of `households` households (about 300 per village, 15 villages per township,
 * 240 per county) with `cadres` cadres in units of about 150. Deterministic for a seed.
 */
export function planRegion(options: {
  households: number;
  seed: number;
  cadres?: number;
}): RegionPlan {
  const random = seededRandom(options.seed * 7919 + 1);
  const villageCount = Math.max(1, Math.round(options.households / HOUSEHOLDS_PER_VILLAGE));
  const countyCount = Math.min(COUNTIES.length, Math.ceil(villageCount / VILLAGES_PER_COUNTY));
  const counties = COUNTIES.slice(0, countyCount);
  const regions: RegionRow[] = [{ ...PROVINCE, level: 'province', parentCode: null }];
  for (const [code4, name] of PREFECTURES) {
    if (counties.some(([c]) => c.startsWith(code4))) {
      regions.push({
        code: `${code4}00000000`,
        name,
        level: 'prefecture',
        parentCode: PROVINCE.code,
      });
    }
  }
  const sizes = villageSizes(options.households, villageCount);
  const villages: VillagePlan[] = [];
  let next = 0;
  counties.forEach(([county6, countyName], c) => {
    const county = `${county6}000000`;
    regions.push({
      code: county,
      name: countyName,
      level: 'county',
      parentCode: `${county6.slice(0, 4)}00000000`,
    });
    // Villages go round-robin over counties, so every county gets its share.
    const mine = sizes.filter((_, v) => v % countyCount === c);
    for (let t = 0; t * VILLAGES_PER_TOWNSHIP < mine.length; t += 1) {
      const township = `${county6}${200 + t}000`;
      const first = c === 0 && t === 0;
      regions.push({
        code: township,
        name: first ? '哈拉峻乡' : placeName(random, '乡'),
        level: 'township',
        parentCode: county,
      });
      mine.slice(t * VILLAGES_PER_TOWNSHIP, (t + 1) * VILLAGES_PER_TOWNSHIP).forEach((size, v) => {
        const code = `${township.slice(0, 9)}${201 + v}`;
        const name = first && v === 0 ? '谢依提村' : placeName(random, '村');
        regions.push({ code, name, level: 'village', parentCode: township });
        villages.push({
          code,
          name,
          firstHousehold: next,
          households: size,
          deeplyPoor: random() < 0.4,
        });
        next += size;
      });
    }
  });
  const cadres = options.cadres ?? Math.max(1, Math.round(options.households / 2));
  return {
    seed: options.seed,
    households: options.households,
    cadres,
    units: Math.max(1, Math.ceil(cadres / 150)),
    regions,
    villages,
    counties: counties.map(([c]) => c),
  };
}
