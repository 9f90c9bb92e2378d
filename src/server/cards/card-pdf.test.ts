import { describe, expect, it } from 'vitest';
import { cardView } from '../../domain/cards/card-view.js';
import type { HouseholdCard } from '../../domain/cards/card.schema.js';
import { pdfPageCount } from '../../../test/helpers/card-builders.js';
import { renderCardsPdf } from './card-pdf.js';

const card: HouseholdCard = {
  householdId: '01930000-0000-7000-8000-00000000abcd',
  cardDate: '2026-11-28',
  year: 2026,
  villageCode: '653021203201',
  villageName: '谢依提村',
  address: '3号',
  headName: '阿山·托合托逊',
  status: 'monitored',
  members: [
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
  incomes: [],
  cadres: [],
  help: [],
  url: 'https://bangfu.example.org/households/01930000-0000-7000-8000-00000000abcd',
};

describe('rendering card PDFs', () => {
  it('lays out one A4 page per card on this thread, with the font embedded', async () => {
    const view = cardView(card, 'zh-CN');
    const pdf = await renderCardsPdf([view, view], '帮扶明白卡', { worker: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(2);
    expect(pdf.toString('latin1')).toMatch(/FontFile3|FontFile2/);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
  });

  it('gives the same pages from a worker thread, as big batches use', async () => {
    const view = cardView(card, 'en');
    const pdf = await renderCardsPdf([view, view, view], 'cards', { worker: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(3);
  }, 60_000);
});
