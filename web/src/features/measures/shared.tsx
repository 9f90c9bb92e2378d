/** What the measures, activities, assistance and field screens share: access, money in 元, dates, voiding. */
import { App, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { today as programToday } from '../../../../src/domain/validation/dates';
import { MEASURES, type Measure } from '../../../../src/domain/measures';
import { ApiError } from '../../api';
import { useMe } from '../auth/session';

export { MEASURES, type Measure };

/** Roles that work in the console (a cadre works from 我的亲戚 on a phone). */
export const CONSOLE_ROLES = [
  'admin',
  'coordinator',
  'finance',
  'trainer',
  'coop_manager',
  'leader',
  'auditor',
] as const;

/** What the signed-in user may do with the five measures (mirrors src/domain/roles.ts). */
export function useMeasuresAccess() {
  const me = useMe();
  const permissions = me.data?.permissions ?? [];
  const has = (p: string) => permissions.includes(p);
  return {
    role: me.data?.user.role ?? '',
    isCadre: me.data?.user.role === 'cadre',
    cadreId: me.data?.user.cadreId ?? null,
    canActivity: has('activity.write'),
    canAssistance: has('assistance.write'),
    canCampaign: has('campaign.manage'),
    canSearchHouseholds: has('registry.read'),
  };
}

export const MEASURE_COLOR: Record<Measure, string> = {
  education: 'blue',
  relief: 'red',
  epidemic: 'orange',
  training: 'green',
  industry: 'gold',
};

export function measureOptions(t: TFunction) {
  return MEASURES.map((m) => ({ value: m, label: t(`measures.measure.${m}`) }));
}

const grouping = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const counting = new Intl.NumberFormat('zh-CN');

/** 1234567 fen → "12,345.67 元" in the user's language; null → "—". */
export function money(t: TFunction, fen: number | null | undefined): string {
  return fen === null || fen === undefined
    ? '—'
    : t('measures.money', { amount: grouping.format(fen / 100) });
}

/** 12345 → "12,345". */
export function count(n: number): string {
  return counting.format(n);
}

/** A yuan amount typed in a number input → integer fen; empty → null (the schema says what is missing). */
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

/** A date picker's value → "YYYY-MM-DD" ('' when empty, which the schemas reject with their message). */
export function isoDay(d: Dayjs | null | undefined): string {
  return d ? d.format('YYYY-MM-DD') : '';
}

/** "YYYY-MM-DD" → a date picker's value. */
export function dayOf(s: string | null | undefined): Dayjs | null {
  return s ? dayjs(s) : null;
}

/** Today in the program's zone (Asia/Shanghai) as the server counts it, as YYYY-MM-DD. */
export function todayIso(): string {
  return programToday();
}

/** Dates after today cannot be picked where the API wants a past date. */
export function afterToday(d: Dayjs): boolean {
  return isoDay(d) > todayIso();
}

/** A UTC instant → "YYYY-MM-DD HH:mm" in the browser's zone. */
export function dateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/** Whole days from a YYYY-MM-DD date to today (0 today). */
export function daysSince(date: string): number {
  return Math.max(0, dayjs(todayIso()).diff(dayjs(date), 'day'));
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
    /** Whether a reason must be typed (photos may be voided without one). */
    reasonRequired?: boolean;
  }) => {
    reasonRef.current = '';
    const required = options.reasonRequired ?? true;
    const okProps = (enabled: boolean) => ({ danger: true, disabled: !enabled });
    const instance = modal.confirm({
      title: options.title,
      okText: t('measures.void.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: okProps(!required),
      content: (
        <div>
          <Typography.Paragraph>
            {t('measures.void.explain', { what: options.what })}
          </Typography.Paragraph>
          <label htmlFor={inputId}>{t('measures.void.reason')}</label>
          <Input.TextArea
            id={inputId}
            rows={2}
            maxLength={500}
            style={{ marginTop: 4 }}
            data-testid="void-reason"
            onChange={(e) => {
              reasonRef.current = e.target.value;
              if (required) {
                instance.update({ okButtonProps: okProps(e.target.value.trim() !== '') });
              }
            }}
          />
        </div>
      ),
      onOk: async () => {
        try {
          await options.onVoid(reasonRef.current.trim());
          void message.success(t('measures.void.done'));
        } catch (error) {
          void message.error(errorText(error));
        }
      },
    });
  };
}
