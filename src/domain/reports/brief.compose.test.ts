import { describe, expect, it } from 'vitest';
import { composeBrief, trimDisplay, type BriefSources } from './brief.compose.js';
import { BriefQuery } from './brief.schema.js';

const drill = (id: string) => ({
  path: `/api/v1/indicators/${id}/records`,
  query: { from: '2026-01-01', to: '2026-06-30' },
});

function sources(overrides: Partial<BriefSources> = {}): BriefSources {
  return {
    query: BriefQuery.parse({ from: '2026-01-01', to: '2026-06-30' }),
    regionName: null,
    unitName: null,
    values: [
      { id: 'jobs_near_home', value: 31, display: '31', drill: drill('jobs_near_home') },
      { id: 'jobs_away', value: 0, display: '0', drill: drill('jobs_away') },
      { id: 'loans', value: null, display: null, drill: drill('loans') },
      {
        id: 'project_funds',
        value: 1_205_000_000,
        display: '1205.00',
        drill: drill('project_funds'),
      },
      { id: 'collective_income_growth', value: -4.2, display: '-4.2', drill: drill('x') },
      { id: 'micro_classrooms', value: 12, display: '12', drill: drill('micro_classrooms') },
    ],
    photos: [],
    stories: [
      {
        storyId: 's1',
        quote: '帮我申请贷款购买牛羊',
        speaker: '阿山·托合托逊',
        villageName: '谢依提村',
        saidOn: '2026-03-01',
        measure: 'relief',
      },
      {
        storyId: 's2',
        quote: '一听就明白',
        speaker: '昆都孜·吐尔逊',
        villageName: '谢依提村',
        saidOn: '2026-02-01',
        measure: null,
      },
    ],
    today: '2026-07-01',
    ...overrides,
  };
}

describe('composing the work brief', () => {
  it('writes positive figures as sentences, leaving out zero, negative and unsupported ones', () => {
    const brief = composeBrief(sources());
    const relief = brief.sections.find((s) => s.measure === 'relief');
    expect(relief?.figures.map((f) => f.sentence)).toEqual([
      '帮助31名贫困人员实现家门口就业',
      '筹集资金1205万元用于村级项目建设',
    ]);
    const all = brief.sections.flatMap((s) => s.figures.map((f) => f.indicatorId));
    expect(all).not.toContain('jobs_away');
    expect(all).not.toContain('loans');
    expect(all).not.toContain('collective_income_growth');
    expect(brief.sections.find((s) => s.measure === 'epidemic')?.emptyNote).toBe(
      '本期没有可统计的记录。',
    );
  });

  it('keeps the five measures in the article order, then the quotes without a measure', () => {
    const brief = composeBrief(sources());
    expect(brief.sections.map((s) => s.measure)).toEqual([
      'education',
      'relief',
      'epidemic',
      'training',
      'industry',
      null,
    ]);
    expect(brief.sections[1]?.quotes.map((q) => q.storyId)).toEqual(['s1']);
    expect(brief.sections[5]?.quotes[0]?.attribution).toBe(
      '——结对亲戚昆都孜·吐尔逊（谢依提村，2026-02-01）',
    );
  });

  it('footnotes each figure with its indicator, filters and drill path', () => {
    const brief = composeBrief(
      sources({
        query: BriefQuery.parse({ from: '2026-01-01', to: '2026-06-30', region: '653021203201' }),
        regionName: '谢依提村',
      }),
    );
    const note = brief.sections[1]?.figures[0]?.footnote;
    expect(note).toBe(
      '指标：家门口就业（jobs_near_home）；期间：2026-01-01 至 2026-06-30；地区：谢依提村（653021203201）；单位：全部单位；明细：/api/v1/indicators/jobs_near_home/records?from=2026-01-01&to=2026-06-30',
    );
    expect(brief.notes).toHaveLength(3);
  });

  it('writes English, capitalising each paragraph', () => {
    const brief = composeBrief(
      sources({ query: BriefQuery.parse({ from: '2026-01-01', to: '2026-06-30', lang: 'en' }) }),
    );
    expect(brief.sections[0]?.heading).toBe('Education builds confidence');
    expect(brief.sections[1]?.figures[0]?.sentence).toBe(
      'Helped 31 poor people into jobs near home',
    );
    expect(brief.end).toBe('.');
  });

  it('trims trailing zeros of display values', () => {
    expect(trimDisplay('120.00')).toBe('120');
    expect(trimDisplay('12.50')).toBe('12.5');
    expect(trimDisplay('300')).toBe('300');
  });
});
