/** The roster template: Chinese headers, text-formatted code columns, lists for the closed choices, notes. */
import ExcelJS from 'exceljs';
import {
  HEADER_SYNONYMS,
  ROSTER_FIELDS,
  type RosterField,
} from '../../domain/imports/roster-fields.js';
import {
  ROSTER_CHOICES,
  choiceLabel,
  type ChoiceField,
} from '../../domain/imports/roster-values.js';
import { translate, type Locale } from '../../domain/messages/i18n.js';

/** Columns typed as text, so spreadsheets keep leading zeros and all 18 digits. */
const TEXT_FIELDS: readonly RosterField[] = [
  'householdKey',
  'headIdNumber',
  'villageCode',
  'householdPhone',
  'idNumber',
  'phone',
  'birthDate',
  'statusDate',
];

function isChoice(field: RosterField): field is ChoiceField {
  return field in ROSTER_CHOICES;
}

function addNotes(workbook: ExcelJS.Workbook, locale: Locale): void {
  const notes = workbook.addWorksheet(translate(locale, 'import.template.notes_sheet'));
  notes.getColumn(1).width = 120;
  for (const n of [1, 2, 3, 4, 5]) {
    notes.addRow([translate(locale, `import.template.note${n}`)]);
  }
  for (const field of ROSTER_FIELDS.filter(isChoice)) {
    const header = HEADER_SYNONYMS[field][0] ?? field;
    const labels = ROSTER_CHOICES[field].map((code) => choiceLabel('zh-CN', field, code));
    notes.addRow([
      translate(locale, 'import.template.note6', { choices: `${header}：${labels.join('、')}` }),
    ]);
  }
}

/** The template as an .xlsx file in memory (it is small). */
export async function rosterTemplate(locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(translate(locale, 'import.template.sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = ROSTER_FIELDS.map((field) => ({
    header: HEADER_SYNONYMS[field][0] ?? field,
    key: field,
    width: field === 'idNumber' || field === 'headIdNumber' ? 22 : 14,
    style: TEXT_FIELDS.includes(field) ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  ROSTER_FIELDS.forEach((field, i) => {
    if (!isChoice(field)) {
      return;
    }
    const labels = ROSTER_CHOICES[field].map((code) => choiceLabel('zh-CN', field, code));
    const letter = sheet.getColumn(i + 1).letter;
    for (let row = 2; row <= 2000; row += 1) {
      sheet.getCell(`${letter}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${labels.join(',')}"`],
      };
    }
  });
  addNotes(workbook, locale);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
