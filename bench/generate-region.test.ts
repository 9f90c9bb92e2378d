/** The synthetic region is deterministic, valid for the API's schema, and unique where it must be. */
import { describe, expect, it } from 'vitest';
import { HouseholdCreate } from '../src/domain/registry/household.schema.js';
import { parseIdNumber } from '../src/domain/validation/id-number.js';
import { regionLevel, parentRegionCode } from '../src/domain/validation/region-code.js';
import {
  generateCadres,
  generateHouseholds,
  inBatches,
  planRegion,
  type GeneratedHousehold,
} from './generate-region.js';

function take<T>(items: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length === n) {
      break;
    }
    out.push(item);
  }
  return out;
}

describe('planRegion', () => {
  it('spreads households over villages of about 300 with valid 12-digit codes and parents', () => {
    const plan = planRegion({ households: 100_000, seed: 1 });
    expect(plan.villages.length).toBe(333);
    expect(plan.villages.reduce((n, v) => n + v.households, 0)).toBe(100_000);
    expect(new Set(plan.villages.map((v) => v.code)).size).toBe(plan.villages.length);
    const codes = new Set(plan.regions.map((r) => r.code));
    for (const region of plan.regions) {
      expect(region.code).toMatch(/^\d{12}$/);
      expect(regionLevel(region.code)).toBe(region.level);
      expect(region.parentCode).toBe(parentRegionCode(region.code));
      if (region.parentCode) {
        expect(codes.has(region.parentCode)).toBe(true);
      }
    }
    expect(plan.cadres).toBe(50_000);
    expect(plan.regions.find((r) => r.name === '谢依提村')?.level).toBe('village');
  });

  it('uses a few counties at the scale of 1.6 million households', () => {
    const plan = planRegion({ households: 1_600_000, seed: 1 });
    expect(plan.villages.length).toBe(5_333);
    expect(plan.counties.length).toBe(22);
    expect(plan.cadres).toBe(800_000);
  });
});

describe('generateHouseholds', () => {
  const plan = planRegion({ households: 20_000, seed: 7 });
  const all: GeneratedHousehold[] = [...generateHouseholds(plan)];

  it('is the same for the same seed and differs for another', () => {
    const again = take(generateHouseholds(plan), 50);
    expect(again).toEqual(all.slice(0, 50));
    const other = take(generateHouseholds(planRegion({ households: 20_000, seed: 8 })), 50);
    expect(other).not.toEqual(all.slice(0, 50));
  });

  it('yields inputs the API schema accepts unchanged', () => {
    for (const h of all.filter((_, i) => i % 97 === 0)) {
      expect(HouseholdCreate.parse(h.input)).toEqual(h.input);
    }
  });

  it('gives 3–6 members, one head, names with the middle dot, IDs valid and unique', () => {
    const ids = new Set<string>();
    const problems: string[] = [];
    let members = 0;
    for (const h of all) {
      const { members: list, villageCode } = h.input;
      if (
        list.length < 3 ||
        list.length > 6 ||
        list.filter((m) => m.relation === 'head').length !== 1
      ) {
        problems.push(`household ${h.index}: ${list.length} members`);
      }
      for (const m of list) {
        const parsed = parseIdNumber(m.idNumber ?? '', '2026-12-31');
        const consistent =
          parsed.ok && parsed.id.birthDate === m.birthDate && parsed.id.sex === m.sex;
        if (
          !consistent ||
          !/^[^·]+·[^·]+$/.test(m.name) ||
          !m.idNumber?.startsWith(villageCode.slice(0, 6))
        ) {
          problems.push(`${m.name} ${m.idNumber}`);
        }
        ids.add(m.idNumber ?? '');
        members += 1;
      }
    }
    expect(problems).toEqual([]);
    expect(ids.size).toBe(members);
    expect(members / all.length).toBeGreaterThan(4);
  });

  it('pairs every household with a lead cadre, about two households per cadre', () => {
    const cadres = new Set(all.map((h) => h.leadCadre));
    expect(Math.max(...cadres)).toBe(plan.cadres - 1);
    expect(cadres.size).toBe(plan.cadres);
    expect(all.every((h) => h.incomes.length === 2 && h.incomes[1]!.year === 2025)).toBe(true);
  });

  it('yields cadres with units in range', () => {
    const cadres = [...generateCadres(plan)];
    expect(cadres).toHaveLength(plan.cadres);
    expect(cadres.every((c) => c.unit >= 0 && c.unit < plan.units)).toBe(true);
  });
});

describe('inBatches', () => {
  it('groups a stream and keeps the remainder', () => {
    expect([...inBatches([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
  });
});
