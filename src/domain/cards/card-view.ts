/** A card as the words printed on it, in one language: shared by the PDF and the web print view. */
import { translate, type Locale } from '../messages/i18n.js';
import { fenToYuan } from '../validation/money.js';
import type { CardHelpItem, HouseholdCard } from './card.schema.js';

/** How many rows of each table fit on one A4 page with everything else. */
export const CARD_LIMITS = { members: 12, incomes: 5, cadres: 3, help: 10 } as const;

/** One table of the card: its heading, column titles and rows of text. */
export interface CardSection {
  readonly heading: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Shown instead of the table when there are no rows. */
  readonly empty: string;
  /** "另有 N 项未列出" when rows were left off to keep one page. */
  readonly more: string | null;
}

export interface CardView {
  readonly householdId: string;
  readonly title: string;
  readonly address: string;
  readonly head: string;
  readonly status: string;
  readonly printed: string;
  readonly qrUrl: string;
  readonly scan: string;
  readonly sections: {
    readonly members: CardSection;
    readonly incomes: CardSection;
    readonly cadres: CardSection;
    readonly help: CardSection;
  };
  readonly footer: string;
}

type T = (key: string, params?: Record<string, string | number>) => string;

/** Group digits of a yuan amount: 12345.60 → 12,345.60. */
export function formatYuan(fen: number): string {
  const [whole = '0', decimals = '00'] = fenToYuan(fen).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${decimals}`;
}

function section(
  t: T,
  key: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  limit: number,
  params: Record<string, string | number> = {},
): CardSection {
  const more = rows.length - limit;
  return {
    heading: t(`card.section.${key}`, params),
    columns: columns.map((c) => t(`card.col.${c}`)),
    rows: rows.slice(0, limit),
    empty: t(`card.empty.${key}`),
    more: more > 0 ? t('card.more', { count: more }) : null,
  };
}

/** The words of a help item: what it was (kind, type) for the 事项 column. */
function helpItemName(t: T, locale: Locale, item: CardHelpItem): string {
  if (item.kind === 'activity') {
    return item.subtypeName?.[locale] ?? t('card.kind.activity');
  }
  if (item.kind === 'assistance') {
    return t(`assistance_kind.${item.subtype}`);
  }
  if (item.kind === 'five_ones') {
    return `${t('card.kind.five_ones')} ${t(`card.five.${item.subtype}`)}`;
  }
  return t(`card.kind.${item.kind}`);
}

function helpRows(t: T, locale: Locale, card: HouseholdCard): string[][] {
  return card.help.map((h) => [
    h.date,
    h.measure ? t(`measure.${h.measure}`) : t('card.hidden'),
    helpItemName(t, locale, h),
    h.title || t('card.hidden'),
  ]);
}

function memberRows(t: T, card: HouseholdCard): string[][] {
  const headFirst = [...card.members].sort(
    (a, b) => Number(b.relation === 'head') - Number(a.relation === 'head'),
  );
  return headFirst.map((m) => [
    m.name,
    t(`card.relation.${m.relation}`),
    t(`card.sex.${m.sex}`),
    t('card.years', { age: m.age }),
    m.idNumber ?? t('card.hidden'),
    t(`card.schooling.${m.schooling}`),
    t(`card.labour.${m.labourAbility}`),
    m.health ? t(`card.health.${m.health}`) : t('card.hidden'),
  ]);
}

/** The latest years of income, oldest first (older years stay off the page). */
function incomeRows(card: HouseholdCard): string[][] {
  return card.incomes
    .slice(-CARD_LIMITS.incomes)
    .map((i) => [
      String(i.year),
      String(i.memberCount),
      formatYuan(i.totalFen),
      formatYuan(i.perCapitaFen),
    ]);
}

function cadreRows(t: T, card: HouseholdCard): string[][] {
  return card.cadres.map((c) => [
    c.name,
    c.unitName,
    c.phone ?? t('card.hidden'),
    t(`card.role.${c.role}`),
    c.since,
  ]);
}

/** The card's text in a language; tables are cut to fit one page and say how much was left off. */
export function cardView(card: HouseholdCard, locale: Locale): CardView {
  const t: T = (key, params) => translate(locale, key, params);
  return {
    householdId: card.householdId,
    title: t('card.title'),
    address: t('card.address', { village: card.villageName, address: card.address }),
    head: t('card.head', { name: card.headName }),
    status: t('card.statusLine', { status: `@card.status.${card.status}` }),
    printed: t('card.printed', { date: card.cardDate }),
    qrUrl: card.url,
    scan: t('card.scan'),
    sections: {
      members: section(
        t,
        'members',
        ['name', 'relation', 'sex', 'age', 'idNumber', 'schooling', 'labour', 'health'],
        memberRows(t, card),
        CARD_LIMITS.members,
      ),
      incomes: section(
        t,
        'income',
        ['year', 'memberCount', 'total', 'perCapita'],
        incomeRows(card),
        CARD_LIMITS.incomes,
      ),
      cadres: section(
        t,
        'cadres',
        ['name', 'unit', 'phone', 'role', 'since'],
        cadreRows(t, card),
        CARD_LIMITS.cadres,
      ),
      help: section(
        t,
        'help',
        ['date', 'measure', 'item', 'detail'],
        helpRows(t, locale, card),
        CARD_LIMITS.help,
        { year: card.year },
      ),
    },
    footer: t('card.footer'),
  };
}
