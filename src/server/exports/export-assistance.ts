/** The kind-specific cells of an assistance record in an export: its amount and a line of details. */
import type { AssistanceRecord } from '../../domain/assistance/assistance-record.schema.js';
import { fenToYuan } from '../../domain/validation/money.js';
import type { Cell, CellContext } from './export-list.js';

/** The money of a record, in fen: a job's monthly wage, medical cost, project funds, loan amount. */
export function assistanceAmount(x: AssistanceRecord): Cell {
  switch (x.kind) {
    case 'job':
      return x.monthlyWageFen;
    case 'medical':
      return x.costFen;
    case 'project':
      return x.fundsTotalFen;
    case 'loan':
      return x.amountFen;
    case 'health_check':
    case 'donation':
    case 'good_deed':
      return null;
  }
}

/** What the record is about, in one line of the export's language. */
export function assistanceDetails(x: AssistanceRecord, c: CellContext): Cell {
  switch (x.kind) {
    case 'job':
      return [
        x.employer,
        x.jobTitle,
        c.label('job_place', x.place),
        c.label('job_channel', x.channel),
      ]
        .filter((s) => s)
        .join('，');
    case 'medical':
      return [c.label('medical_kind', x.medicalKind), x.provider ?? ''].filter((s) => s).join('，');
    case 'health_check':
      return `${x.provider}：${x.peopleChecked}`;
    case 'donation':
      return [x.donor, ...x.totals.map((t) => `${t.itemName} ${t.quantity}${t.unit}`)].join('，');
    case 'project':
      return [
        x.projectName,
        c.label('project_category', x.category),
        c.label('project_status', x.projectStatus),
        ...x.funds.map((f) => `${f.source} ${fenToYuan(f.amountFen)}`),
      ].join('，');
    case 'loan':
      return [x.lender, x.purpose, `${x.termMonths}`, c.label('loan_status', x.loanStatus)].join(
        '，',
      );
    case 'good_deed':
      return x.description;
  }
}
