/** The pdfmake document of household cards: one A4 page per card, built from the card's text only. */
import type { Content, TableCell, createPdf } from 'pdfmake';
import type { CardSection, CardView } from './card-view.js';

/** The font family the server registers for Chinese text (regular and bold). */
export const CARD_FONT = 'NotoSansSC';

/** pdfmake's document definition (its types export it only through createPdf). */
export type CardDocument = Parameters<typeof createPdf>[0];

const QR_SIZE = 96;

/** Column widths of each table on an A4 page with 36 pt margins (523 pt wide). */
const WIDTHS: Record<keyof CardView['sections'], (string | number)[]> = {
  members: ['*', 50, 24, 30, 104, 48, 58, 40],
  incomes: [60, 60, '*', '*'],
  cadres: [70, '*', 90, 60, 64],
  help: [64, 56, 100, '*'],
};

function table(key: keyof CardView['sections'], s: CardSection): Content[] {
  const heading: Content = { text: s.heading, style: 'heading' };
  if (s.rows.length === 0) {
    return [heading, { text: s.empty, style: 'empty' }];
  }
  const header: TableCell[] = s.columns.map((c) => ({ text: c, style: 'th' }));
  const body: TableCell[][] = [header, ...s.rows.map((r) => r.map((cell) => ({ text: cell })))];
  const content: Content[] = [
    heading,
    {
      table: { headerRows: 1, widths: WIDTHS[key], body, dontBreakRows: true },
      layout: 'lightHorizontalLines',
      style: 'table',
    },
  ];
  return s.more ? [...content, { text: s.more, style: 'more' }] : content;
}

/** The content of one card's page; every card after the first starts a new page. */
export function cardPage(view: CardView, first: boolean): Content {
  return {
    stack: [
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: view.title, style: 'title' },
              { text: view.address, style: 'subtitle' },
              { text: `${view.head}    ${view.status}`, style: 'line' },
              { text: view.printed, style: 'line' },
            ],
          },
          {
            width: QR_SIZE + 8,
            stack: [
              { qr: view.qrUrl, fit: QR_SIZE, eccLevel: 'M', alignment: 'right' },
              { text: view.scan, style: 'scan' },
            ],
          },
        ],
      },
      ...table('members', view.sections.members),
      ...table('incomes', view.sections.incomes),
      ...table('cadres', view.sections.cadres),
      ...table('help', view.sections.help),
      { text: view.footer, style: 'footer' },
    ],
    ...(first ? {} : { pageBreak: 'before' as const }),
  };
}

/** The whole document: A4 portrait, the Chinese font, one page per card. */
export function cardDocument(views: readonly CardView[], title: string): CardDocument {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [36, 32, 36, 32],
    info: { title, creator: 'bangfu' },
    content: views.map((v, i) => cardPage(v, i === 0)),
    defaultStyle: { font: CARD_FONT, fontSize: 9, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 4, 0, 6] },
      subtitle: { fontSize: 12, margin: [0, 0, 0, 4] },
      line: { fontSize: 10, color: '#333333' },
      scan: { fontSize: 7, alignment: 'right', color: '#555555', margin: [0, 2, 0, 0] },
      heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      th: { bold: true, fillColor: '#eeeeee' },
      table: { margin: [0, 0, 0, 2] },
      empty: { color: '#777777', margin: [0, 0, 0, 2] },
      more: { fontSize: 8, color: '#777777' },
      footer: { fontSize: 8, color: '#555555', margin: [0, 16, 0, 0] },
    },
  };
}
