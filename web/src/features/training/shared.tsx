/** What the training, industry and stories screens share: access, money in 元, dates, voiding with a reason. */
import { App, Card, Grid, Input, Typography, type CardProps } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { useMe } from '../auth/session';

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

/** The text of an error for a message toast. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    return error.fields.length > 0
      ? `${error.message}：${error.fields.map((f) => f.message).join('；')}`
      : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Void a record entered in error: a confirmation that asks for the reason (the OK button stays
 * disabled until one is typed), then `onVoid(reason)`.
 */
export function useVoidConfirm() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const reasonRef = useRef('');
  const inputId = useId();
  return (options: {
    title: string;
    what: string;
    onVoid: (reason: string) => Promise<unknown>;
  }) => {
    reasonRef.current = '';
    const okProps = (enabled: boolean) => ({ danger: true, disabled: !enabled });
    const instance = modal.confirm({
      title: options.title,
      okText: t('training.void.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: okProps(false),
      content: (
        <div>
          <Typography.Paragraph>
            {t('training.void.explain', { what: options.what })}
          </Typography.Paragraph>
          <label htmlFor={inputId}>{t('training.void.reason')}</label>
          <Input.TextArea
            id={inputId}
            rows={2}
            maxLength={500}
            style={{ marginTop: 4 }}
            data-testid="void-reason"
            onChange={(e) => {
              reasonRef.current = e.target.value;
              instance.update({ okButtonProps: okProps(e.target.value.trim() !== '') });
            }}
          />
        </div>
      ),
      onOk: async () => {
        try {
          await options.onVoid(reasonRef.current.trim());
          void message.success(t('training.void.done'));
        } catch (error) {
          void message.error(errorText(error));
        }
      },
    });
  };
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
