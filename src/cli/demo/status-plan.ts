/** The poverty-status history of a demo household and the income level that goes with it. */
import type { PovertyStatus } from '../../domain/registry/enums.js';
import type { RawPerson } from './people.js';
import { addDays, chance, dateBetween, int, pick, weighted, type Random } from './random.js';

export interface StatusStep {
  readonly status: PovertyStatus;
  readonly date: string;
  readonly exitYear: number | null;
  readonly reason: string;
}

const EXIT_REASON = '人均纯收入稳定超过扶贫标准，“两不愁三保障”达标，经民主评议、公示后退出';
const MONITOR_REASONS = [
  '家庭成员患重病，医疗支出大，存在返贫风险',
  '主要劳动力因残丧失部分劳动能力，收入下降',
  '冰雹灾害造成玉米减产，经营性收入骤减',
  '主要劳动力外出务工中断，收入不稳定',
] as const;

/** Registration, exit and (for some) monitoring, with their dates and reasons. */
export function statusHistory(
  random: Random,
  today: string,
): { registeredOn: string; changes: StatusStep[] } {
  const registeredOn = chance(random, 0.8)
    ? dateBetween(random, '2014-10-01', '2014-12-20')
    : dateBetween(random, '2015-09-01', '2016-12-20');
  const roll = random();
  if (roll < 0.05) {
    return { registeredOn, changes: [] };
  }
  const exitYear = weighted(random, [
    [2019, 65],
    [2020, 35],
  ] as const);
  const exit = {
    status: 'exited' as const,
    date: dateBetween(random, `${exitYear}-10-08`, `${exitYear}-12-15`),
    exitYear,
    reason: EXIT_REASON,
  };
  if (roll >= 0.17) {
    return { registeredOn, changes: [exit] };
  }
  const monitored = {
    status: 'monitored' as const,
    date: dateBetween(random, '2021-06-01', addDays(today, -30)),
    exitYear: null,
    reason: pick(random, MONITOR_REASONS),
  };
  return { registeredOn, changes: [exit, monitored] };
}

/** Make the family fit the reason it is monitored for (illness, disability). */
export function fitReason(family: RawPerson[], changes: readonly StatusStep[]): void {
  const reason = changes[changes.length - 1]?.reason;
  const adult = family.find((m) => m.relation === 'spouse') ?? family[0];
  if (!adult) {
    return;
  }
  if (reason === MONITOR_REASONS[0]) {
    Object.assign(adult, { health: 'serious', disability: 'none', labourAbility: 'partial' });
  }
  if (reason === MONITOR_REASONS[1]) {
    Object.assign(adult, { health: 'disabled', disability: 'physical', labourAbility: 'partial' });
  }
}

/** Per-capita net income (yuan) in the first income year, by the household's status. */
export function incomeBase(random: Random, changes: readonly StatusStep[]): number {
  const last = changes[changes.length - 1]?.status ?? 'registered_poor';
  if (last === 'exited') {
    return int(random, 8_000, 15_000);
  }
  return last === 'monitored' ? int(random, 5_500, 8_500) : int(random, 3_600, 5_400);
}
