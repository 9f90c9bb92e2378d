/** English UI text of the reports screens, loaded only when English is chosen; same keys as ./reports. */
import type { zh } from './reports';

export const en: Record<keyof typeof zh, string> = {
  'reports.brief.menu': 'Work brief',
  'reports.brief.title': 'Work brief',
  'reports.brief.intro':
    "Make the work brief as a Word document from the records, for a period, region and unit: the figures of the five measures (each with a footnote that traces it to its records), dated activity photos and paired relatives' quotes given with consent. Edit it further in Word or WPS.",
  'reports.brief.from': 'From',
  'reports.brief.to': 'To',
  'reports.brief.region': 'Region',
  'reports.brief.allRegions': 'All villages (or pick a prefecture, county, village)',
  'reports.brief.unit': 'Unit',
  'reports.brief.allUnits': 'All units',
  'reports.brief.lang': 'Language of the brief',
  'reports.brief.langZh': '中文',
  'reports.brief.langEn': 'English',
  'reports.brief.generate': 'Make and download',
  'reports.brief.generating':
    'Gathering figures, photos and quotes and writing the brief; with much data this takes a while…',
  'reports.brief.ready': 'Ready: {{name}} ({{size}} KB)',
  'reports.brief.again': 'Download again',
  'reports.brief.failed': 'The brief could not be made: {{message}}',
  'reports.brief.noVillages':
    'No villages taken on yet: the brief will have program-wide figures only.',
  'reports.brief.network': 'Network unavailable; try again',
};
