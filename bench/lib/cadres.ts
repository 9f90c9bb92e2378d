/** Synthetic organization units and cadres (结亲干部) of the region's government offices. */
import { FEMALE_GIVEN, HAN_FAMILY, HAN_GIVEN, MALE_GIVEN, pick } from './names.js';

export interface UnitSeed {
  readonly index: number;
  readonly name: string;
}

export interface CadreSeed {
  readonly index: number;
  readonly unit: number;
  readonly name: string;
  readonly sex: 'M' | 'F';
  readonly phone: string;
  readonly position: string;
}

const OFFICES = [
  '自治区机关事务管理局',
  '自治区财政厅',
  '自治区教育厅',
  '自治区卫生健康委员会',
  '自治区农业农村厅',
  '自治区人力资源和社会保障厅',
  '自治区交通运输厅',
  '自治区住房和城乡建设厅',
  '地区行政公署办公室',
  '县人民政府办公室',
] as const;
const POSITIONS = ['科员', '一级科员', '副科长', '科长', '副处长', '处长', '四级主任科员'] as const;

/** The name of the unit with this index: an office and one of its divisions. */
export function unitSeed(index: number): UnitSeed {
  const office = OFFICES[index % OFFICES.length] ?? OFFICES[0];
  return { index, name: `${office}第${Math.floor(index / OFFICES.length) + 1}处` };
}

/** A cadre: seven in ten with a Han name, the others Uyghur or Kyrgyz. */
export function cadreSeed(
  random: () => number,
  index: number,
  units: number,
  cadres: number,
): CadreSeed {
  const sex = random() < 0.6 ? 'M' : 'F';
  const name =
    random() < 0.7
      ? `${pick(HAN_FAMILY, random)}${pick(HAN_GIVEN, random)}`
      : `${pick(sex === 'M' ? MALE_GIVEN : FEMALE_GIVEN, random)}·${pick(MALE_GIVEN, random)}`;
  return {
    index,
    unit: Math.min(units - 1, Math.floor((index * units) / cadres)),
    name,
    sex,
    phone: `139${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
    position: pick(POSITIONS, random),
  };
}
