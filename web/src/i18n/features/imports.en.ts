/** English UI text of the imports screens, loaded only when English is chosen; same keys as ./imports. */
import type { zh } from './imports';

export const en: Record<keyof typeof zh, string> = {
  'imports.menu': 'Import roster',
  'imports.title': 'Import a household roster',
  'imports.intro':
    'One household member per row; the rows of one household share the same household key. Do a dry run first to see which households would be created or updated and which rows are wrong, then import for real. People already registered are matched by ID number and updated only where something changed.',
  'imports.template': 'Download the template',
  'imports.file': 'Roster file (.xlsx or .csv)',
  'imports.pickFirst': 'Choose a roster file first',
  'imports.encoding': 'File encoding (CSV)',
  'imports.encoding.auto': 'Detect (UTF-8 or GBK)',
  'imports.encoding.utf8': 'UTF-8',
  'imports.encoding.gbk': 'GBK (CSV saved by older Excel)',
  'imports.mapping': 'Column mapping (optional)',
  'imports.mappingHint':
    'A JSON object from header text or column letter to field name, e.g. {"户号":"householdKey"}',
  'imports.mappingInvalid':
    'The column mapping must be a JSON object whose values are field names (e.g. householdKey, idNumber) or null',
  'imports.dryRun': 'Dry run',
  'imports.queued': 'Queued…',
  'imports.running': 'Working, {{rows}} rows read',
  'imports.empty': 'Choose a roster file and start a dry run to see what it would change.',
  'imports.result.dry': 'Dry run (nothing written yet)',
  'imports.result.applied': 'Import done',
  'imports.result.refused': 'Some rows are wrong; all or nothing, so nothing was written',
  'imports.failed': 'The import failed',
  'imports.summary.rows': 'Data rows',
  'imports.summary.blankRows': 'Blank rows',
  'imports.summary.badRows': 'Rows with errors',
  'imports.summary.households': 'Households',
  'imports.summary.persons': 'People',
  'imports.count.created': 'new {{n}}',
  'imports.count.updated': 'updated {{n}}',
  'imports.count.unchanged': 'unchanged {{n}}',
  'imports.count.rejected': 'not imported {{n}}',
  'imports.badRows': 'Rows with errors',
  'imports.badRows.row': 'Row',
  'imports.badRows.reasons': 'Reasons',
  'imports.badRows.more':
    'The first {{shown}} of {{total}} rows with errors are listed; the error report has them all',
  'imports.noBadRows': 'No row has an error',
  'imports.report': 'Download the error report',
  'imports.mode': 'Import mode',
  'imports.mode.all_or_nothing': 'All or nothing: any wrong row stops the whole import',
  'imports.mode.valid_only': 'Only the households without errors',
  'imports.apply': 'Import',
  'imports.applyConfirm.title': 'Import for real?',
  'imports.applyConfirm.content':
    'As the dry run showed, {{created}} households will be created and {{updated}} updated. This cannot be undone; every change is audited.',
  'imports.again': 'Import another file',
  'imports.exportRoster': 'Export the current roster',

  'imports.export.button': 'Export',
  'imports.export.xlsx': 'Excel file (.xlsx)',
  'imports.export.csv': 'CSV file (UTF-8)',
  'imports.export.whole': 'Excel with whole ID numbers',
  'imports.export.wholeTitle': 'Export whole ID numbers?',
  'imports.export.wholeContent':
    'Whole ID numbers are sensitive personal data; this export is recorded in the audit log.',
  'imports.export.started': 'Downloading {{name}}',
  'imports.export.failed': 'Export failed: {{message}}',
};
