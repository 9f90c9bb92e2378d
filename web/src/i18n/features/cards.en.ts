/** English UI text of the cards screens, loaded only when English is chosen; same keys as ./cards. */
import type { zh } from './cards';

export const en: Record<keyof typeof zh, string> = {
  'cards.button.household': 'Household card',
  'cards.button.village': 'Print all household cards',
  'cards.print': 'Print',
  'cards.downloadPdf': 'Download PDF',
  'cards.pdfMaking': 'Making the PDF…',
  'cards.pdfSaved': '{{name}} downloaded',
  'cards.pdfFailed': 'The PDF could not be made: {{message}}',
  'cards.back': 'Back',
  'cards.household.title': 'Household card preview',
  'cards.village.title': '{{village}} · print all household cards',
  'cards.village.count': '{{count}} households, one page each',
  'cards.village.loading': 'Loading the cards ({{count}} households so far)…',
  'cards.village.empty': 'No household of this village is yours to print a card for',
  'cards.qr': 'QR code of this household: {{url}}',
  'cards.hint': 'Print on A4, portrait; the menus of the page are not printed.',
};
