/** How assistance records read in lists and on their page: who received it and a one-line summary. */
import type { TFunction } from 'i18next';
import { count, money } from '../measures/shared';
import type { AssistanceRecord } from './api';

export const KIND_COLOR: Record<AssistanceRecord['kind'], string> = {
  job: 'blue',
  medical: 'magenta',
  health_check: 'cyan',
  donation: 'orange',
  project: 'geekblue',
  loan: 'gold',
  good_deed: 'green',
};

export const STATUS_COLOR: Record<AssistanceRecord['status'], string> = {
  planned: 'default',
  in_progress: 'processing',
  done: 'success',
  cancelled: 'error',
};

/** "古丽·阿山、阿山·托合托逊 等 5 户/人" (the first three names). */
export function beneficiariesText(t: TFunction, r: AssistanceRecord): string {
  const names = r.beneficiaries.map((b) => b.name);
  if (names.length === 0) {
    return '—';
  }
  const shown = names.slice(0, 3).join(t('measures.sep'));
  return names.length > 3 ? t('assistance.andMore', { names: shown, count: names.length }) : shown;
}

/** "口罩 3,000 个、消毒液 20 瓶". */
export function quantitiesText(
  t: TFunction,
  items: readonly { itemName: string; unit: string; quantity: number }[],
) {
  return items.map((i) => `${i.itemName} ${count(i.quantity)} ${i.unit}`).join(t('measures.sep'));
}

/** The kind's essentials in one line. */
export function summaryOf(t: TFunction, r: AssistanceRecord): string {
  switch (r.kind) {
    case 'job':
      return `${r.employer} · ${r.jobTitle} · ${t('assistance.perMonth', { amount: money(t, r.monthlyWageFen) })}`;
    case 'medical':
      return [r.provider, r.costFen === null ? null : money(t, r.costFen)]
        .filter(Boolean)
        .join(' · ');
    case 'health_check':
      return `${r.provider || '—'} · ${t('assistance.peopleCount', { count: r.peopleChecked })}`;
    case 'donation':
      return `${r.donor} · ${quantitiesText(t, r.totals)}`;
    case 'project':
      return `${r.projectName} · ${money(t, r.fundsTotalFen)}`;
    case 'loan':
      return `${r.lender} · ${money(t, r.amountFen)} · ${r.purpose}`;
    case 'good_deed':
      return r.description;
  }
}
