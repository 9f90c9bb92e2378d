/** Labels of series points: village names, unit names, months as they are. */
import { translate, type Locale } from '../../domain/messages/i18n.js';
import type { Conn } from '../../db/connect.js';

/** A label for each key of a series grouped by month, village or unit. */
export async function seriesLabels(
  db: Conn,
  by: 'month' | 'village' | 'unit',
  keys: readonly string[],
  locale: Locale,
): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  const named = keys.filter((k) => k !== '');
  if (by === 'village' && named.length > 0) {
    const rows = await db
      .selectFrom('regions')
      .select(['code', 'name'])
      .where('code', 'in', named)
      .execute();
    rows.forEach((r) => labels.set(r.code, r.name));
  }
  if (by === 'unit' && named.length > 0) {
    const rows = await db
      .selectFrom('org_units')
      .select(['id', 'name'])
      .where('id', 'in', named)
      .execute();
    rows.forEach((r) => labels.set(r.id, r.name));
  }
  if (keys.includes('')) {
    labels.set('', translate(locale, by === 'unit' ? 'indicator.no_unit' : 'indicator.no_village'));
  }
  return labels;
}
