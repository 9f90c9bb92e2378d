/** What the training, industry and stories screens share: access, money in 元, dates, voiding with a reason. */
import { Button, Card, Grid, Space, type CardProps } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/session';
import { useVoidConfirm as useVoidConfirmWith } from '../../ui/void-confirm';

/** Roles that work in the console (a cadre works from 我的亲戚). */
export const CONSOLE_ROLES = [
  'admin',
  'coordinator',
  'finance',
  'trainer',
  'coop_manager',
  'leader',
  'auditor',
] as const;

/** What the signed-in user may do in these screens (mirrors src/domain/roles.ts). */
export function useWorkAccess() {
  const me = useMe();
  const permissions = me.data?.permissions ?? [];
  const has = (p: string) => permissions.includes(p);
  return {
    role: me.data?.user.role ?? '',
    canTrain: has('training.write'),
    canIndustry: has('industry.write'),
    canStory: has('story.write'),
    canSearchHouseholds: has('registry.read'),
  };
}

const grouping = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** 1234567 fen → "12,345.67 元" in the user's language; null → "—". */
export function money(t: TFunction, fen: number | null | undefined): string {
  return fen === null || fen === undefined
    ? '—'
    : t('training.money', { amount: grouping.format(fen / 100) });
}

/** 1234567 fen → "12,345.67" (the number only). */
export function yuan(fen: number): string {
  return grouping.format(fen / 100);
}

/** A yuan amount typed in a number input → integer fen; empty → null. */
export function fenOf(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? Math.round(n * 100) : Number.NaN;
}

/** Integer fen → yuan for a number input; null stays null. */
export function yuanOf(fen: number | null | undefined): number | null {
  return fen === null || fen === undefined ? null : fen / 100;
}

/** A date picker's value → "YYYY-MM-DD"; undefined when empty (the schemas say "required"). */
export function isoDay(d: Dayjs | null | undefined): string | undefined {
  return d ? d.format('YYYY-MM-DD') : undefined;
}

/** "YYYY-MM-DD" → a date picker's value. */
export function dayOf(s: string | null | undefined): Dayjs | null {
  return s ? dayjs(s) : null;
}

/** Dates after today cannot be picked where the API wants a past date. */
export function afterToday(d: Dayjs): boolean {
  return d.isAfter(dayjs(), 'day');
}

/** A percent change with its sign, e.g. "+28.6%"; null → "—". */
export function percent(p: number | null | undefined): string {
  if (p === null || p === undefined) {
    return '—';
  }
  return `${p > 0 ? '+' : ''}${p.toFixed(1)}%`;
}

export { errorText } from '../../ui/void-confirm';

/** Void a record entered in error, asking for the reason (see ui/void-confirm). */
export function useVoidConfirm() {
  return useVoidConfirmWith('training.void');
}

/** A list row's 修改 and 作废 buttons; 作废 asks for the reason before `onVoid`. */
export function EditVoidButtons(props: {
  onEdit: () => void;
  voidTitle: string;
  what: string;
  onVoid: (reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const confirmVoid = useVoidConfirm();
  const { voidTitle, what, onVoid } = props;
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={props.onEdit}>
        {t('industry.edit')}
      </Button>
      <Button
        type="link"
        size="small"
        danger
        onClick={() => confirmVoid({ title: voidTitle, what, onVoid })}
      >
        {t('training.void.action')}
      </Button>
    </Space>
  );
}

/** A record's card: its actions at the top right on wide screens, under the details on phones. */
export function DetailCard({
  toolbar,
  children,
  ...props
}: Omit<CardProps, 'extra'> & { toolbar?: ReactNode }) {
  const wide = Grid.useBreakpoint().md ?? true;
  return (
    <Card {...props} extra={wide ? toolbar : null}>
      {children}
      {!wide && toolbar ? <div style={{ marginTop: 16 }}>{toolbar}</div> : null}
    </Card>
  );
}
