import { describe, expect, it } from 'vitest';
import { RAW_SOURCES } from '../../src/db/indicator-sources.repository.js';
import { INDICATORS, unsupportedFilters } from '../../src/domain/indicators/catalogue.js';
import { CATALOGUES } from '../../src/domain/messages/i18n.js';

describe('the indicator catalogue', () => {
  it('names, defines and phrases every indicator in both languages', () => {
    for (const def of INDICATORS) {
      for (const part of ['name', 'definition', 'sentence']) {
        for (const locale of ['zh-CN', 'en'] as const) {
          expect(
            CATALOGUES[locale][`indicator.${def.id}.${part}`],
            `${def.id}.${part}`,
          ).toBeTruthy();
        }
      }
      expect(CATALOGUES['zh-CN'][`indicator.${def.id}.sentence`]).toContain('{value}');
    }
    expect(new Set(INDICATORS.map((d) => d.id)).size).toBe(INDICATORS.length);
  });

  it('has a raw query for every summary row it reads', () => {
    for (const def of INDICATORS) {
      expect(RAW_SOURCES[def.fact], def.id).toBeTypeOf('string');
      if (def.denominator) {
        expect(RAW_SOURCES[def.denominator]).toBeTypeOf('string');
      }
    }
  });

  it('covers the figures of the article', () => {
    const ids = INDICATORS.map((d) => d.id);
    for (const id of [
      'jobs_near_home',
      'prostheses',
      'health_check_villages',
      'donated_items',
      'project_funds',
      'students_paid',
      'lecture_reach',
      'trainees_exited',
      'sales_by_buyer',
      'collective_income_growth',
      'pairing_coverage',
      'visited_30d',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('says which filters an indicator cannot apply', () => {
    const sales = INDICATORS.find((d) => d.id === 'sales_revenue');
    const jobs = INDICATORS.find((d) => d.id === 'jobs_near_home');
    expect(sales && unsupportedFilters(sales, { unit: 'u', cadre: 'c' })).toEqual([
      'unit',
      'cadre',
    ]);
    expect(jobs && unsupportedFilters(jobs, { unit: 'u', cadre: 'c' })).toEqual([]);
  });
});
