import { describe, expect, it } from 'vitest';
import { CARD_FONT, cardDocument } from './card-document.js';
import { ageOn, householdUrl, type HouseholdCard } from './card.schema.js';
import { CARD_LIMITS, cardView, formatYuan } from './card-view.js';

const ID = '01930000-0000-7000-8000-00000000abcd';

function card(overrides: Partial<HouseholdCard> = {}): HouseholdCard {
  return {
    householdId: ID,
    cardDate: '2026-11-28',
    year: 2026,
    villageCode: '653021203201',
    villageName: '谢依提村',
    address: '3号',
    headName: '阿山·托合托逊',
    status: 'registered_poor',
    members: [
      {
        name: '古丽·阿山',
        relation: 'child',
        sex: 'F',
        age: 16,
        idNumber: null,
        schooling: 'senior',
        labourAbility: 'not_working_age',
        health: null,
      },
      {
        name: '阿山·托合托逊',
        relation: 'head',
        sex: 'M',
        age: 46,
        idNumber: '6530**********123X',
        schooling: 'junior',
        labourAbility: 'full',
        health: 'healthy',
      },
    ],
    incomes: [{ year: 2025, memberCount: 2, totalFen: 1_200_001, perCapitaFen: 600_000 }],
    cadres: [
      {
        name: '鱼智栋',
        unitName: '办公室',
        phone: '13912345678',
        role: 'lead',
        since: '2026-01-01',
      },
    ],
    help: [
      {
        kind: 'activity',
        subtype: 'home_visit',
        subtypeName: { 'zh-CN': '走访入户', en: 'Home visit' },
        date: '2026-03-01',
        measure: 'education',
        title: '入户宣讲',
      },
      {
        kind: 'five_ones',
        subtype: 'good_deed',
        subtypeName: null,
        date: '2026-02-01',
        measure: 'epidemic',
        title: '春季“五个一”',
      },
    ],
    url: householdUrl('https://bangfu.example.org/', ID),
    ...overrides,
  };
}

/** Every node of a pdfmake content tree, depth first. */
function nodes(content: unknown): Record<string, unknown>[] {
  if (Array.isArray(content)) {
    return content.flatMap(nodes);
  }
  if (content === null || typeof content !== 'object') {
    return [];
  }
  const node = content as Record<string, unknown>;
  return [node, ...nodes(node.stack), ...nodes(node.columns)];
}

describe('ageOn', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('1980-03-15', '2026-03-14')).toBe(45);
    expect(ageOn('1980-03-15', '2026-03-15')).toBe(46);
    expect(ageOn('2026-11-28', '2026-11-28')).toBe(0);
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
  });
});

describe('the card view', () => {
  it('puts the head first and prints masked ID numbers, ages, 元 and the help in Chinese', () => {
    const view = cardView(card(), 'zh-CN');
    expect(view.title).toBe('帮扶明白卡');
    expect(view.address).toBe('谢依提村 · 3号');
    expect(view.sections.members.rows[0]).toEqual([
      '阿山·托合托逊',
      '户主',
      '男',
      '46岁',
      '6530**********123X',
      '初中',
      '有劳动能力',
      '健康',
    ]);
    expect(view.sections.members.rows[1]?.[4]).toBe('—');
    expect(view.sections.incomes.rows).toEqual([['2025', '2', '12,000.01', '6,000.00']]);
    expect(view.sections.cadres.rows[0]).toContain('13912345678');
    expect(view.sections.help.heading).toBe('2026年帮扶情况');
    expect(view.sections.help.rows[0]).toEqual(['2026-03-01', '宣传教育', '走访入户', '入户宣讲']);
    expect(view.sections.help.rows[1]?.[2]).toBe('“五个一” 一件实事好事');
  });

  it('speaks English when asked', () => {
    const view = cardView(card(), 'en');
    expect(view.title).toBe('Household assistance card');
    expect(view.sections.help.rows[0]?.[2]).toBe('Home visit');
    expect(view.status).toBe('Status: Registered poor');
  });

  it('cuts long tables to fit one page and says how many rows were left off', () => {
    const help = Array.from({ length: CARD_LIMITS.help + 3 }, () => card().help[0]!);
    const view = cardView(card({ help }), 'zh-CN');
    expect(view.sections.help.rows).toHaveLength(CARD_LIMITS.help);
    expect(view.sections.help.more).toBe('另有 3 项未列出');
  });

  it('formats fen as grouped yuan', () => {
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(123_456_789)).toBe('1,234,567.89');
  });
});

describe('the card document', () => {
  it('encodes the household’s web address in the QR node', () => {
    const doc = cardDocument([cardView(card(), 'zh-CN')], '帮扶明白卡');
    const qr = nodes(doc.content).filter((n) => 'qr' in n);
    expect(qr).toHaveLength(1);
    expect(qr[0]?.qr).toBe(`https://bangfu.example.org/households/${ID}`);
    expect(doc.pageSize).toBe('A4');
    expect(doc.defaultStyle?.font).toBe(CARD_FONT);
  });

  it('starts every card after the first on a new page', () => {
    const view = cardView(card(), 'zh-CN');
    const doc = cardDocument([view, view, view], '帮扶明白卡');
    const pages = doc.content as unknown as Record<string, unknown>[];
    expect(pages.map((p) => p.pageBreak)).toEqual([undefined, 'before', 'before']);
  });

  it('shows a note instead of an empty table', () => {
    const doc = cardDocument([cardView(card({ help: [], cadres: [] }), 'zh-CN')], 't');
    const texts = nodes(doc.content).map((n) => n.text);
    expect(texts).toContain('本年度暂无帮扶记录');
    expect(texts).toContain('暂无结对干部');
  });
});
