/** English UI text of the indicators screens, loaded only when English is chosen; same keys as ./indicators. */
import type { zh } from './indicators';

export const en: Record<keyof typeof zh, string> = {
  'indicators.menu': 'Indicators',
  'indicators.title': 'Indicators',
  'indicators.print': 'Print',
  'indicators.homeLink': 'Open the indicators',
  'indicators.summary': 'Period: {{from}} to {{to}} · Region: {{region}} · Unit: {{unit}}',
  'indicators.yuan': '{{amount}} yuan',

  'indicators.filter.period': 'Period',
  'indicators.filter.range': 'Custom period',
  'indicators.filter.region': 'Region',
  'indicators.filter.allRegions': 'All regions (prefecture, county, village)',
  'indicators.filter.unit': 'Unit',
  'indicators.filter.allUnits': 'All units',
  'indicators.period.year': 'This year',
  'indicators.period.month': 'This month',
  'indicators.period.custom': 'Custom',

  'indicators.tab.education': 'Community education',
  'indicators.tab.relief': 'Poverty relief',
  'indicators.tab.epidemic': 'Epidemic prevention',
  'indicators.tab.training': 'Training',
  'indicators.tab.industry': 'Industry',
  'indicators.tab.program': 'Program-wide',

  'indicators.card.open': '{{name}}: {{value}} {{unit}}, show the records',
  'indicators.card.unsupported': 'Not counted by unit',

  'indicators.drawer.title': 'Records: {{name}}',
  'indicators.drawer.breakdown': 'Breakdown (click to filter)',
  'indicators.drawer.empty': 'No records make up this figure',
  'indicators.drawer.loaded': '{{n}} loaded, adding up to {{total}}',

  'indicators.record.date': 'Date',
  'indicators.record.kind': 'Record',
  'indicators.record.village': 'Village',
  'indicators.record.dim': 'Breakdown',
  'indicators.record.value': 'Counts',

  'indicators.kind.assistance': 'Help record',
  'indicators.kind.activity': 'Activity',
  'indicators.kind.enrollment': 'Enrolment',
  'indicators.kind.follow_up': 'Training follow-up',
  'indicators.kind.credential': 'Credential',
  'indicators.kind.grant': 'Study grant',
  'indicators.kind.sale': 'Sale',
  'indicators.kind.cooperative': 'Cooperative',
  'indicators.kind.certification': 'Certification',
  'indicators.kind.collective_income': 'Collective income',
  'indicators.kind.status_change': 'Exit registered',
  'indicators.kind.household': 'Household',

  'indicators.chart.title': 'Trend and split: {{name}}',
  'indicators.chart.month': 'By month',
  'indicators.chart.village': 'By village',
  'indicators.chart.unit': 'By unit',
  'indicators.chart.notApplicable': 'Not available for this indicator',
};
